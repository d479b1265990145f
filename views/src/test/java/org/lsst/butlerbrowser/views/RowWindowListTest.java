package org.lsst.butlerbrowser.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A list of a million rows through a {@link RowWindow}, on Monocle: the same window as a table's. Row r is r. */
@ExtendWith(ApplicationExtension.class)
class RowWindowListTest {

    private static final int ROWS = 1_000_000;

    private ListView<Integer> list;
    private RowWindow<Integer> window;

    @Start
    void start(Stage stage) {
        list = new ListView<>(); // not before the toolkit runs
        list.setFixedCellSize(FixedRows.height(0));
        window = RowWindow.of(list);
        window.setRows(FXCollections.observableList(new RowIndices(ROWS)));
        stage.setScene(new Scene(window, 300, 300));
        stage.show();
    }

    private static <T> T onFx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
    }

    private int lastShownRow() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(() -> {
            window.layout();
            return (Integer) ((VirtualFlow<?>) list.lookup(".virtual-flow")).getLastVisibleCell().getItem();
        });
    }

    @Test
    void endSelectsAndShowsTheLastOfAllRows(FxRobot robot) throws Exception {
        robot.clickOn(list);
        robot.type(KeyCode.END);
        assertEquals(ROWS - 1, lastShownRow());
        assertEquals(ROWS - 1, (int) onFx(() -> window.selectedItemProperty().get()));
        assertTrue(onFx(() -> list.getItems().size()) <= RowWindow.SIZE, "the list holds only a window");
        robot.type(KeyCode.UP);
        assertEquals(ROWS - 2, (int) onFx(() -> window.selectedItemProperty().get()));
    }
}
