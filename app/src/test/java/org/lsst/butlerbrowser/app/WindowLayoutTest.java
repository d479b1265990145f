package org.lsst.butlerbrowser.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lsst.butlerbrowser.app.connect.MemoryPreferences;
import org.lsst.butlerbrowser.model.repo.Environment;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A window closed in one layout opens in it again: size, position and the registry split's dividers. */
@ExtendWith(ApplicationExtension.class)
class WindowLayoutTest {

    @TempDir
    Path home;

    private final Preferences prefs = MemoryPreferences.root();
    private Stage first;

    @Start
    void start(Stage stage) {
        first = stage;
    }

    private ButlerBrowserApp launch(Stage stage) throws Exception {
        ButlerBrowserApp app = new ButlerBrowserApp(prefs, Environment.of(Map.of(), home, home));
        onFx(() -> {
            app.start(stage);
            return null;
        });
        return app;
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    /** The demo tab's split once the registry is open. */
    private static SplitPane split(ButlerBrowserApp app) throws Exception {
        Callable<SplitPane> find = () -> app.window().selected(RegistryTab.class)
                .map(tab -> (SplitPane) tab.getContent().lookup("#registry-split")).orElse(null);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(find) != null);
        return onFx(find);
    }

    @Test
    void aNewWindowOpensInTheLayoutTheLastOneWasLeftIn(FxRobot robot) throws Exception {
        ButlerBrowserApp app = launch(first);
        SplitPane split = split(app);
        // WindowSizing puts the asked-for scene size back for a short while after showing
        WaitForAsyncUtils.sleep(1600, TimeUnit.MILLISECONDS);
        onFx(() -> {
            first.setX(30);
            first.setY(20);
            first.setWidth(1000);
            first.setHeight(640);
            split.setDividerPositions(0.2, 0.7);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        double sceneWidth = onFx(() -> first.getScene().getWidth());
        double sceneHeight = onFx(() -> first.getScene().getHeight());
        double[] dividers = onFx(split::getDividerPositions);
        onFx(() -> {
            app.stop();
            first.close();
            return null;
        });

        Stage second = onFx(Stage::new);
        ButlerBrowserApp again = launch(second);
        try {
            assertEquals(30, onFx(second::getX), 0.5);
            assertEquals(20, onFx(second::getY), 0.5);
            assertEquals(sceneWidth, onFx(() -> second.getScene().getWidth()), 0.5);
            assertEquals(sceneHeight, onFx(() -> second.getScene().getHeight()), 0.5);
            assertTrue(sceneWidth < MainWindow.WIDTH, "the remembered size is not the default: " + sceneWidth);
            assertArrayEquals(dividers, onFx(split(again)::getDividerPositions), 0.01);
        } finally {
            onFx(() -> {
                again.stop();
                second.close();
                return null;
            });
        }
    }

    @Test
    void aMaximizedWindowOpensMaximized(FxRobot robot) throws Exception {
        ButlerBrowserApp app = launch(first);
        onFx(() -> {
            first.setMaximized(true);
            app.stop();
            first.close();
            return null;
        });
        Stage second = onFx(Stage::new);
        ButlerBrowserApp again = launch(second);
        try {
            assertTrue(onFx(second::isMaximized));
        } finally {
            onFx(() -> {
                again.stop();
                second.close();
                return null;
            });
        }
    }

    @Test
    void aWindowOnAStageShownBeforeAtASmallSizeComesAtTheSizeItAsksFor(FxRobot robot) throws Exception {
        onFx(() -> {
            first.setScene(new Scene(new Pane(), 400, 300)); // as another window on this stage left it
            first.show();
            return null;
        });
        ButlerBrowserApp app = launch(first);
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> first.getScene().getWidth() == MainWindow.WIDTH
                    && first.getScene().getHeight() == MainWindow.HEIGHT));
        } finally {
            onFx(() -> {
                app.stop();
                first.close();
                return null;
            });
        }
    }
}
