package org.lsst.butlerbrowser.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lsst.butlerbrowser.app.connect.MemoryPreferences;
import org.lsst.butlerbrowser.app.sky.SkyLayerModel;
import org.lsst.butlerbrowser.app.tap.TestTapService;
import org.lsst.butlerbrowser.model.repo.Environment;
import org.lsst.butlerbrowser.model.table.TableRows;
import org.lsst.butlerbrowser.model.tap.TapQuery;
import org.lsst.butlerbrowser.model.tap.TapResult;
import org.lsst.butlerbrowser.model.tap.TapService;
import org.lsst.butlerbrowser.views.RowWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on the real local TAP service, driven through its controls on Monocle: File →
 * Connect… on the TAP tab, a query typed into the editor and run with Ctrl+Enter, and its rows in
 * the table, checked against the service's own answer to the same query, and "Show on sky" drawing
 * them in the Sky tab.
 */
@ExtendWith(ApplicationExtension.class)
class TapWindowTest {

    private static final String QUERY = "SELECT TOP 7 obs_id, s_ra, s_region FROM ivoa.obscore ORDER BY obs_publisher_did";

    @TempDir
    Path home;

    private ButlerBrowserApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new ButlerBrowserApp(MemoryPreferences.root(), Environment.of(Map.of(), home, home));
        app.start(stage);
    }

    @Stop
    void stop() {
        app.stop();
    }

    static <T> T onFx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
    }

    /** Opens File → Connect…, chooses the TAP tab, types the URL and connects; waits for the TAP tab's editor. */
    static void connect(FxRobot robot, String url) throws Exception {
        robot.clickOn("File");
        robot.clickOn("Connect…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup("#connect-dialog").tryQuery()
                .map(n -> n.getScene().getWindow()).map(Window::isShowing).orElse(false)));
        robot.clickOn("TAP service");
        TextField field = robot.lookup("#connect-tap-url").queryAs(TextField.class);
        robot.clickOn(field);
        robot.write(url, 0);
        robot.clickOn("#connect-ok");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup("#adql-text").tryQuery().isPresent()));
    }

    /** Replaces the editor's query as a person does, then runs it with Ctrl+Enter and waits for it to end. */
    static void runQuery(FxRobot robot, String adql) throws Exception {
        TextArea editor = robot.lookup("#adql-text").queryAs(TextArea.class);
        robot.clickOn(editor);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(adql, 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(adql, onFx(editor::getText));
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        Node run = robot.lookup("#tap-run").query();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            Label status = robot.lookup("#tap-status").queryAs(Label.class);
            return onFx(() -> !run.isDisabled() && !status.getText().isEmpty() && !status.getText().endsWith("…"));
        });
    }

    @SuppressWarnings("unchecked")
    private static TableView<Integer> resultTable(FxRobot robot) {
        return (TableView<Integer>) robot.lookup("#tap-result-table").lookup(".table-view").queryAs(TableView.class);
    }

    @Test
    void aQueryTypedIntoTheTapWindowShowsTheServicesRows(FxRobot robot) throws Exception {
        String url = TestTapService.url();
        TapResult expected = TapService.of(url).query(TapQuery.adql(QUERY));
        connect(robot, url);
        assertTrue(onFx(stage::getTitle).endsWith(" — TAP · " + url.substring("http://".length())), onFx(stage::getTitle));

        runQuery(robot, QUERY);
        TableView<Integer> table = resultTable(robot);
        assertEquals(expected.rowCount(), (int) onFx(() -> table.getItems().size()));
        List<String> headers = onFx(() -> table.getColumns().stream().map(TableColumn::getText).toList());
        assertEquals(List.of("obs_id", "s_ra [deg]", "s_region"), headers);
        List<List<Object>> shown = onFx(() -> {
            List<List<Object>> rows = new ArrayList<>();
            for (int r = 0; r < table.getItems().size(); r++) {
                List<Object> cells = new ArrayList<>();
                for (TableColumn<Integer, ?> c : table.getColumns()) {
                    cells.add(c.getCellData(r));
                }
                rows.add(cells);
            }
            return rows;
        });
        for (int r = 0; r < expected.rowCount(); r++) {
            assertEquals(List.of(expected.table().value(r, 0), expected.table().value(r, 1), expected.table().value(r, 2)),
                    shown.get(r), "row " + r);
        }
        assertEquals(expected.rowCount() + " rows in", onFx(() -> robot.lookup("#tap-status").queryAs(Label.class)
                .getText().replaceAll(" [0-9.]+ s$", "")));
        assertFalse(onFx(() -> robot.lookup("#tap-warning").query().isVisible()), "no MAXREC warning for 7 rows");

        // File → Export writes the result on screen
        TableRows exported = onFx(() -> app.window().selected(TapTab.class).orElseThrow().currentTable());
        long written = 0;
        try (TableRows.RowIterator rows = exported.open()) {
            while (rows.hasNext()) {
                rows.next();
                written++;
            }
        }
        assertEquals(expected.rowCount(), written);

        // "Show on sky" opens the Sky tab with a layer of the result's rows and their footprints
        robot.clickOn("#tap-show-on-sky");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> app.window().selected(SkyTab.class)
                .map(t -> !t.model().layers().isEmpty()).orElse(false)));
        SkyLayerModel layer = onFx(() -> app.window().selected(SkyTab.class).orElseThrow().model().layers().get(0));
        assertEquals(expected.rowCount(), layer.table().rowCount());
        int regionColumn = expected.table().columns().stream().map(c -> c.name()).toList().indexOf("s_region");
        long withRegion = java.util.stream.IntStream.range(0, expected.rowCount())
                .filter(r -> expected.table().value(r, regionColumn) != null).count();
        assertEquals(withRegion, layer.table().footprintCount());
        assertEquals(List.of("obs_id", "s_ra", "s_region"), layer.table().columns());
    }

    @Test
    void ctrlFFiltersTheTreeOfTablesAndColumns(FxRobot robot) throws Exception {
        connect(robot, TestTapService.url());
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        TextField filter = robot.lookup("#tap-schema-filter").queryAs(TextField.class);
        assertTrue(onFx(filter::isFocused), "Ctrl+F goes to the tree's filter");
        robot.write("lsst_band", 0);
        WaitForAsyncUtils.waitForFxEvents();
        TreeView<?> tree = robot.lookup("#tap-schema-tree").queryAs(TreeView.class);
        List<String> tables = onFx(() -> tree.getRoot().getChildren().stream().flatMap(s -> s.getChildren().stream())
                .map(t -> String.valueOf(((org.lsst.butlerbrowser.app.tap.SchemaNode) t.getValue()).name())).toList());
        List<String> expected = TapService.of(TestTapService.url()).tables().tables().stream()
                .filter(t -> t.column("lsst_band").isPresent()).map(t -> t.name()).toList();
        assertEquals(expected, tables);
    }

    @Test
    void theFootprintListHoldsTheRowsOnceItsTabIsShown(FxRobot robot) throws Exception {
        connect(robot, TestTapService.url());
        runQuery(robot, QUERY);
        RowWindow<?> list = robot.lookup("#tap-footprint-rows").queryAs(RowWindow.class);
        assertEquals(0, onFx(() -> list.rows().size()), "no cells made while the tab is hidden");

        robot.clickOn("Footprints");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(7, onFx(() -> list.rows().size()));
        assertEquals(7, onFx(() -> list.lookupAll(".list-cell").stream()
                .filter(c -> ((ListCell<?>) c).getGraphic() != null).count()), "an outline and its text per row");

        // a query run while the tab is shown fills it again
        runQuery(robot, QUERY.replace("TOP 7", "TOP 3"));
        assertEquals(3, onFx(() -> list.rows().size()));
        robot.clickOn("#tap-rows-tab .tab-label");
        runQuery(robot, QUERY);
        assertEquals(0, onFx(() -> list.rows().size()), "hidden again: the new rows wait for the tab");
    }
}
