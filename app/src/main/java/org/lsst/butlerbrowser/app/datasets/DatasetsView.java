package org.lsst.butlerbrowser.app.datasets;

import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;

/** The datasets screen (being built). */
public final class DatasetsView extends BorderPane {

    public DatasetsView(DatasetsViewModel model) {
        setCenter(new Label("Select a collection to see its dataset types and datasets."));
    }
}
