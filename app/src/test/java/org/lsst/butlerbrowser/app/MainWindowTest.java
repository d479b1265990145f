package org.lsst.butlerbrowser.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.lsst.butlerbrowser.app.connect.MemoryPreferences;
import org.lsst.butlerbrowser.model.repo.Environment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lsst.butlerbrowser.app.collections.CollectionNode;
import org.lsst.butlerbrowser.app.collections.CollectionsViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app's real main window on the demo registry, driven like a person would (clicks on the
 * tree's disclosure arrows), on Monocle's headless glass platform (see the argLine in app/pom.xml).
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

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

    private CollectionsViewModel awaitOpened() throws Exception {
        CollectionsViewModel model = app.model();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model.isLoading() && !model.roots().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(model.getError());
        return model;
    }

    @SuppressWarnings("unchecked")
    private static TreeView<CollectionNode> tree(FxRobot robot) {
        return robot.lookup("#collections-tree").queryAs(TreeView.class);
    }

    /** Runs a query of the scene graph on the FX thread, where the tree lays out its rows. */
    private static <T> T onFx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
    }

    /** The on-screen row showing this collection, once the tree has laid it out. */
    @SuppressWarnings("unchecked")
    private static TreeCell<CollectionNode> cell(FxRobot robot, String name) throws Exception {
        Callable<TreeCell<CollectionNode>> find = () -> robot.lookup(".tree-cell").match(n -> {
            TreeCell<CollectionNode> c = (TreeCell<CollectionNode>) n;
            return shown(c) && !c.isEmpty() && c.getTreeItem() != null && c.getItem().name().equals(name);
        }).tryQueryAs(TreeCell.class).orElse(null);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(find) != null);
        return onFx(find);
    }

    private static void expand(FxRobot robot, String name) throws Exception {
        TreeCell<CollectionNode> row = cell(robot, name);
        TreeItem<CollectionNode> item = onFx(row::getTreeItem);
        assertFalse(item.isExpanded());
        robot.clickOn(onFx(() -> row.lookup(".tree-disclosure-node")));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(item.isExpanded(), name + " expanded by a click on its arrow");
    }

    /** The collection names the window shows, top to bottom. */
    private static List<String> namesOnScreen(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(() -> robot.lookup(".collection-name").queryAllAs(Label.class).stream()
                .filter(MainWindowTest::shown)
                .filter(l -> l.getParent() != null && l.getParent().getParent() instanceof TreeCell<?> c && !c.isEmpty())
                .sorted(Comparator.comparingDouble(l -> screenY(l)))
                .map(Label::getText)
                .toList());
    }

    /** Visible with all its ancestors (the tree keeps a hidden cell for measuring rows). */
    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    private static double screenY(Node n) {
        Bounds b = n.localToScreen(n.getBoundsInLocal());
        return b.getMinY();
    }

    @Test
    void expandingHscDefaultsShowsItsChildrenInDafButlersOrder(FxRobot robot) throws Exception {
        CollectionsViewModel model = awaitOpened();
        assertTrue(model.getStatus().matches("SQLite · 20 collections · opened in \\d+ ms"), model.getStatus());
        assertEquals("SQLite · 20 collections", robot.lookup("#status").queryAs(Label.class).getText()
                .replaceAll(" · opened in \\d+ ms", ""));

        // HSC/defaults is not top-level (HSC/runs/RC2 searches it third), so open the way a person would
        expand(robot, "HSC/runs/RC2");
        expand(robot, "HSC/defaults");

        List<String> expected = SharedFixtures.rc2Children("HSC/defaults");
        assertEquals(List.of("HSC/raw/all", "HSC/calib", "refcats", "skymaps"), expected, "the fixture's answer");

        TreeItem<CollectionNode> defaults = onFx(cell(robot, "HSC/defaults")::getTreeItem);
        assertEquals(expected, defaults.getChildren().stream().map(i -> i.getValue().name()).toList());
        List<CollectionNode> rowsBelow = onFx(() -> {
            TreeView<CollectionNode> tree = tree(robot);
            int row = tree.getRow(defaults);
            return java.util.stream.IntStream.range(row + 1, row + 1 + expected.size())
                    .mapToObj(r -> tree.getTreeItem(r).getValue()).toList();
        });
        assertEquals(expected, rowsBelow.stream().map(CollectionNode::name).toList(), "rows under HSC/defaults");
        assertEquals(List.of(1, 2, 3, 4), rowsBelow.stream().map(CollectionNode::position).toList());
        List<String> screen = namesOnScreen(robot);
        int at = screen.indexOf("HSC/defaults");
        assertTrue(at >= 0, "HSC/defaults is on screen: " + screen);
        assertEquals(expected, screen.subList(at + 1, at + 1 + expected.size()), "what the window shows: " + screen);
    }

    @Test
    void eachRowShowsItsCollectionsDatasetCountOnceCountedAndNoSpinner(FxRobot robot) throws Exception {
        CollectionsViewModel model = awaitOpened();
        Callable<List<TreeCell<CollectionNode>>> rows = () -> robot.lookup(".tree-cell").queryAll().stream()
                .map(n -> (TreeCell<CollectionNode>) n)
                .filter(c -> shown(c) && !c.isEmpty() && c.getItem() != null && model.datasetTotal(c.getItem()) != null)
                .toList();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> !rows.call().isEmpty()
                && rows.call().stream().allMatch(c -> model.datasetTotal(c.getItem()).get() != null)));
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            for (TreeCell<CollectionNode> row : rows.call()) {
                OptionalLong total = model.datasetTotal(row.getItem()).get();
                Label shown = (Label) row.lookup(".collection-total");
                assertEquals(total.isPresent() ? String.format("%,d", total.getAsLong()) : "?", shown.getText(),
                        row.getItem().name());
                assertTrue(shown(shown), row.getItem().name());
            }
            assertTrue(robot.lookup("#collections-tree").lookup(".progress-indicator").queryAll().isEmpty());
            return null;
        });
    }

    @Test
    void topLevelOnlyToggleListsEveryCollection(FxRobot robot) throws Exception {
        CollectionsViewModel model = awaitOpened();
        int topLevel = model.roots().size();
        assertFalse(namesOnScreen(robot).contains("HSC/defaults"));

        CheckBox toggle = robot.lookup("#top-level-only").queryAs(CheckBox.class);
        assertTrue(toggle.isSelected());
        robot.clickOn(toggle);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(model.isTopLevelOnly());
        assertEquals(20, (int) onFx(() -> tree(robot).getRoot().getChildren().size()));
        assertTrue(namesOnScreen(robot).contains("HSC/defaults"));
        assertEquals("20 collections", robot.lookup("#collections-shown").queryAs(Label.class).getText());

        robot.clickOn(toggle);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(topLevel, (int) onFx(() -> tree(robot).getRoot().getChildren().size()));
    }
}
