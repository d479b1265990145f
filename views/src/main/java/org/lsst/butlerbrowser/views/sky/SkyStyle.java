package org.lsst.butlerbrowser.views.sky;

/**
 * The colours and line widths of a sky picture (ARGB ints).
 *
 * @param background outside the map
 * @param sky        the map itself
 * @param mapEdge    the map's outline
 * @param grid       RA/Dec grid lines
 * @param galacticGrid galactic grid lines
 * @param label      grid labels and legend text
 * @param highlight  selected footprints
 * @param fillAlpha  footprint fills are drawn at this fraction of the layer's opacity
 * @param lineWidth  footprint outlines, pixels (0: none)
 * @param fontSize   labels, pixels
 * @param antialias  smooth lines and text (fills are never smoothed: a pixel is in a footprint or not)
 */
public record SkyStyle(int background, int sky, int mapEdge, int grid, int galacticGrid, int label, int highlight,
                       double fillAlpha, double lineWidth, double fontSize, boolean antialias) {

    public static final SkyStyle DEFAULT = new SkyStyle(0xffe9ecef, 0xffffffff, 0xff8a939c, 0x7f7f8fa3, 0x99c0504d,
            0xff33383d, 0xffff8c00, 0.25, 1, 11, true);

    public SkyStyle withFillAlpha(double value) {
        return new SkyStyle(background, sky, mapEdge, grid, galacticGrid, label, highlight, value, lineWidth, fontSize, antialias);
    }

    public SkyStyle withLineWidth(double value) {
        return new SkyStyle(background, sky, mapEdge, grid, galacticGrid, label, highlight, fillAlpha, value, fontSize, antialias);
    }

    public SkyStyle withAntialias(boolean value) {
        return new SkyStyle(background, sky, mapEdge, grid, galacticGrid, label, highlight, fillAlpha, lineWidth, fontSize, value);
    }
}
