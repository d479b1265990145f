package org.lsst.butlerbrowser.views;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The paged table on Monocle, with a million rows: its control holds only a window of them, and
 * what a user does (keys, wheel, the scroll bar, clicks, copy, sort) acts on all the rows by
 * absolute index across window moves. Rows that replace others are shown from their first row.
 * The oracle for a row is the row itself: row r of {@link RowIndices} is r.
 */
@ExtendWith(ApplicationExtension.class)
class PagedTableViewTest {

    private static final int ROWS = 1_000_000;

    private PagedTableView<Integer> table;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        table = PagedTableView.sortedByOwner();
        table.setColumns(List.of(new ColumnSpec<>("row", "row", r -> r)));
        stage.setScene(new Scene(table, 400, 300));
        stage.show();
    }

    private static <T> T onFx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
    }

    private static void runFx(Runnable action) throws Exception {
        onFx(() -> {
            action.run();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until the table's reveal has ended: every row that fits is shown. */
    private void awaitShownInFull() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> table.table().getMaxHeight() == Double.MAX_VALUE));
    }

    /** Gives the table these rows and waits until it shows them in full, as a person sees them before a click. */
    private void show(ObservableList<Integer> rows) throws Exception {
        runFx(() -> table.setRows(rows));
        awaitShownInFull();
    }

    private VirtualFlow<?> flow() {
        return (VirtualFlow<?>) table.table().lookup(".virtual-flow");
    }

    /** The item of the topmost cell the table shows (its absolute row for {@link RowIndices}), after a layout. */
    private int firstShownRow() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(() -> {
            table.layout();
            IndexedCell<?> first = flow().getFirstVisibleCell();
            return (Integer) first.getItem();
        });
    }

    /** The item of the lowest cell wholly shown, after a layout. */
    private int lastShownRow() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(() -> {
            table.layout();
            return (Integer) flow().getLastVisibleCell().getItem();
        });
    }

    private Node cellOfRow(int row) throws Exception {
        return onFx(() -> table.table().lookupAll(".table-cell").stream()
                .filter(n -> n instanceof IndexedCell<?> c && Integer.valueOf(row).equals(((javafx.scene.control.TableCell<?, ?>) c).getItem()))
                .findFirst().orElseThrow(() -> new AssertionError("row " + row + " is not shown")));
    }

    private void assertWindowed() throws Exception {
        assertTrue(onFx(() -> table.table().getItems().size()) <= RowWindow.SIZE, "the control holds only a window");
        assertTrue(onFx(() -> table.window().isWindowed()));
    }

    private int[] selected() throws Exception {
        return onFx(() -> table.selectedRows());
    }

    @Test
    void rowsThatReplaceOthersAreShownFromTheirFirstRow() throws Exception {
        show(FXCollections.observableList(new RowIndices(ROWS)));
        runFx(() -> table.scrollTo(ROWS - 1));
        int scrolledTo = firstShownRow();
        assertTrue(scrolledTo > ROWS - 100, "scrolled to the end first, at row " + scrolledTo);

        show(FXCollections.observableList(new RowIndices(ROWS)));
        assertEquals(0, firstShownRow());
    }

    @Test
    void endAndControlEndGoToTheLastOfAllRowsAndHomeToTheFirst(FxRobot robot) throws Exception {
        show(FXCollections.observableList(new RowIndices(ROWS)));
        robot.clickOn(cellOfRow(0));
        robot.type(KeyCode.END);
        assertEquals(ROWS - 1, lastShownRow());
        assertArrayEquals(new int[] {ROWS - 1}, selected());
        assertWindowed();

        robot.press(KeyCode.CONTROL).type(KeyCode.HOME).release(KeyCode.CONTROL);
        assertEquals(0, firstShownRow());
        assertArrayEquals(new int[] {0}, selected());
        robot.press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL);
        assertEquals(ROWS - 1, lastShownRow());
        assertArrayEquals(new int[] {ROWS - 1}, selected());
        assertWindowed();
    }

    @Test
    void draggingTheBarToTheBottomShowsTheLastRow(FxRobot robot) throws Exception {
        show(FXCollections.observableList(new RowIndices(ROWS)));
        ScrollBar bar = onFx(() -> table.window().bar());
        assertTrue(onFx(bar::isVisible), "a million rows have the pane's own bar");
        Node thumb = onFx(() -> bar.lookup(".thumb"));
        robot.drag(thumb, MouseButton.PRIMARY).dropBy(0, 1000);
        assertEquals(ROWS - 1, lastShownRow());
        assertWindowed();
        robot.drag(thumb, MouseButton.PRIMARY).dropBy(0, -1000);
        assertEquals(0, firstShownRow());
    }

    @Test
    void keysCrossingTheWindowsEdgeKeepTheFocusedRowAndTheSelection(FxRobot robot) throws Exception {
        show(FXCollections.observableList(new RowIndices(ROWS)));
        int start = RowWindow.SIZE - 30;
        runFx(() -> table.select(start));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(cellOfRow(start));
        int firstHeld = onFx(() -> table.table().getItems().get(0));
        for (int i = 1; i <= 60; i++) {
            robot.type(KeyCode.DOWN);
            int expected = start + i;
            assertArrayEquals(new int[] {expected}, selected());
            assertEquals(expected, (int) onFx(() -> table.table().getFocusModel().getFocusedItem()), "focus after " + i + " steps");
            int shown = firstShownRow();
            assertTrue(shown <= expected && expected <= lastShownRow(), "row " + expected + " on screen");
        }
        assertNotEquals(firstHeld, (int) onFx(() -> table.table().getItems().get(0)), "the window moved");
        assertWindowed();
    }

    @Test
    void theWheelScrollsAcrossWindowMovesWithoutAJumpAndKeepsTheSelection(FxRobot robot) throws Exception {
        show(FXCollections.observableList(new RowIndices(ROWS)));
        int start = RowWindow.SIZE * 3 / 4 - 200; // 200 rows before the window moves
        runFx(() -> table.select(start));
        AtomicInteger heard = new AtomicInteger();
        runFx(() -> table.selectedItemProperty().addListener(o -> heard.incrementAndGet()));
        int firstHeld = onFx(() -> table.table().getItems().get(0));
        robot.moveTo(cellOfRow(start));
        int before = firstShownRow();
        for (int i = 0; i < 40; i++) {
            robot.scroll(10, VerticalDirection.UP); // TestFX's UP turns the wheel as a user scrolling down the rows does
            int now = firstShownRow();
            assertTrue(now > before && now - before < 100, "from row " + before + " to " + now + " in one step");
            before = now;
        }
        assertNotEquals(firstHeld, (int) onFx(() -> table.table().getItems().get(0)), "the window moved");
        assertArrayEquals(new int[] {start}, selected());
        assertEquals(0, heard.get(), "the selected row was not heard to change");
        assertWindowed();
    }

    @Test
    void aSelectionMadeBeforeTheWindowMovesIsKeptAndCopied(FxRobot robot) throws Exception {
        show(FXCollections.observableList(new RowIndices(ROWS)));
        robot.clickOn(cellOfRow(5));
        robot.press(KeyCode.CONTROL).clickOn(cellOfRow(7)).release(KeyCode.CONTROL);
        runFx(() -> table.scrollTo(ROWS / 2));
        int far = firstShownRow() + 2;
        robot.press(KeyCode.CONTROL).clickOn(cellOfRow(far)).release(KeyCode.CONTROL);
        assertArrayEquals(new int[] {5, 7, far}, selected());

        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        String expected = Tsv.of(List.of("row"), IntStream.of(5, 7, far).mapToObj(r -> List.of(Integer.toString(r))).toList());
        assertEquals(expected, onFx(() -> Clipboard.getSystemClipboard().getString()));

        robot.clickOn(cellOfRow(far + 1));
        assertArrayEquals(new int[] {far + 1}, selected(), "a plain click selects its row alone, also rows out of the window");
        robot.press(KeyCode.SHIFT).type(KeyCode.HOME).release(KeyCode.SHIFT);
        assertEquals(far + 2, selected().length, "shift+home selects from the first row");
    }

    @Test
    void controlASelectsEveryRow(FxRobot robot) throws Exception {
        show(FXCollections.observableList(new RowIndices(ROWS)));
        robot.clickOn(cellOfRow(3));
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        assertEquals(ROWS, selected().length);
    }

    @Test
    void nearEndPagingAsksForMoreOnlyAtTheEndOfAllRows() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        runFx(() -> table.setOnNearEnd(asked::incrementAndGet));
        show(FXCollections.observableList(new RowIndices(ROWS)));
        runFx(() -> table.scrollTo(RowWindow.SIZE - 20));
        firstShownRow();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, asked.get(), "the end of the window is not the end of the rows");
        runFx(() -> table.scrollTo(ROWS - 1));
        firstShownRow();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(asked.get() > 0);
    }

    @Test
    void rowsAddedAtTheEndExtendTheBarAndAreReachable() throws Exception {
        ObservableList<Integer> rows = FXCollections.observableArrayList(new RowIndices(RowWindow.SIZE + 500));
        show(rows);
        runFx(() -> table.scrollTo(rows.size() - 1));
        runFx(() -> rows.addAll(new RowIndices(RowWindow.SIZE + 5_500).subList(RowWindow.SIZE + 500, RowWindow.SIZE + 5_500)));
        runFx(() -> table.scrollTo(rows.size() - 1));
        assertEquals(rows.size() - 1, lastShownRow());
        assertWindowed();
    }

    @Test
    void aControlGivenOtherItemsLetsGoOfTheRows() throws Exception {
        show(FXCollections.observableList(new RowIndices(ROWS)));
        runFx(() -> NodeTrees.dismantle(table)); // a closed screen's nodes, which JavaFX may keep
        assertEquals(0, (int) onFx(() -> table.rows().size()));
    }

    @Test
    void aShortListIsTheControlsOwnWithoutAnExtraBar() throws Exception {
        ObservableList<Integer> rows = FXCollections.observableList(new RowIndices(1_000));
        show(rows);
        assertFalse(onFx(() -> table.window().bar().isVisible()));
        assertTrue(onFx(() -> table.table().getItems() == rows));
    }

    @Test
    void sortingHereSortsAllTheRowsNotOnlyTheWindow(FxRobot robot) throws Exception {
        List<Integer> values = new ArrayList<>(new RowIndices(3 * RowWindow.SIZE));
        Collections.reverse(values);
        runFx(() -> {
            table = PagedTableView.sortedHere();
            table.setColumns(List.of(new ColumnSpec<>("row", "row", r -> r)));
            stage.setScene(new Scene(table, 400, 300));
            table.setRows(FXCollections.observableArrayList(values));
        });
        TableColumn<Integer, ?> column = onFx(() -> table.table().getColumns().get(0));
        runFx(() -> table.table().getSortOrder().setAll(column));
        List<Integer> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        assertEquals(sorted, onFx(() -> List.copyOf(table.rows())));
        assertEquals(0, firstShownRow());
        runFx(() -> table.scrollTo(values.size() - 1));
        assertEquals(values.size() - 1, lastShownRow());
        assertWindowed();
    }

    @Test
    void theSameColumnsGivenAgainKeepTheirCellsAndShowTheNewValues() throws Exception {
        show(FXCollections.observableList(new RowIndices(100)));
        TableColumn<Integer, ?> before = onFx(() -> table.table().getColumns().get(0));
        TableCell<?, ?> cell = onFx(() -> (TableCell<?, ?>) table.table().lookup(".table-cell"));
        runFx(() -> table.table().getSortOrder().setAll(before));

        runFx(() -> {
            table.setColumns(List.of(new ColumnSpec<>("row", "row", r -> -r)));
            table.setRows(FXCollections.observableList(new RowIndices(100)));
        });

        assertSame(before, onFx(() -> table.table().getColumns().get(0)));
        assertSame(cell, onFx(() -> table.table().lookup(".table-cell")));
        assertEquals(-7, onFx(() -> before.getCellData(7)));
        assertEquals(List.of(), onFx(() -> List.copyOf(table.table().getSortOrder())));

        runFx(() -> table.setColumns(List.of(new ColumnSpec<>("row", "minus row", r -> -r))));
        assertNotSame(before, onFx(() -> table.table().getColumns().get(0)));
    }

    @Test
    void theFirstRowsInNewColumnsAreShownAFewAtATimeThenInFull() throws Exception {
        double fullHeight = onFx(() -> table.getHeight());
        double started = onFx(() -> {
            table.setColumns(List.of(new ColumnSpec<>("row", "row", r -> r), new ColumnSpec<>("half", "half", r -> r / 2.0)));
            table.setRows(FXCollections.observableList(new RowIndices(ROWS)));
            return table.table().getMaxHeight();
        });
        assertTrue(started < fullHeight, "first a few rows: " + started + " px of " + fullHeight);
        awaitShownInFull();
        assertEquals(fullHeight, onFx(() -> table.table().getHeight()));
        int fitting = (int) Math.floor((fullHeight - onFx(() -> headerAndBarHeight())) / table.table().getFixedCellSize());
        assertTrue(lastShownRow() >= fitting - 1, "all rows that fit are shown, to row " + lastShownRow());

        // a header dragged elsewhere moves its column, whose cells are kept: nothing to reveal
        assertEquals(Double.MAX_VALUE, onFx(() -> {
            TableColumn<Integer, ?> moved = table.table().getColumns().remove(0);
            table.table().getColumns().add(moved);
            return table.table().getMaxHeight();
        }));
    }

    @Test
    void rowsThatReplaceTheShownOnesComeAtOnceWhenCheapAndStepwiseInTheCellsTheTableHasWhenNot() throws Exception {
        double fullHeight = onFx(() -> table.getHeight());
        List<ColumnSpec<Integer>> cheap = List.of(new ColumnSpec<>("row", "row", r -> r), new ColumnSpec<>("half", "half", r -> r / 2.0));
        // twice, in new columns: the reveal's time per row is measured on code that has run before
        showInFull(List.of(new ColumnSpec<>("row", "row", r -> r)), FXCollections.observableList(new RowIndices(ROWS)));
        showInFull(cheap, FXCollections.observableList(new RowIndices(ROWS)));

        // new counts in a small table: at once, no blink
        assertEquals(Double.MAX_VALUE, onFx(() -> {
            table.setRows(FXCollections.observableList(new RowIndices(ROWS)));
            return table.table().getMaxHeight();
        }));

        // the same query run again, rows that take long to lay out (here, to read): stepwise
        List<ColumnSpec<Integer>> slow = List.of(new ColumnSpec<>("row", "row", r -> r), new ColumnSpec<>("slow", "slow", r -> slowly(r)));
        showInFull(slow, FXCollections.observableList(new RowIndices(ROWS)));
        Set<Node> cells = onFx(() -> Set.copyOf(table.table().lookupAll(".table-cell")));
        double started = onFx(() -> {
            table.setColumns(slow);
            table.setRows(FXCollections.observableList(new RowIndices(ROWS)));
            return table.table().getMaxHeight();
        });

        assertTrue(started < fullHeight, "first a few rows: " + started + " px of " + fullHeight);
        awaitShownInFull();
        assertEquals(cells, onFx(() -> Set.copyOf(table.table().lookupAll(".table-cell"))), "no cell made anew");
    }

    private void showInFull(List<ColumnSpec<Integer>> columns, ObservableList<Integer> rows) throws Exception {
        runFx(() -> {
            table.setColumns(columns);
            table.setRows(rows);
        });
        awaitShownInFull();
    }

    /** A value that takes 5 ms to read, as a wide row's cells take to lay out. */
    private static Object slowly(int row) {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return row;
    }

    @Test
    void rowsThatComeLaterToAShortListInNewColumnsAreRevealedToo() throws Exception {
        ObservableList<Integer> rows = FXCollections.observableArrayList();
        double fullHeight = onFx(() -> table.getHeight());
        runFx(() -> {
            table = PagedTableView.sortedHere();
            table.setColumns(List.of(new ColumnSpec<>("type", "type", r -> r), new ColumnSpec<>("n", "n", r -> r * 2)));
            stage.setScene(new Scene(table, 400, 300));
            table.setRows(rows);
        });
        WaitForAsyncUtils.waitForFxEvents();
        double started = onFx(() -> {
            rows.setAll(new RowIndices(40)); // a collection's dataset types, read after the table was shown
            return table.table().getMaxHeight();
        });
        assertTrue(started < fullHeight, "first a few rows: " + started + " px of " + fullHeight);
    }

    @Test
    void aRevealStartedAgainBeforeItEndsLeavesNothingOfTheTableOnTheScene() throws Exception {
        StackPane root = new StackPane();
        WeakReference<PagedTableView<Integer>> gone = onFx(() -> {
            stage.setScene(new Scene(root, 400, 300));
            PagedTableView<Integer> other = PagedTableView.sortedByOwner();
            root.getChildren().add(other);
            root.applyCss();
            root.layout();
            // new columns twice before a pulse: the reveal starts, then starts again
            other.setColumns(List.of(new ColumnSpec<>("a", "a", r -> r)));
            other.setRows(FXCollections.observableList(new RowIndices(ROWS)));
            other.setColumns(List.of(new ColumnSpec<>("b", "b", r -> r)));
            return new WeakReference<>(other);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> gone.get().table().getMaxHeight() == Double.MAX_VALUE));
        runFx(() -> root.getChildren().clear());
        for (int i = 0; i < 10 && gone.get() != null; i++) {
            System.gc();
            Thread.sleep(50);
        }
        assertNull(gone.get(), "the table, taken out of the scene, is collected");
    }

    /** The height of the table not taken by rows: its header row and borders. */
    private double headerAndBarHeight() {
        return table.table().lookup(".column-header-background").getLayoutBounds().getHeight() + 4;
    }

    @Test
    void rowsAnOwnerGivesInTheAskedOrderKeepThatOrderInTheHeaders() throws Exception {
        show(FXCollections.observableList(new RowIndices(100)));
        List<List<ColumnSort>> heard = new ArrayList<>();
        runFx(() -> table.sortOrderProperty().addListener((obs, was, now) -> heard.add(now)));
        TableColumn<Integer, ?> column = onFx(() -> table.table().getColumns().get(0));

        runFx(() -> table.table().getSortOrder().setAll(column));
        List<Integer> descending = new ArrayList<>(new RowIndices(100));
        Collections.reverse(descending);
        runFx(() -> table.setRows(FXCollections.observableArrayList(descending))); // small: the table's own items

        assertEquals(List.of(column), onFx(() -> List.copyOf(table.table().getSortOrder())));
        assertEquals(List.of(List.of(new ColumnSort("row", false))), heard, "the owner heard the user's order only");
    }

    @Test
    void aSortedTableKeepsItsOrderWhenPagesGrowItPastTheWindow() throws Exception {
        ObservableList<Integer> rows = FXCollections.observableArrayList(new RowIndices(RowWindow.SIZE / 2));
        show(rows);
        List<List<ColumnSort>> heard = new ArrayList<>();
        runFx(() -> table.sortOrderProperty().addListener((obs, was, now) -> heard.add(now)));
        TableColumn<Integer, ?> column = onFx(() -> table.table().getColumns().get(0));
        runFx(() -> table.table().getSortOrder().setAll(column));

        runFx(() -> rows.addAll(new RowIndices(RowWindow.SIZE))); // the owner's next pages, in the same order
        assertWindowed();

        assertEquals(List.of(column), onFx(() -> List.copyOf(table.table().getSortOrder())));
        assertEquals(List.of(List.of(new ColumnSort("row", false))), heard, "the owner heard the user's order only");
    }
}
