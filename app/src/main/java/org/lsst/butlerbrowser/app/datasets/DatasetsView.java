package org.lsst.butlerbrowser.app.datasets;

import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import org.lsst.butlerbrowser.views.PagedTableView;

/**
 * The datasets screen: the selected collection's dataset types above, the chosen type's datasets
 * below. Enter on a type goes down to its datasets, Backspace goes back up to the types.
 */
public final class DatasetsView extends BorderPane {

    public DatasetsView(DatasetsViewModel model) {
        DatasetTypesPane types = new DatasetTypesPane(model.types());
        DatasetListPane datasets = new DatasetListPane(model.datasets());
        SplitPane split = new SplitPane(types, datasets);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.3);
        split.setId("datasets-split");
        setCenter(split);

        TableView<DatasetTypeRow> typeTable = types.table().table();
        PagedTableView<?> datasetRows = datasets.pagedTable();
        TableView<?> datasetTable = datasetRows.table();
        typeTable.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            DatasetTypeRow chosen = types.table().selectedItemProperty().get();
            if (e.getCode() == KeyCode.ENTER && chosen != null) {
                model.types().choose(chosen);
                datasetTable.requestFocus();
                if (datasetRows.selectedRows().length == 0 && !datasetRows.rows().isEmpty()) {
                    datasetRows.select(0);
                }
                e.consume();
            }
        });
        datasetTable.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.BACK_SPACE) {
                typeTable.requestFocus();
                e.consume();
            }
        });
    }
}
