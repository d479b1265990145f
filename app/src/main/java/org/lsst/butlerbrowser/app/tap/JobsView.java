package org.lsst.butlerbrowser.app.tap;

import java.util.Optional;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.lsst.butlerbrowser.model.tap.UwsPhase;

/**
 * The async jobs of this window: phase, time since creation (ticking while a job runs), the query
 * and what happened last, with Abort, Delete and Refresh for the selected job.
 */
public final class JobsView extends BorderPane {

    private final TableView<JobRow> table = new TableView<>();

    public JobsView(JobsViewModel model) {
        table.setId("tap-jobs");
        table.setItems(model.jobs());
        table.setPlaceholder(new Label("Async queries (tick Async before Run) are listed here while they run."));
        TableColumn<JobRow, UwsPhase> phase = new TableColumn<>("Phase");
        phase.setCellValueFactory(f -> f.getValue().phaseProperty());
        TableColumn<JobRow, String> elapsed = new TableColumn<>("Elapsed");
        elapsed.setCellValueFactory(f -> new ReadOnlyStringWrapper(JobRow.text(f.getValue().elapsed(model.now()))));
        TableColumn<JobRow, String> query = new TableColumn<>("Query");
        query.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue().adql().replaceAll("\\s+", " ")));
        query.setPrefWidth(420);
        TableColumn<JobRow, String> note = new TableColumn<>("Last");
        note.setCellValueFactory(f -> f.getValue().noteProperty());
        note.setPrefWidth(260);
        table.getColumns().setAll(phase, elapsed, query, note);

        Button abort = new Button("Abort");
        abort.setId("tap-job-abort");
        abort.setOnAction(e -> selected().ifPresent(model::abort));
        Button delete = new Button("Delete");
        delete.setId("tap-job-delete");
        delete.setOnAction(e -> selected().ifPresent(model::delete));
        Button refresh = new Button("Refresh");
        refresh.setId("tap-job-refresh");
        refresh.setOnAction(e -> model.refresh());
        abort.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        HBox buttons = new HBox(6, abort, delete, refresh);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.setPadding(new Insets(4, 8, 4, 8));
        setCenter(table);
        setBottom(buttons);

        // the elapsed column ticks once a second while a job is not final
        Timeline tick = new Timeline(new KeyFrame(Duration.seconds(1), e -> {
            if (model.anyRunning()) {
                table.refresh();
            }
        }));
        tick.setCycleCount(Animation.INDEFINITE);
        sceneProperty().addListener((obs, was, now) -> {
            if (now == null) {
                tick.stop();
            } else {
                tick.play();
            }
        });
    }

    private Optional<JobRow> selected() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }
}
