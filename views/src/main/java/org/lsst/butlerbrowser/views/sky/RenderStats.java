package org.lsst.butlerbrowser.views.sky;

import java.util.List;

/** What a frame drew, layer by layer: for tests, the benchmark and a status line. */
public record RenderStats(List<Layer> layers) {

    /** How a layer was drawn. */
    public enum Mode {
        /** Not drawn: hidden or transparent. */
        HIDDEN,
        /** Each footprint's outline. */
        OUTLINES,
        /** Counts per HEALPix cell, as there were more footprints in view than the threshold. */
        DENSITY
    }

    /**
     * @param inView footprints whose bounding circle meets the view
     * @param drawn  footprints (OUTLINES) or cells (DENSITY) drawn
     */
    public record Layer(String name, Mode mode, int inView, int drawn) {
    }

    public RenderStats {
        layers = List.copyOf(layers);
    }
}
