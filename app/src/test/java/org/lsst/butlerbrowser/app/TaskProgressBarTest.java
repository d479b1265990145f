package org.lsst.butlerbrowser.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lsst.butlerbrowser.app.tasks.FxTaskRunner;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's bottom line of background jobs. */
@ExtendWith(ApplicationExtension.class)
class TaskProgressBarTest {

    private final FxTaskRunner runner = new FxTaskRunner();
    private final Region content = new Region();
    private TaskProgressBar bar;

    @Start
    void start(Stage stage) {
        bar = new TaskProgressBar(runner);
        BorderPane root = new BorderPane(content);
        root.setBottom(bar);
        stage.setScene(new Scene(root, 600, 400));
        stage.show();
    }

    private static <T> T onFx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aJobShowsItsLineWithoutMovingTheWindowsContent() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        double idle = onFx(content::getHeight);
        assertFalse(onFx(bar::isVisible));
        assertTrue(idle < 400, "the line's room is kept: " + idle);

        CountDownLatch finish = new CountDownLatch(1);
        onFx(() -> runner.run("Reading datasets", progress -> finish.await(10, TimeUnit.SECONDS), done -> { },
                failed -> { }, () -> { }));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(bar::isVisible));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(idle, onFx(content::getHeight), "shown over the room kept for it");

        finish.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !onFx(bar::isVisible));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(idle, onFx(content::getHeight));
    }
}
