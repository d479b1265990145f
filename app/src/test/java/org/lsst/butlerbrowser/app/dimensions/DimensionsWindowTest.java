package org.lsst.butlerbrowser.app.dimensions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.lsst.butlerbrowser.app.connect.MemoryPreferences;
import org.lsst.butlerbrowser.model.repo.Environment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lsst.butlerbrowser.app.ButlerBrowserApp;
import org.lsst.butlerbrowser.model.registry.DimensionRecord;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app's real window on the demo registry (the rc2 fixture), driven by clicks on Monocle's
 * headless platform: the Dimensions tab, the visit element, and a visit's physical_filter link.
 */
@ExtendWith(ApplicationExtension.class)
class DimensionsWindowTest {

    private ButlerBrowserApp app;

    @Start
    void start(Stage stage) {
        app = new ButlerBrowserApp(MemoryPreferences.root(), Environment.system()); // never the user's saved layout
        app.start(stage); // no parameters: the demo registry, opened off the FX thread
    }

    @Stop
    void stop() {
        app.stop();
    }

    private static <T> T onFx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
    }

    /** The first node that matches once it is on screen. */
    private static <T extends Node> T await(FxRobot robot, String query, Class<T> type,
                                            java.util.function.Predicate<T> test) throws Exception {
        Callable<T> find = () -> robot.lookup(query).match(n -> type.isInstance(n) && shown(n) && test.test(type.cast(n)))
                .tryQueryAs(type).orElse(null);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(find) != null);
        return onFx(find);
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    @SuppressWarnings("unchecked")
    private static TableView<DimensionRecord> table(FxRobot robot) {
        return robot.lookup("#records-table").queryAs(TableView.class);
    }

    @Test
    void theDimensionsScreenIsMadeWhenItsTabIsFirstShown(FxRobot robot) throws Exception {
        await(robot, ".tab-label", Label.class, l -> "Dimensions".equals(l.getText()));
        await(robot, "#datasets", TableView.class, t -> true);
        assertTrue(onFx(() -> robot.lookup("#elements-tree").tryQuery().isEmpty()),
                "a hidden screen costs the registry's opening nothing");
        // made and shown in two pulses: the elements in the first, the records pane after
        assertEquals(List.of(true, false), onFx(() -> {
            TabPane screens = robot.lookup("#screens").queryAs(TabPane.class);
            Tab dimensions = screens.getTabs().stream().filter(t -> t.getText().equals("Dimensions")).findFirst().orElseThrow();
            screens.getSelectionModel().select(dimensions);
            List<Node> panes = ((SplitPane) ((BorderPane) dimensions.getContent()).getCenter()).getItems();
            return List.of(panes.get(0).lookup("#elements-tree") != null, panes.get(1).lookup("#records-where") != null);
        }), "the element tree first");
        await(robot, ".tree-cell", TreeCell.class, c -> !c.isEmpty() && c.getItem() instanceof ElementNode n
                && n.label().equals("visit"));
        await(robot, "#records-where", TextField.class, f -> true);
    }

    @Test
    void physicalFilterLinkOfAVisitShowsThatFilter(FxRobot robot) throws Exception {
        robot.clickOn(await(robot, ".tab-label", Label.class, l -> "Dimensions".equals(l.getText())));
        robot.clickOn(await(robot, ".tree-cell", TreeCell.class,
                c -> !c.isEmpty() && c.getItem() instanceof ElementNode n && n.label().equals("visit")));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> table(robot).getItems().size())
                == FixtureRegistries.element(FixtureRegistries.RC2, "visit").get("count").asInt());

        DimensionRecord visit = onFx(() -> table(robot).getItems().get(0));
        Hyperlink link = await(robot, ".record-link", Hyperlink.class, h -> h.getParent() instanceof TableCell<?, ?> c
                && c.getTableColumn().getId().equals("column-physical_filter") && c.getIndex() == 0);
        assertEquals(visit.get("physical_filter"), link.getText());
        robot.clickOn(link);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> "physical_filter".equals(
                robot.lookup("#records-title").queryAs(Label.class).getText()) && table(robot).getItems().size() == 1
                && table(robot).getSelectionModel().getSelectedItem() != null));
        WaitForAsyncUtils.waitForFxEvents();

        JsonNode expected = FixtureRegistries.record(FixtureRegistries.RC2, "physical_filter", "name",
                visit.get("physical_filter"));
        DimensionRecord shown = onFx(() -> table(robot).getSelectionModel().getSelectedItem());
        assertEquals(expected.get("name").asText(), shown.get("name"));
        assertEquals(expected.get("band").asText(), shown.get("band"));
        assertEquals(expected.get("instrument").asText(), shown.get("instrument"));

        assertEquals("physical_filter", robot.lookup("#detail-title").queryAs(Label.class).getText());
        GridPane fields = robot.lookup("#detail-fields").queryAs(GridPane.class);
        List<String> texts = onFx(() -> fields.getChildren().stream().filter(Label.class::isInstance)
                .map(n -> ((Label) n).getText()).toList());
        assertEquals(List.of("instrument", expected.get("instrument").asText(), "name", expected.get("name").asText(),
                "band", expected.get("band").asText()), texts, "the detail panel shows the filter");
        String command = robot.lookup("#detail-command").queryAs(Label.class).getText();
        assertTrue(command.endsWith(" physical_filter --where \"instrument='" + expected.get("instrument").asText()
                + "' AND physical_filter='" + expected.get("name").asText() + "'\""), command);
    }

    @Test
    void keyboardDrillsInCopiesRowsAndGoesBack(FxRobot robot) throws Exception {
        robot.clickOn(await(robot, ".tab-label", Label.class, l -> "Dimensions".equals(l.getText())));
        TreeCell<?> filters = await(robot, ".tree-cell", TreeCell.class,
                c -> !c.isEmpty() && c.getItem() instanceof ElementNode n && n.label().equals("physical_filter"));
        robot.clickOn(filters);
        int count = FixtureRegistries.element(FixtureRegistries.RC2, "physical_filter").get("count").asInt();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> table(robot).getItems().size()) == count);

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<DimensionRecord> table = table(robot);
        assertTrue(onFx(table::isFocused), "Enter moves into the records");
        DimensionRecord first = onFx(() -> table.getSelectionModel().getSelectedItem());
        assertEquals(onFx(() -> table.getItems().get(0)), first);
        assertEquals("physical_filter", robot.lookup("#detail-title").queryAs(Label.class).getText());

        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        List<DimensionRecord> two = onFx(() -> List.copyOf(table.getItems().subList(0, 2)));
        StringBuilder tsv = new StringBuilder("instrument\tname\tband\n");
        for (DimensionRecord r : two) {
            JsonNode e = FixtureRegistries.record(FixtureRegistries.RC2, "physical_filter", "name", r.get("name"));
            tsv.append(e.get("instrument").asText()).append('\t').append(e.get("name").asText()).append('\t')
                    .append(e.get("band").asText()).append('\n');
        }
        assertEquals(tsv.toString(), onFx(() -> Clipboard.getSystemClipboard().getString()));

        robot.type(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(() -> robot.lookup("#elements-tree").query().isFocused()), "Backspace returns to the elements");
    }

    @Test
    void aHeaderClickSortsEveryRecordAndASecondReversesThem(FxRobot robot) throws Exception {
        robot.clickOn(await(robot, ".tab-label", Label.class, l -> "Dimensions".equals(l.getText())));
        robot.clickOn(await(robot, ".tree-cell", TreeCell.class,
                c -> !c.isEmpty() && c.getItem() instanceof ElementNode n && n.label().equals("visit_detector_region")));
        int count = FixtureRegistries.element(FixtureRegistries.RC2, "visit_detector_region").get("count").asInt();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> table(robot).getItems().size()) > 0);
        Node header = await(robot, "#column-detector", Node.class, n -> n.getStyleClass().contains("column-header"));

        robot.clickOn(header);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> detectors(table(robot))).size() == count
                && ordered(onFx(() -> detectors(table(robot))), 1));
        robot.clickOn(header);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> ordered(onFx(() -> detectors(table(robot))), -1));
    }

    private static List<Long> detectors(TableView<DimensionRecord> table) {
        return table.getItems().stream().map(r -> ((Number) r.get("detector")).longValue()).toList();
    }

    /** Whether the values never go against the direction (1 up, -1 down) and are not all one value. */
    private static boolean ordered(List<Long> values, int direction) {
        for (int i = 1; i < values.size(); i++) {
            if (Long.compare(values.get(i), values.get(i - 1)) * direction < 0) {
                return false;
            }
        }
        return !values.isEmpty() && !values.get(0).equals(values.get(values.size() - 1));
    }
}
