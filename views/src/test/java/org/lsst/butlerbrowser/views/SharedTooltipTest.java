package org.lsst.butlerbrowser.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** One tooltip serves many cells, each with its own text. */
@ExtendWith(ApplicationExtension.class)
class SharedTooltipTest {

    private SharedTooltip tips;
    private Label visit;
    private Label detector;
    private Label skymap;

    @Start
    void start(Stage stage) {
        tips = new SharedTooltip();
        visit = new Label("visit");
        detector = new Label("detector");
        skymap = new Label("skymap");
        stage.setScene(new Scene(new VBox(visit, detector, skymap), 200, 200));
        stage.show();
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(5, TimeUnit.SECONDS);
    }

    @Test
    void showsTheTextOfTheControlItIsShownOver() throws Exception {
        String shown = onFx(() -> {
            tips.show(visit, "A sequence of observations");
            tips.show(detector, "A detector of the camera");
            tips.tooltip().show(detector, 10, 10);
            return tips.tooltip().getText();
        });

        assertEquals("A detector of the camera", shown);
        assertSame(tips.tooltip(), onFx(visit::getTooltip), "the same tooltip on every control");
        assertEquals("A sequence of observations", onFx(() -> {
            tips.tooltip().hide();
            tips.tooltip().show(visit, 10, 10);
            return tips.tooltip().getText();
        }));
    }

    @Test
    void aControlWithoutTextHasNoTooltipAndANewTextShowsAtOnce() throws Exception {
        assertNull(onFx(() -> {
            tips.show(skymap, "a sky map");
            tips.show(skymap, " ");
            return skymap.getTooltip();
        }));

        assertEquals("count failed: timeout", onFx(() -> {
            tips.show(visit, "A sequence of observations");
            tips.tooltip().show(visit, 10, 10);
            tips.show(visit, "count failed: timeout");
            return tips.tooltip().getText();
        }));
        WaitForAsyncUtils.asyncFx(() -> tips.tooltip().hide()).get(5, TimeUnit.SECONDS);
    }
}
