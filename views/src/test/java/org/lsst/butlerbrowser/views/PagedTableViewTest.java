package org.lsst.butlerbrowser.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The paged table on Monocle: rows that replace others (a new answer, a new order) are shown from
 * their first row, wherever the old rows were scrolled to.
 */
@ExtendWith(ApplicationExtension.class)
class PagedTableViewTest {

    private static final int ROWS = 100_000;

    private PagedTableView<Integer> table;

    @Start
    void start(Stage stage) {
        table = PagedTableView.sortedByOwner();
        table.setColumns(List.of(new ColumnSpec<>("row", "row", r -> r)));
        stage.setScene(new Scene(table, 400, 300));
        stage.show();
    }

    private static <T> T onFx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
    }

    /** The row of the topmost cell the table shows, after a layout. */
    private int firstShownRow() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(() -> {
            table.layout();
            IndexedCell<?> first = ((VirtualFlow<?>) table.lookup(".virtual-flow")).getFirstVisibleCell();
            return first.getIndex();
        });
    }

    @Test
    void rowsThatReplaceOthersAreShownFromTheirFirstRow() throws Exception {
        onFx(() -> {
            table.setRows(FXCollections.observableList(new RowIndices(ROWS)));
            return null;
        });
        onFx(() -> {
            table.table().scrollTo(ROWS - 1);
            return null;
        });
        int scrolledTo = firstShownRow();
        assertTrue(scrolledTo > ROWS - 100, "scrolled to the end first, at row " + scrolledTo);

        onFx(() -> {
            table.setRows(FXCollections.observableList(new RowIndices(ROWS)));
            return null;
        });
        assertEquals(0, firstShownRow());
    }
}
