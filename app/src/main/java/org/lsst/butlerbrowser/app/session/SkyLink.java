package org.lsst.butlerbrowser.app.session;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lsst.butlerbrowser.model.region.UnitVector3d;

/**
 * What the sky view shares with the rest of the window: where it is looking, where footprints go
 * to be drawn, and the registries open in the window that it can draw from. There is one for the
 * window. The window registers the sink, which opens its Sky tab; the centre stays empty until the
 * sky has been shown, and screens that could use it (the TAP window's ObsCore templates) fall back
 * to their own default. Without a sink (a TAP session on its own, in tests) "Show on sky" lists the
 * footprints instead of drawing them.
 */
public final class SkyLink {

    private final ObjectProperty<UnitVector3d> centre = new SimpleObjectProperty<>(this, "centre");
    private final ObjectProperty<FootprintSink> sink = new SimpleObjectProperty<>(this, "sink");
    private final ObservableList<RegistrySession> registries = FXCollections.observableArrayList();

    /** The centre of the sky view, or null when there is none. The sky view sets it as it pans. */
    public ObjectProperty<UnitVector3d> centreProperty() {
        return centre;
    }

    /** Where "Show on sky" sends footprints, or null when no sky view listens. The window sets its Sky tab here. */
    public ObjectProperty<FootprintSink> sinkProperty() {
        return sink;
    }

    /** The registries open in the window, in the order they opened; each registry tab adds and removes its own. */
    public ObservableList<RegistrySession> registries() {
        return registries;
    }
}
