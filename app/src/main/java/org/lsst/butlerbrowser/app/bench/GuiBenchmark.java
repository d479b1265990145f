package org.lsst.butlerbrowser.app.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.lsst.butlerbrowser.app.ButlerBrowserApp;
import org.lsst.butlerbrowser.app.connect.MemoryPreferences;
import org.lsst.butlerbrowser.model.repo.Environment;

/**
 * {@code benchmark --gui}: starts JavaFX, shows the real main window on a registry, runs
 * {@link WindowBenchmarks} in it and closes it. Its preferences live in memory, so the window has its
 * default size and the user's layout is neither used nor changed.
 */
final class GuiBenchmark {

    /** The measurements, and the toolkit they were taken with (version, pipeline, window size). */
    record Result(List<GuiMeasurement> measurements, String toolkit) {
    }

    private GuiBenchmark() {
    }

    static Result run(Path repo, GuiScenario scenario, int warmups, int runs, PrintWriter log) throws Exception {
        startToolkit();
        try {
            ButlerBrowserApp app = new ButlerBrowserApp(MemoryPreferences.root(), Environment.system());
            Stage stage = Fx.call(() -> {
                Stage s = new Stage();
                app.show(s, List.of(repo.toString()));
                return s;
            });
            try {
                List<GuiMeasurement> results = new WindowBenchmarks(stage.getScene(), scenario, warmups, runs, log).run();
                return new Result(results, Fx.call(() -> toolkit(stage.getScene())));
            } finally {
                Fx.run(() -> {
                    app.stop();
                    stage.close();
                });
            }
        } finally {
            Platform.exit();
        }
    }

    static void startToolkit() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (UnsupportedOperationException e) {
            throw new IllegalStateException("the window benchmark needs a display (" + e.getMessage()
                    + "); scripts/benchmark-gui.sh runs it under Xvfb", e);
        }
        Platform.setImplicitExit(false); // the benchmark closes its window before the report is written
        started.await();
    }

    /** JavaFX's version, its pipeline, the window's size and the display, for the reports. */
    static String toolkit(Scene scene) {
        String display = System.getenv("DISPLAY");
        return String.format(Locale.ROOT, "JavaFX %s, %s, window %.0f × %.0f%s", System.getProperty("javafx.runtime.version"),
                Platform.isSupported(ConditionalFeature.SCENE3D) ? "hardware Prism pipeline (es2)" : "software Prism pipeline (sw)",
                scene.getWidth(), scene.getHeight(), display == null ? "" : " on X display " + display);
    }
}
