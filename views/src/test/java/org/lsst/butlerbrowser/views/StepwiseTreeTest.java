package org.lsst.butlerbrowser.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.scene.Scene;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A tree's rows on Monocle come over a few pulses when it is shown and when its top rows are loaded anew. */
@ExtendWith(ApplicationExtension.class)
class StepwiseTreeTest {

    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        stage.setScene(new Scene(root, 300, 400));
        stage.show();
    }

    private static <T> T onFx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
    }

    private static TreeView<String> tree(int rows) {
        TreeView<String> tree = new TreeView<>(new TreeItem<>());
        tree.setShowRoot(false);
        tree.setFixedCellSize(24);
        tree.getRoot().getChildren().setAll(items(rows, "row"));
        return tree;
    }

    private static List<TreeItem<String>> items(int rows, String name) {
        return IntStream.range(0, rows).mapToObj(i -> new TreeItem<>(name + " " + i)).toList();
    }

    /** The rows the tree shows in cells, after a layout. */
    private static long shownRows(TreeView<String> tree) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(() -> tree.lookupAll(".tree-cell").stream()
                .filter(n -> n.isVisible() && ((TreeCell<?>) n).getItem() != null)
                .filter(n -> n.localToScene(n.getLayoutBounds()).getMaxY() <= tree.localToScene(tree.getLayoutBounds()).getMaxY())
                .count());
    }

    private static void awaitShownInFull(TreeView<String> tree) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> tree.getMaxHeight() == Double.MAX_VALUE));
    }

    @Test
    void aTreeShownComesAFewRowsAtATimeUntilItFillsItsRoom() throws Exception {
        TreeView<String> tree = tree(40);
        double started = onFx(() -> {
            root.getChildren().add(new StepwiseTree(tree));
            return tree.getMaxHeight();
        });

        assertTrue(started < 400, "first none or a few rows: " + started + " px of 400");
        awaitShownInFull(tree);
        assertEquals(400.0, onFx(tree::getHeight));
        assertTrue(shownRows(tree) >= 400 / 24 - 1, "all rows that fit are shown: " + shownRows(tree));
    }

    @Test
    void topRowsLoadedIntoATreeAlreadyShownComeStepwiseToo() throws Exception {
        TreeView<String> tree = tree(0);
        onFx(() -> root.getChildren().add(new StepwiseTree(tree)));
        WaitForAsyncUtils.waitForFxEvents();

        double started = onFx(() -> {
            tree.getRoot().getChildren().setAll(items(40, "collection")); // the registry's collections, read after the tree was shown
            return tree.getMaxHeight();
        });

        assertTrue(started < 400, "first none or a few rows: " + started + " px of 400");
        awaitShownInFull(tree);
        assertTrue(shownRows(tree) >= 400 / 24 - 1, "all rows that fit are shown: " + shownRows(tree));
    }

    @Test
    void aTreeWithoutAFixedRowHeightShowsItsRowsAtOnce() throws Exception {
        TreeView<String> tree = tree(40);
        tree.setFixedCellSize(-1);

        assertEquals(Double.MAX_VALUE, onFx(() -> {
            root.getChildren().add(new StepwiseTree(tree));
            return tree.getMaxHeight();
        }));
    }
}
