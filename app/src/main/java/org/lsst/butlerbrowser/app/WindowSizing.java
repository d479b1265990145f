package org.lsst.butlerbrowser.app;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.scene.Scene;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Works around JDK-8316423 (JavaFX 21 on GTK; fixed in JavaFX 22): under some window managers a
 * window first shows at a default or minimum size (200x200, or its minimum) instead of its scene's.
 * For a short while after it shows, a window whose scene came out smaller than asked is sized to
 * its scene again; after that, sizes are the user's.
 */
final class WindowSizing {

    private static final Duration GRACE = Duration.millis(1500);
    private static final int MAX_FIXES = 4;

    private WindowSizing() {
    }

    /** Call right after {@code window.show()}; {@code width} and {@code height} are the scene size asked for. */
    static void keepSceneSize(Window window, double width, double height) {
        Scene scene = window.getScene();
        int[] fixes = {0};
        InvalidationListener check = o -> {
            if (fixes[0] < MAX_FIXES && (scene.getWidth() < width - 1 || scene.getHeight() < height - 1)) {
                fixes[0]++;
                Platform.runLater(window::sizeToScene);
            }
        };
        scene.widthProperty().addListener(check);
        scene.heightProperty().addListener(check);
        PauseTransition grace = new PauseTransition(GRACE);
        grace.setOnFinished(e -> {
            scene.widthProperty().removeListener(check);
            scene.heightProperty().removeListener(check);
        });
        grace.play();
        check.invalidated(null);
    }
}
