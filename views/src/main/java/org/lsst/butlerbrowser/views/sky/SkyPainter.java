package org.lsst.butlerbrowser.views.sky;

import org.lsst.butlerbrowser.model.sky.PathSink;

/**
 * What the sky renderer draws with: one current path (built through {@link PathSink}) that is
 * filled (non-zero winding: the footprints batched into it all turn the same way, so overlaps stay
 * filled) and stroked, rectangles and text. Colours are ARGB ints. Implemented for a
 * JavaFX canvas, a Java2D image (PNG, no toolkit needed) and SVG text, so one renderer draws all
 * three.
 */
public interface SkyPainter extends PathSink {

    /** Where text sits horizontally relative to its x. */
    enum Align {
        LEFT, CENTER, RIGHT
    }

    /** Paints the whole surface in one colour. */
    void clear(int argb);

    /** Starts a new, empty current path. */
    void beginPath();

    /** Fills the current path, non-zero winding rule. */
    void fillPath(int argb);

    /**
     * Strokes the current path with lines {@code width} pixels wide; {@code smooth} asks for
     * antialiased lines where the painter can draw both (a raster of many thousand outlines need not).
     */
    void strokePath(int argb, double width, boolean smooth);

    /** Strokes the current path with smooth lines. */
    default void strokePath(int argb, double width) {
        strokePath(argb, width, true);
    }

    void fillRect(double x, double y, double width, double height, int argb);

    /** Text whose vertical middle is at y. */
    void text(String text, double x, double y, double size, int argb, Align align);

    /** How wide text of this size is, in pixels. */
    double textWidth(String text, double size);
}
