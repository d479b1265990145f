package org.lsst.butlerbrowser.app;

import java.util.Arrays;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Remembers the window's layout in a preferences node: its scene size (what the window opens
 * with, whatever the window manager adds around it), position, whether it is maximized, and the
 * divider positions of split panes by id. Sizes are saved as the user changes them.
 */
final class WindowLayout {

    private final Preferences node;

    WindowLayout(Preferences node) {
        this.node = node;
    }

    double sceneWidth(double fallback) {
        return node.getDouble("scene.width", fallback);
    }

    double sceneHeight(double fallback) {
        return node.getDouble("scene.height", fallback);
    }

    /**
     * Puts the stage where it was (if that is still on a screen) and maximizes it if it was; from
     * then on follows its moves, resizes and maximizing. Call before the stage shows.
     */
    void restoreAndFollow(Stage stage) {
        double x = node.getDouble("x", Double.NaN);
        double y = node.getDouble("y", Double.NaN);
        double w = sceneWidth(stage.getScene().getWidth());
        double h = sceneHeight(stage.getScene().getHeight());
        // a screen unplugged since: let the window manager place the window
        if (!Double.isNaN(x) && !Double.isNaN(y) && !Screen.getScreensForRectangle(x, y, w, h).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(node.getBoolean("maximized", false));
        // later, once a maximize that moved the window has also set its flag: a maximized or
        // minimized window's bounds are not the ones to come back to
        InvalidationListener save = o -> Platform.runLater(() -> {
            if (!stage.isMaximized() && !stage.isIconified() && stage.isShowing()) {
                node.putDouble("x", stage.getX());
                node.putDouble("y", stage.getY());
                node.putDouble("scene.width", stage.getScene().getWidth());
                node.putDouble("scene.height", stage.getScene().getHeight());
            }
        });
        stage.xProperty().addListener(save);
        stage.yProperty().addListener(save);
        stage.getScene().widthProperty().addListener(save);
        stage.getScene().heightProperty().addListener(save);
        stage.maximizedProperty().addListener((obs, was, now) -> node.putBoolean("maximized", now));
    }

    /** Sets the split's dividers where they were last (else to {@code fallback}) and remembers moves. */
    void dividers(SplitPane split, double... fallback) {
        String key = "dividers." + split.getId();
        double[] positions = parse(node.get(key, ""), fallback.length);
        split.setDividerPositions(positions == null ? fallback : positions);
        InvalidationListener save = o -> node.put(key, split.getDividers().stream()
                .map(d -> Double.toString(d.getPosition())).collect(Collectors.joining(",")));
        split.getDividers().forEach(d -> d.positionProperty().addListener(save));
    }

    /** Saved positions, or null when there are none of the right count or they are garbled. */
    private static double[] parse(String saved, int count) {
        if (saved.isBlank()) {
            return null;
        }
        try {
            double[] positions = Arrays.stream(saved.split(",")).mapToDouble(Double::parseDouble).toArray();
            boolean valid = positions.length == count && Arrays.stream(positions).allMatch(p -> p >= 0 && p <= 1);
            return valid ? positions : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Writes what was remembered to the backing store now (the window is closing). */
    void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // the layout is a convenience: the next start uses the defaults
        }
    }
}
