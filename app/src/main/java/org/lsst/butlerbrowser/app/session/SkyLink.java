package org.lsst.butlerbrowser.app.session;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.lsst.butlerbrowser.model.region.UnitVector3d;

/**
 * What the sky view shares with the rest of the window: where it is looking, and where footprints
 * go to be drawn. There is one for the window. Until a sky view exists both stay empty: screens
 * that could use a centre (the TAP window's ObsCore templates) fall back to their own default, and
 * "Show on sky" lists the footprints instead of drawing them.
 */
public final class SkyLink {

    private final ObjectProperty<UnitVector3d> centre = new SimpleObjectProperty<>(this, "centre");
    private final ObjectProperty<FootprintSink> sink = new SimpleObjectProperty<>(this, "sink");

    /** The centre of the sky view, or null when there is none. The sky view sets it as it pans. */
    public ObjectProperty<UnitVector3d> centreProperty() {
        return centre;
    }

    /** Where "Show on sky" sends footprints, or null when no sky view listens. The sky view sets itself here. */
    public ObjectProperty<FootprintSink> sinkProperty() {
        return sink;
    }
}
