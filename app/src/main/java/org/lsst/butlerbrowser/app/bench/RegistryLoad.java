package org.lsst.butlerbrowser.app.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import org.lsst.butlerbrowser.views.PagedTableView;
import org.lsst.butlerbrowser.views.RowWindow;

/**
 * The scale registry's largest answers in the main window: every dataset of its largest type
 * (calexp, 600,000) found-all through the top chain and paged through to the last row in the
 * datasets table, then every record of its largest element (visit_detector_region, 400,000) in the
 * records table. The dataset rows stay in their table while the records load, as they would for a
 * person who went from one screen to the other.
 */
final class RegistryLoad {

    private static final long TIMEOUT_MS = 600_000;
    private static final long PAGE_TIMEOUT_MS = 120_000;
    /** The datasets list's status once every row is read: "600,000 rows · query took 41 ms". */
    private static final String ALL_DATASETS = "[0-9,]+ rows?( · .*)?";
    /** The records' status once every record is read: "visit_detector_region · 400,000 records". */
    private static final String ALL_RECORDS = ".* · [0-9,]+ records?( · .*)?";

    private final Path repo;
    private final GuiScenario scenario;
    private final Path samples;
    private final PrintWriter log;

    /** {@code samples}: where the FX thread's stack samples of each step's worst wait are written. */
    RegistryLoad(Path repo, GuiScenario scenario, Path samples, PrintWriter log) {
        this.repo = repo;
        this.scenario = scenario;
        this.samples = samples;
        this.log = log;
    }

    LoadFigures run() throws Exception {
        try (LoadWindow window = new LoadWindow((app, stage) -> app.show(stage, List.of(repo.toString())), samples, log)) {
            Scene scene = window.scene;
            LoadSteps steps = window.steps;
            // start-up still: the registry the app was started on, its screens made for the first time in the process
            steps.startUp("open the registry in a tab", () -> {
                Fx.await(() -> scene.lookup("#screens") != null, TIMEOUT_MS, "the registry to open");
                Node progress = Fx.call(() -> LoadUi.node(scene, "#task-progress"));
                Fx.await(() -> !progress.isVisible(), TIMEOUT_MS, "the first counts");
            });

            PagedTableView<?> datasets = Fx.call(() -> (PagedTableView<?>) LoadUi.node(scene, "#datasets-table"));
            Labeled datasetStatus = Fx.call(() -> (Labeled) LoadUi.node(scene, "#datasets-status"));
            Node collections = Fx.call(() -> LoadUi.node(scene, "#collections-tree"));
            Labeled typesStatus = Fx.call(() -> (Labeled) LoadUi.node(scene, "#dataset-types-status"));
            steps.run("select " + scenario.collection() + " → its dataset types counted", () -> {
                Fx.run(() -> LoadUi.pick(collections, scenario.collection()));
                Fx.await(() -> counted(typesStatus, scenario.collection()), TIMEOUT_MS,
                        "the dataset types of " + scenario.collection());
            });
            long start = System.nanoTime();
            double first = steps.run("select " + scenario.datasetType() + " (find-all) → first rows in the table", () -> {
                Fx.run(() -> LoadUi.pick(LoadUi.node(scene, "#dataset-types"), scenario.datasetType()));
                Fx.await(() -> datasets.rows().size() >= scenario.rows(), TIMEOUT_MS, "the first datasets");
            });
            steps.run("scroll the datasets table down to the last row, page by page", () ->
                    LoadUi.pageThrough(LoadUi.rows(datasets), () -> finished(datasetStatus, ALL_DATASETS), PAGE_TIMEOUT_MS));
            double all = (System.nanoTime() - start) / 1e6;
            long datasetRows = Fx.call(() -> (long) datasets.rows().size());

            steps.run("show the Dimensions screen (made the first time it is shown)", () -> {
                Fx.run(() -> ((TabPane) LoadUi.node(scene, "#screens")).getSelectionModel().select(1));
                Fx.await(() -> scene.lookup("#records-rows") != null, TIMEOUT_MS, "the Dimensions screen's records");
                LoadUi.pulses();
            });
            RowWindow<?> records = Fx.call(() -> (RowWindow<?>) LoadUi.node(scene, "#records-rows"));
            Labeled recordStatus = Fx.call(() -> (Labeled) LoadUi.node(scene, "#records-status"));
            Node elements = Fx.call(() -> LoadUi.node(scene, "#elements-tree"));
            long recordsStart = System.nanoTime();
            double firstRecords = steps.run("select " + scenario.element() + " → first records in the table", () -> {
                Fx.run(() -> LoadUi.pick(elements, scenario.element()));
                Fx.await(() -> records.rows().size() >= scenario.rows(), TIMEOUT_MS, "the first records");
            });
            steps.run("scroll the records table down to the last row, page by page", () ->
                    LoadUi.pageThrough(LoadUi.rows(records), () -> finished(recordStatus, ALL_RECORDS), PAGE_TIMEOUT_MS));
            double allRecords = (System.nanoTime() - recordsStart) / 1e6;
            long recordRows = Fx.call(() -> (long) records.rows().size());

            long live = HeapUse.usedAfterCollection();
            List<LoadFigures.Load> loads = List.of(
                    new LoadFigures.Load(String.format(Locale.ROOT, "%s datasets, find-all in %s, in the datasets table",
                            scenario.datasetType(), scenario.collection()), datasetRows, first, all),
                    new LoadFigures.Load(scenario.element() + " records in the records table (the datasets still listed)",
                            recordRows, firstRecords, allRecords));
            return window.finish("registry", live, loads, null);
        }
    }

    /**
     * Whether the dataset types status line gives the collection's datasets counted ("12 dataset types
     * in scale/all · 600,000 datasets"), not only its types listed ("· counting datasets…").
     */
    private static boolean counted(Labeled status, String collection) {
        return status.getText().matches(".* in " + Pattern.quote(collection) + " · [0-9,]+ datasets?");
    }

    /** Whether the status line says every row is read; a failure ends the run with the screen's words. */
    private static boolean finished(Labeled status, String allRead) {
        String text = status.getText();
        if (text.startsWith("Stopped") || text.contains("failed") || text.contains("stopped")) {
            throw new IllegalStateException("reading stopped: " + text);
        }
        return text.matches(allRead);
    }
}
