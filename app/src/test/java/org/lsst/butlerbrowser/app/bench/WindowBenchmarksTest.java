package org.lsst.butlerbrowser.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lsst.butlerbrowser.app.ButlerBrowserApp;
import org.lsst.butlerbrowser.app.connect.MemoryPreferences;
import org.lsst.butlerbrowser.model.repo.Environment;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The window benchmark's plumbing in the real window on the demo registry, on Monocle's headless
 * platform: both clicks are made, watched until painted and timed. No time is asserted.
 */
@ExtendWith(ApplicationExtension.class)
class WindowBenchmarksTest {

    private static final GuiScenario DEMO = new GuiScenario("HSC/runs/RC2", "calexp", "visit_detector_region",
            "instrument", 10);

    private ButlerBrowserApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new ButlerBrowserApp(MemoryPreferences.root(), Environment.system());
        app.show(stage, List.of()); // the demo registry
    }

    @Stop
    void stop() {
        app.stop();
    }

    @Test
    void bothClicksAreTimedUntilTheirRowsArePainted() throws Exception {
        List<GuiMeasurement> results = new WindowBenchmarks(stage.getScene(), DEMO, 1, 2,
                new PrintWriter(Writer.nullWriter())).run();

        assertEquals(2, results.size());
        for (GuiMeasurement m : results) {
            assertEquals(2, m.runs().size(), m.name());
            assertTrue(m.first().rows() >= DEMO.rows(), m.name());
            for (RunTimes t : m.runs()) {
                assertTrue(t.rows() >= DEMO.rows(), m.name() + ": " + t);
                // the clock was read in order: click, rows in the table, laid out, painted
                assertTrue(t.click() >= 0 && t.query() >= 0 && t.layout() >= 0 && t.paint() >= 0, m.name() + ": " + t);
                assertEquals(t.total(), t.click() + t.query() + t.layout() + t.paint(), 1e-6, m.name());
            }
        }
    }
}
