package org.lsst.butlerbrowser.app.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
import org.lsst.butlerbrowser.app.screenshots.ItemPicker;

/**
 * The window measurements, in a main window that has a registry open: select a chain in the
 * collections tree until the first page of datasets is painted, and select an element in the
 * dimensions tree until its first records are painted. Clicks go to the controls' selection
 * models, so the views, view models and background jobs do what they do for a mouse click. Every
 * run starts from a window at rest that does not show the answer, so each run queries anew.
 */
final class WindowBenchmarks {

    /** Opening the registry, and the first counts, on a slow machine. */
    private static final long OPEN_TIMEOUT_MS = 180_000;
    private static final long RUN_TIMEOUT_MS = 60_000;
    /** After the progress bar hides: time for a cancelled job to leave its statement, and for the GC. */
    private static final long SETTLE_MS = 150;

    private final Scene scene;
    private final GuiScenario scenario;
    private final int warmups;
    private final int runs;
    private final PrintWriter log;
    /** The window's progress bar, shown while any background job runs. */
    private Node progress;

    WindowBenchmarks(Scene scene, GuiScenario scenario, int warmups, int runs, PrintWriter log) {
        this.scene = scene;
        this.scenario = scenario;
        this.warmups = warmups;
        this.runs = runs;
        this.log = log;
    }

    List<GuiMeasurement> run() throws Exception {
        Fx.await(() -> scene.lookup("#screens") != null, OPEN_TIMEOUT_MS, "the registry to open in the window");
        progress = Fx.call(() -> node("#task-progress")); // once: a lookup walks the whole window
        settle(OPEN_TIMEOUT_MS);
        return List.of(datasets(), dimensions());
    }

    private GuiMeasurement datasets() throws Exception {
        showScreen("Datasets");
        Node collections = Fx.call(() -> node("#collections-tree"));
        TableView<?> table = Fx.call(() -> (TableView<?>) node("#datasets"));
        // choose the type once; it stays chosen while the collection is cleared and selected again
        Fx.run(() -> pick(collections, scenario.collection()));
        Fx.await(() -> ItemPicker.pick(node("#dataset-types"), scenario.datasetType()), RUN_TIMEOUT_MS,
                scenario.datasetType() + " among the types of " + scenario.collection());
        Fx.await(() -> table.getItems().size() >= scenario.rows(), RUN_TIMEOUT_MS, "the first " + scenario.datasetType() + " rows");
        String name = String.format(Locale.ROOT, "select chain %s (%s chosen) → first %,d dataset rows painted",
                scenario.collection(), scenario.datasetType(), scenario.rows());
        return measure(name, table, () -> {
            Fx.run(() -> ((TreeView<?>) collections).getSelectionModel().clearSelection());
            Fx.await(() -> table.getItems().isEmpty(), RUN_TIMEOUT_MS, "the datasets table to empty");
        }, () -> pick(collections, scenario.collection()));
    }

    private GuiMeasurement dimensions() throws Exception {
        showScreen("Dimensions");
        Fx.await(() -> scene.lookup("#records-table") != null, RUN_TIMEOUT_MS, "the Dimensions screen's records");
        Node elements = Fx.call(() -> node("#elements-tree"));
        TableView<?> table = Fx.call(() -> (TableView<?>) node("#records-table"));
        String name = String.format(Locale.ROOT, "select element %s → first %,d record rows painted",
                scenario.element(), scenario.rows());
        return measure(name, table, () -> {
            Fx.run(() -> pick(elements, scenario.resetElement()));
            Fx.await(() -> FirstRowsProbe.firstRowShown(table), RUN_TIMEOUT_MS, scenario.resetElement() + " records");
        }, () -> pick(elements, scenario.element()));
    }

    /** Runs warm-ups, then timed runs; each run is reset first (untimed), then clicked and watched. */
    private GuiMeasurement measure(String name, TableView<?> table, Step reset, Runnable click) throws Exception {
        log.printf("  %-90s", name);
        log.flush();
        List<RunTimes> timed = new ArrayList<>();
        RunTimes first = null;
        for (int i = 0; i < warmups + runs; i++) {
            reset.run();
            settle(RUN_TIMEOUT_MS);
            RunTimes t = Fx.call(() -> new FirstRowsProbe(table, scenario.rows()).click(click))
                    .get(RUN_TIMEOUT_MS, TimeUnit.MILLISECONDS);
            first = first == null ? t : first;
            if (i >= warmups) {
                timed.add(t);
            }
            settle(RUN_TIMEOUT_MS); // the counts the click started end before the next reset
        }
        GuiMeasurement m = new GuiMeasurement(name, 200, first, timed);
        log.printf(Locale.ROOT, " %10.1f ms%n", m.total().medianMs());
        return m;
    }

    /** Brings a screen's tab to the front, so that its tables are laid out and painted. */
    private void showScreen(String title) throws Exception {
        Fx.run(() -> {
            TabPane screens = (TabPane) node("#screens");
            Tab tab = screens.getTabs().stream().filter(t -> t.getText().equals(title)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no " + title + " screen in the window"));
            screens.getSelectionModel().select(tab);
        });
        settle(RUN_TIMEOUT_MS);
    }

    /** Waits until no background job runs (the window's progress bar is hidden), then a little more. */
    private void settle(long timeoutMs) throws Exception {
        Fx.await(() -> !progress.isVisible(), timeoutMs, "the window's background jobs to end");
        Thread.sleep(SETTLE_MS);
    }

    /** A node of the window; on the FX thread. */
    private Node node(String selector) {
        Node node = scene.lookup(selector);
        if (node == null) {
            throw new IllegalStateException("the window has no " + selector);
        }
        return node;
    }

    private static void pick(Node control, String name) {
        if (!ItemPicker.pick(control, name)) {
            throw new IllegalStateException("no " + name + " in " + control.getId());
        }
    }

    /** An untimed step run from the benchmark's thread. */
    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }
}
