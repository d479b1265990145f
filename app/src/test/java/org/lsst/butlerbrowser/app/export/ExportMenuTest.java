package org.lsst.butlerbrowser.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lsst.butlerbrowser.app.tasks.DirectTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The menu item in a real window (Monocle): its shortcut, and the message when no table is shown. */
@ExtendWith(ApplicationExtension.class)
class ExportMenuTest {

    @Start
    void start(Stage stage) {
        ExportViewModel model = new ExportViewModel(() -> null, new DirectTaskRunner());
        stage.setScene(new Scene(new BorderPane(null, new MenuBar(new Menu("File", null,
                ExportMenu.item(stage, model))), null, null, null), 400, 300));
        stage.show();
    }

    @Test
    void ctrlEWithoutATableSaysSelectATableFirst(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        Label message = robot.lookup(".dialog-pane .content").queryAs(Label.class);
        assertTrue(message.getText().startsWith("Select a table first"), message.getText());
        assertEquals("Export Table", ((Stage) message.getScene().getWindow()).getTitle());
    }
}
