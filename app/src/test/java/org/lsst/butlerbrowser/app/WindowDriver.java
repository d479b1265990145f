package org.lsst.butlerbrowser.app;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import java.util.Set;
import java.util.stream.Collectors;
import org.lsst.butlerbrowser.app.collections.CollectionNode;
import javafx.scene.input.KeyCode;
import org.lsst.butlerbrowser.app.dimensions.ElementNode;
import org.lsst.butlerbrowser.views.ExpressionField;
import org.lsst.butlerbrowser.views.PagedTableView;
import org.testfx.api.FxRobot;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the fault and security window tests do to the real window on Monocle, the way a person
 * does it: find what the screen shows, click it, type into filter fields; and read what the screen
 * says back on the FX thread.
 */
public final class WindowDriver {

    private final FxRobot robot;
    private final ButlerBrowserApp app;

    /** Drives the app's window; what it finds, it finds in the selected registry's tab. */
    public WindowDriver(FxRobot robot, ButlerBrowserApp app) {
        this.robot = robot;
        this.app = app;
    }

    /** The selected registry tab's nodes matching the selector (on the FX thread). */
    private NodeQuery lookup(String selector) {
        Node content = app.window().selected(RegistryTab.class).orElse(null) == null ? null : app.window().selected(RegistryTab.class).orElse(null).getContent();
        return content == null ? robot.lookup(selector) : robot.from(content).lookup(selector);
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
        Callable<T> find = () -> lookup(selector).match(n -> type.isInstance(n) && shown(n)
                && test.test(type.cast(n))).tryQueryAs(type).orElse(null);
        await(() -> find.call() != null);
        return onFx(find);
    }

    /**
     * The node of the selector in the selected tab. It does not wait, so that it may be used in
     * the conditions {@link #await} checks on the FX thread.
     */
    public Node node(String selector) throws Exception {
        return onFx(() -> lookup(selector).tryQuery()
                .orElseThrow(() -> new AssertionError("nothing matches " + selector + " in the selected tab")));
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

    /** Picks an element (visit, detector, ...) in the tree of the dimensions screen. */
    public void selectElement(String name) throws Exception {
        click(find(".tree-cell", TreeCell.class, c -> !c.isEmpty() && c.getItem() instanceof ElementNode n
                && n.label().equals(name)));
    }

    /** Types into a filter field (a TextField, or an ExpressionField's field) and presses Enter. */
    public void filter(String selector, String text) throws Exception {
        TextInputControl input = input(selector);
        robot.clickOn(input);
        onFx(() -> {
            input.clear();
            return null;
        });
        robot.write(text);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Puts text into a filter field as a paste would (at once, without key strokes, so that also
     * characters no keyboard types arrive), presses Enter, and returns what the field holds then:
     * a text field drops control characters such as NUL.
     */
    public String paste(String selector, String text) throws Exception {
        TextInputControl input = input(selector);
        if (!onFx(input::isFocused)) {
            robot.clickOn(input);
        }
        onFx(() -> {
            input.setText(text);
            input.end();
            return null;
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(input::getText);
    }

    private TextInputControl input(String selector) throws Exception {
        await(() -> lookup(selector).tryQuery().isPresent()); // the registry may still be opening
        Node field = node(selector);
        return (TextInputControl) (field instanceof ExpressionField e ? e.field() : field);
    }

    /** The text a label shows. */
    public String label(String selector) throws Exception {
        Node label = node(selector);
        return onFx(() -> ((Labeled) label).getText());
    }

    /** What the empty datasets table says instead of rows. */
    public String datasetsPlaceholder() throws Exception {
        Node table = node("#datasets-table");
        return onFx(() -> ((PagedTableView<?>) table).placeholderTextProperty().get());
    }

    /** The collections the tree lists at its top (all that match while the filter holds text). */
    @SuppressWarnings("unchecked")
    public Set<String> collectionsListed() throws Exception {
        TreeView<CollectionNode> tree = (TreeView<CollectionNode>) node("#collections-tree");
        return onFx(() -> tree.getRoot().getChildren().stream().map(i -> i.getValue().name())
                .collect(Collectors.toSet()));
    }

    /** The message under an expression field, or null when it shows none. */
    public String expressionProblem(String selector) throws Exception {
        ExpressionField field = (ExpressionField) node(selector);
        return onFx(() -> field.message().isVisible() ? field.message().getText() : null);
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
