package org.lsst.butlerbrowser.app.dimensions;

import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;

/** The screen showing the dimension elements of the universe and their records (being built). */
public final class DimensionsView extends BorderPane {

    public DimensionsView(DimensionsViewModel model) {
        setCenter(new Label("Coming soon."));
    }
}
