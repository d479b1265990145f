package org.lsst.butlerbrowser.model.sky;

/** Where projected outlines go, in pixels: a path of subpaths, as Java2D, JavaFX and SVG paths are. */
public interface PathSink {

    void moveTo(double x, double y);

    void lineTo(double x, double y);

    /** Closes the current subpath back to its first point. */
    void closePath();
}
