package org.lsst.butlerbrowser.app.datasets;

import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;

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
        TableView<?> datasetTable = datasets.pagedTable().table();
        typeTable.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && typeTable.getSelectionModel().getSelectedItem() != null) {
                model.types().choose(typeTable.getSelectionModel().getSelectedItem());
                datasetTable.requestFocus();
                if (datasetTable.getSelectionModel().isEmpty() && !datasetTable.getItems().isEmpty()) {
                    datasetTable.getSelectionModel().selectFirst();
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
