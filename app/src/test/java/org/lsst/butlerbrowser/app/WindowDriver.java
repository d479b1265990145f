package org.lsst.butlerbrowser.app;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.lsst.butlerbrowser.app.datasets.DatasetTypeRow;
import org.lsst.butlerbrowser.views.ExpressionField;
import org.lsst.butlerbrowser.views.PagedTableView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the fault and security window tests do to the real window on Monocle, the way a person
 * does it: find what the screen shows, click it, type into filter fields; and read what the screen
 * says back on the FX thread.
 */
public final class WindowDriver {

    private final FxRobot robot;

    public WindowDriver(FxRobot robot) {
        this.robot = robot;
    }

    /** Runs on the FX thread and returns its answer; fails if the FX thread does not answer in 10 s. */
    public static <T> T onFx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
    }

    /** Waits (up to 60 s) until the condition, checked on the FX thread, holds. */
    public static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(condition));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    /** The first shown node matching the selector and the test, once there is one. */
    public <T extends Node> T find(String selector, Class<T> type, Predicate<T> test) throws Exception {
        Callable<T> find = () -> robot.lookup(selector).match(n -> type.isInstance(n) && shown(n)
                && test.test(type.cast(n))).tryQueryAs(type).orElse(null);
        await(() -> find.call() != null);
        return onFx(find);
    }

    /** The shown node of the selector whose text is exactly this. */
    public Node labelled(String selector, String text) throws Exception {
        return find(selector, Node.class, n -> n instanceof Labeled l && text.equals(l.getText()));
    }

    public void click(Node node) {
        robot.clickOn(node);
    }

    /** Opens one of the registry's screens by its tab (Datasets, Dimensions, Registry). */
    public void openScreen(String title) throws Exception {
        click(find(".tab-label", Label.class, l -> title.equals(l.getText())));
    }

    /** Selects a collection in the tree, waiting until the datasets screen has counted its types. */
    public void selectCollection(String name) throws Exception {
        click(labelled(".collection-name", name));
        await(() -> label("#dataset-types-status").contains(" datasets"));
    }

    /** Picks a dataset type in the types table of the datasets screen. */
    public void selectDatasetType(String name) throws Exception {
        click(find("#dataset-types .table-cell", Node.class, n -> n instanceof Labeled l && name.equals(l.getText())));
    }

    /** Replaces the text of a filter field (a TextField, or an ExpressionField's field) and presses Enter. */
    public void filter(String selector, String text) throws Exception {
        Node field = robot.lookup(selector).query();
        Node input = field instanceof ExpressionField e ? e.field() : field;
        robot.clickOn(input);
        onFx(() -> {
            ((javafx.scene.control.TextInputControl) input).clear();
            return null;
        });
        robot.write(text);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The text a label shows. */
    public String label(String selector) throws Exception {
        return onFx(() -> robot.lookup(selector).queryAs(Labeled.class).getText());
    }

    /** What the empty datasets table says instead of rows. */
    @SuppressWarnings("unchecked")
    public String datasetsPlaceholder() throws Exception {
        return onFx(() -> robot.lookup("#datasets-table").queryAs(PagedTableView.class).placeholderTextProperty().get());
    }

    /** The rows in the datasets table. */
    public int datasetRows() throws Exception {
        return onFx(() -> robot.lookup("#datasets").queryAs(TableView.class).getItems().size());
    }

    /** The dataset types listed for the selected collection. */
    @SuppressWarnings("unchecked")
    public java.util.List<String> datasetTypes() throws Exception {
        return onFx(() -> ((TableView<DatasetTypeRow>) robot.lookup("#dataset-types").queryAs(TableView.class))
                .getItems().stream().map(DatasetTypeRow::name).toList());
    }

    /** Whether the window's progress bar (with its Cancel button) shows a running job. */
    public boolean busy() throws Exception {
        return onFx(() -> robot.lookup("#task-progress").query().isVisible());
    }

    /** Presses the window's Cancel button until no background job is left. */
    public void cancelEverything() throws Exception {
        for (int i = 0; i < 20 && busy(); i++) {
            robot.clickOn("#cancel-task");
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    public FxRobot robot() {
        return robot;
    }
}
