package org.lsst.butlerbrowser.app.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.TextFieldSkin;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import org.lsst.butlerbrowser.app.connect.MemoryPreferences;
import org.lsst.butlerbrowser.model.repo.Environment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lsst.butlerbrowser.app.ButlerBrowserApp;
import org.lsst.butlerbrowser.model.registry.DatasetRef;
import org.lsst.butlerbrowser.model.time.Timespan;
import org.lsst.butlerbrowser.views.ExpressionField;
import org.lsst.butlerbrowser.views.ValidityTimeline;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The datasets screen in the real window on the demo registry, driven with the mouse and keys on
 * Monocle's headless platform: the numbers it shows must be daf_butler's.
 */
@ExtendWith(ApplicationExtension.class)
class DatasetsWindowTest {

    private static final String RC2 = "HSC/runs/RC2";

    private ButlerBrowserApp app;

    @Start
    void start(Stage stage) {
        app = new ButlerBrowserApp(MemoryPreferences.root(), Environment.system()); // never the user's saved layout
        app.start(stage); // no parameters: the demo registry
    }

    @Stop
    void stop() {
        app.stop();
    }

    private static <T> T onFx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(condition));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The on-screen node showing exactly this text, among those matching the selector. */
    private static Node labelled(FxRobot robot, String selector, String text) throws Exception {
        Callable<Node> find = () -> robot.lookup(selector).match(n -> n instanceof Labeled l
                && text.equals(l.getText()) && n.isVisible() && n.getScene() != null).tryQuery().orElse(null);
        await(() -> find.call() != null);
        return onFx(find);
    }

    @SuppressWarnings("unchecked")
    private static TableView<DatasetRef> datasets(FxRobot robot) {
        return robot.lookup("#datasets").queryAs(TableView.class);
    }

    private static long shownTotal(FxRobot robot) throws Exception {
        return Long.parseLong(onFx(() -> robot.lookup("#datasets-total").queryAs(Label.class).getText())
                .replaceAll("[^0-9]", ""));
    }

    /** Presses End in the table until every row is loaded, as a user scrolling to the bottom would. */
    private static int pageToTheEnd(FxRobot robot, long total) throws Exception {
        TableView<DatasetRef> table = datasets(robot);
        robot.clickOn(table.lookup(".table-row-cell"));
        for (int i = 0; i < 20 && onFx(() -> table.getItems().size()) < total; i++) {
            robot.type(KeyCode.END);
            WaitForAsyncUtils.sleep(150, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        await(() -> robot.lookup("#datasets-status").queryAs(Label.class).getText().startsWith(
                String.format("%,d rows · query took", total)));
        return onFx(() -> table.getItems().size());
    }

    /**
     * Times, on the FX thread, from a selection to the first layout pulse after what it asked for
     * has arrived: what a user waits before the rows are drawn.
     */
    private static final class Stopwatch {
        private volatile long selected;
        private volatile long arrived;
        private volatile long drawn;

        Stopwatch(ObservableValue<?> selection, ObservableList<?> rows, BooleanSupplier ready) {
            selection.addListener((obs, was, now) -> {
                if (selected == 0) {
                    selected = System.nanoTime();
                }
            });
            rows.addListener((ListChangeListener<Object>) c -> {
                if (selected != 0 && arrived == 0 && ready.getAsBoolean()) {
                    arrived = System.nanoTime();
                }
            });
        }

        void pulse() {
            if (arrived != 0 && drawn == 0) {
                drawn = System.nanoTime();
            }
        }

        String report() {
            return (arrived - selected) / 1_000_000 + " ms to the answer, " + (drawn - selected) / 1_000_000
                    + " ms to it being drawn";
        }
    }

    @SuppressWarnings("unchecked")
    private void chooseCalexpInRc2(FxRobot robot) throws Exception {
        Node tree = labelled(robot, ".collection-name", RC2);
        TableView<DatasetTypeRow> types = robot.lookup("#dataset-types").queryAs(TableView.class);
        Stopwatch typesTimer = onFx(() -> new Stopwatch(
                robot.lookup("#collections-tree").queryAs(TreeView.class)
                        .getSelectionModel().selectedItemProperty(),
                types.getItems(), () -> !types.getItems().isEmpty() && types.getItems().get(0).datasets() != null));
        Stopwatch rowsTimer = onFx(() -> new Stopwatch(types.getSelectionModel().selectedItemProperty(),
                datasets(robot).getItems(), () -> !datasets(robot).getItems().isEmpty()));
        onFx(() -> {
            tree.getScene().addPostLayoutPulseListener(() -> {
                typesTimer.pulse();
                rowsTimer.pulse();
            });
            return null;
        });
        robot.clickOn(tree);
        await(() -> robot.lookup("#dataset-types-status").queryAs(Label.class).getText().contains(" datasets"));
        robot.clickOn(labelled(robot, "#dataset-types .table-cell", "calexp"));
        await(() -> rowsTimer.drawn != 0);
        System.out.println("timing: select " + RC2 + ": " + typesTimer.report() + "; select calexp: " + rowsTimer.report());
    }

    @Test
    void calexpInTheRc2ChainShowsWhatDafButlerFindsWithFindFirstOffAndOn(FxRobot robot) throws Exception {
        chooseCalexpInRc2(robot);
        long all = Rc2Oracle.chainedCount(RC2, "calexp", false);
        await(() -> !robot.lookup("#datasets-total").queryAs(Label.class).getText().isEmpty());
        assertEquals(all, shownTotal(robot));
        assertEquals(DatasetListViewModel.PAGE_SIZE, (int) onFx(() -> datasets(robot).getItems().size()),
                "the first page only");
        assertEquals(all, pageToTheEnd(robot, all), "rows loaded after scrolling to the end");

        robot.clickOn(robot.lookup("#find-first").queryAs(CheckBox.class));
        long firstFound = Rc2Oracle.chainedCount(RC2, "calexp", true);
        await(() -> robot.lookup("#datasets-total").queryAs(Label.class).getText()
                .equals(String.format("%,d datasets", firstFound)));
        assertEquals(firstFound, shownTotal(robot));
        assertEquals(firstFound, pageToTheEnd(robot, firstFound), "rows loaded after scrolling to the end");
    }

    @Test
    void keysDrillInAndBackAndCopySelectedRows(FxRobot robot) throws Exception {
        chooseCalexpInRc2(robot);
        TableView<?> types = robot.lookup("#dataset-types").queryAs(TableView.class);
        robot.clickOn(labelled(robot, "#dataset-types .table-cell", "calexp"));
        robot.type(KeyCode.DOWN, 2); // calexp, camera, deepCoadd
        robot.type(KeyCode.ENTER);
        TableView<DatasetRef> table = datasets(robot);
        await(() -> table.isFocused() && !table.getItems().isEmpty()
                && table.getItems().get(0).datasetType().equals("deepCoadd"));

        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT); // two rows
        robot.press(KeyCode.SHORTCUT).type(KeyCode.C).release(KeyCode.SHORTCUT);
        String copied = onFx(() -> Clipboard.getSystemClipboard().getString());
        String[] lines = copied.split("\n");
        assertEquals(3, lines.length, copied);
        // the header butler query-datasets prints for deepCoadds, without its "type" column
        String[] header = Files.readAllLines(Rc2Oracle.expected("cli/query-datasets_deepCoadd_chain-RC2_find-first.txt"))
                .get(1).trim().split("\\s+");
        assertEquals(String.join("\t", List.of(header).subList(1, header.length)), lines[0]);
        DatasetRef first = onFx(() -> table.getItems().get(0));
        assertTrue(lines[1].startsWith(first.run() + "\t" + first.id() + "\t" + first.dataId().get("band") + "\t"), lines[1]);

        robot.type(KeyCode.BACK_SPACE);
        await(types::isFocused);

        robot.press(KeyCode.SHORTCUT).type(KeyCode.F).release(KeyCode.SHORTCUT);
        TextField filter = robot.lookup("#collections-filter").queryAs(TextField.class);
        await(filter::isFocused);
    }

    @Test
    void aFilterErrorIsUnderlinedUnderItsCharacters(FxRobot robot) throws Exception {
        chooseCalexpInRc2(robot);
        ExpressionField filter = robot.lookup("#datasets-filter").queryAs(ExpressionField.class);
        String text = "instrument = 'HSC' AND bnd IN ('i', 'z')";
        robot.clickOn(filter.field()).write(text).type(KeyCode.ENTER);
        await(() -> filter.message().isVisible() && !filter.marks().getChildren().isEmpty());
        assertTrue(filter.message().getText().contains("'bnd'"), filter.message().getText());
        Line underline = onFx(() -> (Line) filter.marks().getChildren().get(0));
        TextFieldSkin skin = (TextFieldSkin) filter.field().getSkin();
        int at = text.indexOf("bnd");
        assertEquals(onFx(() -> skin.getCharacterBounds(at).getMinX()), underline.getStartX(), 1.0, "under the b");
        assertEquals(onFx(() -> skin.getCharacterBounds(at + 2).getMaxX()), underline.getEndX(), 1.0, "to the d");
        assertTrue(datasets(robot).getItems().isEmpty());

        robot.type(KeyCode.BACK_SPACE);
        await(() -> !filter.message().isVisible() && filter.marks().getChildren().isEmpty());
    }

    @Test
    void theFilterCompletesTheUniversesNamesWhileTyping(FxRobot robot) throws Exception {
        chooseCalexpInRc2(robot);
        ExpressionField filter = robot.lookup("#datasets-filter").queryAs(ExpressionField.class);
        robot.clickOn(filter.field()).write("band = 'y' AND visit.exposure_t");
        await(() -> filter.suggestions().isShowing() && !filter.suggestions().getItems().isEmpty());
        assertEquals("visit.exposure_time", onFx(() -> filter.suggestions().getItems().get(0).getText()));
        onFx(() -> {
            filter.suggestions().getItems().get(0).fire();
            return null;
        });
        await(() -> filter.field().getText().equals("band = 'y' AND visit.exposure_time"));
        robot.write(" > 200").type(KeyCode.ENTER);
        await(() -> !datasets(robot).getItems().isEmpty());
        assertTrue(!filter.message().isVisible(), filter.message().getText());
    }

    @Test
    void certifiedBiasesAreDrawnOnTheValidityTimeline(FxRobot robot) throws Exception {
        String calib = "HSC/calib/DM-50000";
        labelled(robot, ".collection-name", RC2); // the registry is open
        robot.clickOn("#collections-filter").write(calib);
        robot.clickOn(labelled(robot, ".collection-name", calib));
        robot.clickOn(labelled(robot, "#dataset-types .table-cell", "bias"));
        Map<Timespan, Integer> expected = new HashMap<>();
        for (JsonNode c : Rc2Oracle.certifications(calib)) {
            if (c.get("dataset_type").asText().equals("bias")) {
                JsonNode t = c.get("timespan");
                expected.merge(new Timespan(t.get("begin_nsec").isNull() ? null : t.get("begin_nsec").asLong(),
                        t.get("end_nsec").isNull() ? null : t.get("end_nsec").asLong()), 1, Integer::sum);
            }
        }
        int biases = expected.values().stream().mapToInt(Integer::intValue).sum();
        ValidityTimeline timeline = robot.lookup("#validity-timeline").queryAs(ValidityTimeline.class);
        await(() -> timeline.isVisible() && robot.lookup("#datasets-status").queryAs(Label.class).getText()
                .startsWith(String.format("%,d rows · ", biases)));

        Map<Timespan, Integer> drawn = new HashMap<>();
        onFx(() -> timeline.timelineLayout().bars()).forEach(b -> drawn.put(b.span(), b.count()));
        assertEquals(expected, drawn);

        robot.clickOn(datasets(robot).lookup(".table-row-cell"));
        DatasetRef selected = onFx(() -> datasets(robot).getSelectionModel().getSelectedItem());
        assertEquals(selected.validity(), timeline.highlightedProperty().get(), "the selected row's range stands out");
    }
}
