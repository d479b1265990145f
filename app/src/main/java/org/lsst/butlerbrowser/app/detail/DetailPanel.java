package org.lsst.butlerbrowser.app.detail;

import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;

/** The side panel with the selected row's details (being built). */
public final class DetailPanel extends BorderPane {

    public DetailPanel(DetailViewModel model) {
        setCenter(new Label("Select a row to see its details."));
    }
}
