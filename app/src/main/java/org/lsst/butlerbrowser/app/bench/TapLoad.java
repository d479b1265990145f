package org.lsst.butlerbrowser.app.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.lsst.butlerbrowser.model.tap.TapConnection;
import org.lsst.butlerbrowser.views.PagedTableView;
import org.lsst.butlerbrowser.views.RowWindow;

/**
 * A million ObsCore rows into the TAP window, as a person would get them: the window's TAP tab on a
 * service that answers every query with the benchmark's million-row VOTable; the query typed and
 * run; then the rows scrolled, a row selected, a column sorted, the footprint list opened, and the
 * query run again, so that for a while the shown result and the one being read are both in memory.
 */
final class TapLoad {

    static final String QUERY = "SELECT * FROM ivoa.obscore";
    private static final long TIMEOUT_MS = 600_000;

    private final Path votable;
    private final long rows;
    private final Path shared;
    private final Path samples;
    private final PrintWriter log;

    /** {@code samples}: where the FX thread's stack samples of each step's worst wait are written. */
    TapLoad(Path votable, long rows, Path shared, Path samples, PrintWriter log) {
        this.votable = votable;
        this.rows = rows;
        this.shared = shared;
        this.samples = samples;
        this.log = log;
    }

    LoadFigures run() throws Exception {
        try (FileTapService service = new FileTapService(shared, votable);
             LoadWindow window = new LoadWindow((app, stage) -> app.showTap(stage, TapConnection.anonymous(service.url())),
                     samples, log)) {
            Scene scene = window.scene;
            LoadSteps steps = window.steps;
            // start-up still: the service the app was started on, its screens made for the first time in the process
            steps.startUp("open the service in a TAP tab (VOSI capabilities and tables)",
                    () -> LoadUi.tapResultTable(scene, TIMEOUT_MS));
            PagedTableView<?> table = LoadUi.tapResultTable(scene, TIMEOUT_MS);
            String ran = String.format(Locale.ROOT, "run %s → %,d rows in the result table", QUERY, rows);
            double[] loaded = new double[1];
            steps.run(ran, () -> {
                long start = System.nanoTime();
                LoadUi.runQuery(scene, table, QUERY, rows, TIMEOUT_MS);
                loaded[0] = (System.nanoTime() - start) / 1e6;
                LoadUi.pulses(); // the rows' first layout belongs to showing them
            });
            steps.run("scroll to the middle, then to the last row", () -> {
                Fx.run(() -> table.scrollTo((int) rows / 2));
                LoadUi.pulses();
                Fx.run(() -> table.scrollTo((int) rows - 1));
                LoadUi.pulses();
            });
            steps.run("select the last row (its fields and footprint in the row panel)", () -> {
                Fx.run(() -> table.select((int) rows - 1));
                LoadUi.pulses();
            });
            steps.run("sort by s_ra (click on its header)", () -> {
                Object unsorted = Fx.call(table::rows);
                Fx.run(() -> sortBy(table.table(), "s_ra"));
                Fx.await(() -> table.rows() != unsorted, TIMEOUT_MS, "the rows sorted by s_ra");
                LoadUi.pulses();
            });
            steps.run("open the footprint list and scroll to its end", () -> {
                Fx.run(() -> {
                    Tab footprints = LoadUi.tab(scene, "tap-footprints-tab");
                    footprints.getTabPane().getSelectionModel().select(footprints);
                });
                LoadUi.pulses();
                Fx.run(() -> ((RowWindow<?>) LoadUi.node(scene, "#tap-footprint-rows")).scrollTo((int) rows - 1));
                LoadUi.pulses();
            });
            steps.run(String.format(Locale.ROOT, "run it again: the new %,d rows replace the shown ones", rows), () -> {
                Object shown = Fx.call(table::rows);
                Fx.run(() -> {
                    Tab rowsTab = LoadUi.tab(scene, "tap-rows-tab");
                    rowsTab.getTabPane().getSelectionModel().select(rowsTab);
                    ((Button) LoadUi.node(scene, "#tap-run")).fire();
                });
                Fx.await(() -> table.rows() != shown && table.rows().size() == rows, TIMEOUT_MS,
                        "the second result in the table");
                LoadUi.pulses();
            });
            long live = HeapUse.usedAfterCollection();
            long shown = Fx.call(() -> (long) table.rows().size());
            LoadFigures.Load load = new LoadFigures.Load(String.format(Locale.ROOT, "ObsCore rows from a BINARY2 VOTable"
                    + " (%,d MB) in the TAP window's result table", Files.size(votable) / 1_000_000), shown, loaded[0], loaded[0]);
            return window.finish("tap", live, List.of(load), null);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void sortBy(TableView table, String name) {
        for (Object c : table.getColumns()) {
            TableColumn column = (TableColumn) c;
            if (column.getText().equals(name) || column.getText().startsWith(name + " [")) {
                table.getSortOrder().setAll(column);
                return;
            }
        }
        throw new IllegalStateException("the result has no column " + name);
    }
}
