package org.lsst.butlerbrowser.model.sky;

import java.awt.geom.Path2D;

/**
 * Collects a built path as a Java2D shape, to test which pixels it covers; notes its longest segment.
 * Non-zero winding, as the painters fill: pieces of one ring must all run the same way round.
 */
final class PathRecorder implements PathSink {

    final Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO);
    double longestSegment;
    int subpaths;
    private double lastX;
    private double lastY;

    @Override
    public void moveTo(double x, double y) {
        path.moveTo(x, y);
        lastX = x;
        lastY = y;
        subpaths++;
    }

    @Override
    public void lineTo(double x, double y) {
        longestSegment = Math.max(longestSegment, Math.hypot(x - lastX, y - lastY));
        path.lineTo(x, y);
        lastX = x;
        lastY = y;
    }

    @Override
    public void closePath() {
        path.closePath();
    }

    boolean covers(double x, double y) {
        return path.contains(x, y);
    }
}
