package org.lsst.butlerbrowser.app.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.lsst.butlerbrowser.app.ButlerBrowserApp;
import org.lsst.butlerbrowser.app.connect.MemoryPreferences;
import org.lsst.butlerbrowser.model.repo.Environment;

/**
 * The real main window a load run drives, watched: the heap after every collection and the FX
 * thread's waits, step by step. Closing it stops the watching; {@link #finish} closes the window
 * and gives the run's figures.
 */
final class LoadWindow implements AutoCloseable {

    final ButlerBrowserApp app = new ButlerBrowserApp(MemoryPreferences.root(), Environment.system());
    final Scene scene;
    final LoadSteps steps;
    private final HeapWatch heap = new HeapWatch();
    private final FxWatchdog watchdog;
    private final Stage stage;

    /** Shows the window ({@code show} fills the stage, e.g. with a registry or a TAP service); from the run's thread. */
    LoadWindow(BiConsumer<ButlerBrowserApp, Stage> show, Path samples, PrintWriter log) throws Exception {
        try {
            watchdog = FxWatchdog.start();
        } catch (Exception e) {
            heap.close();
            throw e;
        }
        try {
            steps = new LoadSteps(watchdog, samples, log);
            Stage[] shown = new Stage[1];
            steps.startUp("show the window (its first layout: classes, CSS, fonts; once per process)", () -> {
                shown[0] = Fx.call(() -> {
                    Stage s = new Stage();
                    show.accept(app, s);
                    return s;
                });
                LoadUi.pulses();
            });
            stage = shown[0];
            scene = stage.getScene();
        } catch (Exception e) {
            close();
            throw e;
        }
    }

    /** Closes the window and gives the run's figures; {@code live}: the heap after full collections at the end. */
    LoadFigures finish(String scenario, long live, List<LoadFigures.Load> loads, LoadFigures.Leaks leaks) throws Exception {
        String toolkit = Fx.call(() -> GuiBenchmark.toolkit(scene));
        Fx.run(() -> {
            app.stop();
            stage.close();
        });
        return new LoadFigures(scenario, toolkit, heap.peakAfterGc(), live, loads, steps.steps(), leaks);
    }

    @Override
    public void close() throws InterruptedException {
        try {
            watchdog.close();
        } finally {
            heap.close();
        }
    }
}
