package org.lsst.butlerbrowser.app.registryinfo;

import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;

/** The screen showing the registry's schema, managers and health, for staff (being built). */
public final class RegistryInfoView extends BorderPane {

    public RegistryInfoView(RegistryInfoViewModel model) {
        setCenter(new Label("Coming soon."));
    }
}
