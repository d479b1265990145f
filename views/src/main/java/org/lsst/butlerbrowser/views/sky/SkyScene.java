package org.lsst.butlerbrowser.views.sky;

import java.util.List;
import org.lsst.butlerbrowser.model.sky.AngleFormat;
import org.lsst.butlerbrowser.model.sky.Viewport;

/**
 * Everything one picture of the sky shows: what {@link SkyRenderer} draws, whether into the view's
 * canvas, a PNG or an SVG.
 *
 * @param layers           bottom first
 * @param grid             how RA/Dec grid labels are written; null for no grid
 * @param galacticGrid     whether to draw the galactic grid as well
 * @param legend           whether to draw the legend (categories, density scale, layer names)
 * @param densityThreshold a layer with more footprints than this in view is drawn as a density map
 */
public record SkyScene(Viewport viewport, List<SkyLayer> layers, SkyStyle style, AngleFormat grid,
                       boolean galacticGrid, boolean legend, int densityThreshold) {

    public static final int DEFAULT_DENSITY_THRESHOLD = 20_000;

    public SkyScene {
        layers = List.copyOf(layers);
        if (viewport == null || style == null) {
            throw new IllegalArgumentException("a sky scene needs a viewport and a style");
        }
    }

    /** The layers in a view with the default style, a sexagesimal grid and a legend. */
    public static SkyScene of(Viewport viewport, List<SkyLayer> layers) {
        return new SkyScene(viewport, layers, SkyStyle.DEFAULT, AngleFormat.SEXAGESIMAL, false, true,
                DEFAULT_DENSITY_THRESHOLD);
    }

    public SkyScene withViewport(Viewport value) {
        return new SkyScene(value, layers, style, grid, galacticGrid, legend, densityThreshold);
    }

    public SkyScene withStyle(SkyStyle value) {
        return new SkyScene(viewport, layers, value, grid, galacticGrid, legend, densityThreshold);
    }

    public SkyScene withGrid(AngleFormat value, boolean galactic) {
        return new SkyScene(viewport, layers, style, value, galactic, legend, densityThreshold);
    }

    public SkyScene withLegend(boolean value) {
        return new SkyScene(viewport, layers, style, grid, galacticGrid, value, densityThreshold);
    }

    public SkyScene withDensityThreshold(int value) {
        return new SkyScene(viewport, layers, style, grid, galacticGrid, legend, value);
    }
}
