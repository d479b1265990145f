package org.lsst.butlerbrowser.app.session;

/** A screen that draws footprints on the sky: what "Show on sky" hands its rows to (see {@link SkyLink}). */
@FunctionalInterface
public interface FootprintSink {

    /** Called on the FX thread with every footprint of one result; the sink draws them as one layer. */
    void show(Footprints footprints);
}
