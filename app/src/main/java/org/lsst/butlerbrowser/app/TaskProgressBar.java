package org.lsst.butlerbrowser.app;

import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import org.lsst.butlerbrowser.app.tasks.FxTaskRunner;

/**
 * The newest background job's title, what it is doing (rows read, a phase), progress and a Cancel button;
 * hidden when nothing runs, its line kept: taken out of the layout, every job (each page of datasets
 * read) moved the whole window's content by the line's height and had each table make or drop a row of cells.
 */
final class TaskProgressBar extends HBox {

    private final Label title = new Label();
    private final Label message = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button("Cancel");
    private Task<?> shown;

    TaskProgressBar(FxTaskRunner runner) {
        super(8);
        setId("task-progress");
        progress.setPrefWidth(160);
        cancel.setId("cancel-task");
        cancel.setOnAction(e -> {
            if (shown != null) {
                shown.cancel(true);
            }
        });
        message.setId("task-message");
        message.setStyle("-fx-text-fill: #606060;");
        getChildren().addAll(title, message, progress, cancel);
        setAlignment(Pos.CENTER_RIGHT);
        setPadding(new Insets(2, 10, 2, 10));
        runner.running().addListener((ListChangeListener<Task<?>>) c -> show(runner));
        show(runner);
    }

    private void show(FxTaskRunner runner) {
        shown = runner.running().isEmpty() ? null : runner.running().get(runner.running().size() - 1);
        boolean busy = shown != null;
        setVisible(busy);
        title.textProperty().unbind();
        message.textProperty().unbind();
        message.setText("");
        progress.progressProperty().unbind();
        if (busy) {
            title.textProperty().bind(shown.titleProperty());
            message.textProperty().bind(shown.messageProperty());
            progress.progressProperty().bind(shown.progressProperty());
        }
    }
}
