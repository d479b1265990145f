package org.lsst.butlerbrowser.app.datasets;

import java.util.List;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.lsst.butlerbrowser.model.registry.DatasetType;
import org.lsst.butlerbrowser.views.ColumnSpec;
import org.lsst.butlerbrowser.views.PagedTableView;

/** The dataset types of the selected collection with their dimensions and counts; it only binds. */
final class DatasetTypesPane extends BorderPane {

    private final DatasetTypesViewModel model;
    private final PagedTableView<DatasetTypeRow> table = PagedTableView.sortedHere();

    DatasetTypesPane(DatasetTypesViewModel model) {
        this.model = model;
        Label status = new Label();
        status.setId("dataset-types-status");
        status.textProperty().bind(model.statusProperty());
        ProgressIndicator counting = new ProgressIndicator();
        counting.setPrefSize(14, 14);
        counting.visibleProperty().bind(model.countingProperty());
        counting.managedProperty().bind(model.countingProperty());
        HBox header = new HBox(6, status, counting);
        header.setPadding(new Insets(4, 8, 4, 8));
        setTop(header);

        table.setId("dataset-types-table");
        table.table().setId("dataset-types");
        table.setColumns(List.of(
                new ColumnSpec<>("name", "dataset type", DatasetTypeRow::name),
                new ColumnSpec<>("datasets", "datasets", r -> r.datasets() == null ? "…" : r.datasets()),
                new ColumnSpec<>("storageClass", "storage class", r -> r.type().storageClass()),
                new ColumnSpec<>("calibration", "calibration", r -> r.type().isCalibration() ? "yes" : ""),
                new ColumnSpec<>("dimensions", "dimensions", r -> String.join(", ", r.type().dimensions()))));
        table.setDimmed(DatasetTypeRow::isEmpty);
        table.setRows(model.rows());
        table.placeholderTextProperty().bind(model.statusProperty());
        table.selectedItemProperty().addListener((obs, was, now) -> model.choose(now));
        // counts replace the rows: keep the chosen type selected
        model.rows().addListener((ListChangeListener<DatasetTypeRow>) c -> selectChosen());
        model.chosenProperty().addListener((obs, was, now) -> selectChosen());
        setCenter(table);
    }

    private void selectChosen() {
        DatasetType chosen = model.chosenProperty().get();
        DatasetTypeRow current = table.selectedItemProperty().get();
        if (chosen == null || current != null && current.type().equals(chosen)) {
            return;
        }
        List<DatasetTypeRow> rows = table.rows();
        IntStream.range(0, rows.size()).filter(i -> rows.get(i).type().equals(chosen)).findFirst()
                .ifPresent(table::select);
    }

    /** The table, for keys and focus. */
    PagedTableView<DatasetTypeRow> table() {
        return table;
    }
}
