package org.lsst.butlerbrowser.model.sky;

import java.util.ArrayList;
import java.util.List;
import org.lsst.butlerbrowser.model.region.BoundingCircle;
import org.lsst.butlerbrowser.model.region.UnitVector3d;

/**
 * The coordinate grid a view shows: meridians and parallels of ICRS (RA/Dec) or of galactic
 * coordinates, spaced by round steps that leave about six lines across the view, over just the
 * part of the sky the view shows. Each line is a list of sky points in ICRS, ready for
 * {@link SkyPathBuilder#polyline}.
 */
public final class SkyGrid {

    /** Which coordinates a grid draws. */
    public enum System {
        EQUATORIAL, GALACTIC
    }

    /**
     * One grid line.
     *
     * @param points   its sky points in ICRS, packed x, y, z
     * @param meridian true for a line of constant longitude, false for constant latitude
     * @param value    its longitude or latitude in degrees, in the grid's own system
     * @param label    the value as the grid writes it
     * @param anchor   where an all-sky map labels it (a meridian on the equator, a parallel on the
     *                 central meridian), ICRS x, y, z; null when that point is not on the line
     */
    public record Line(double[] points, boolean meridian, double value, String label, double[] anchor) {

        public int size() {
            return points.length / 3;
        }
    }

    private static final double[] SEXAGESIMAL_LATITUDE_STEPS = {30, 15, 10, 5, 2, 1, 30 / 60.0, 20 / 60.0,
        10 / 60.0, 5 / 60.0, 2 / 60.0, 1 / 60.0, 30 / 3600.0, 20 / 3600.0, 10 / 3600.0, 5 / 3600.0, 2 / 3600.0,
        1 / 3600.0, 0.5 / 3600, 0.2 / 3600, 0.1 / 3600};
    /** Hours, minutes and seconds of time, in degrees. */
    private static final double[] SEXAGESIMAL_LONGITUDE_STEPS = {30, 15, 7.5, 5, 2.5, 1.25, 0.5, 0.25,
        0.125, 20 / 240.0, 10 / 240.0, 5 / 240.0, 2 / 240.0, 1 / 240.0, 0.5 / 240, 0.2 / 240, 0.1 / 240};
    private static final double[] DECIMAL_STEPS = {30, 15, 10, 5, 2, 1, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01,
        0.005, 0.002, 0.001, 5e-4, 2e-4, 1e-4, 5e-5};
    private static final double LINES_ACROSS = 6;
    private static final double MAX_SAMPLE_DEG = 2;
    private static final int MIN_SAMPLES = 24;

    private SkyGrid() {
    }

    /** The grid lines of one system for a view. */
    public static List<Line> lines(Viewport view, System system, AngleFormat format) {
        BoundingCircle cap = view.visibleCap();
        boolean galactic = system == System.GALACTIC;
        UnitVector3d middle = cap.isFull() ? view.centre() : cap.center();
        UnitVector3d centre = galactic ? Galactic.fromIcrs(middle) : middle;
        double radius = cap.isFull() ? 180 : cap.openingAngleDeg();
        double lon0 = centre.raDeg();
        double lat0 = centre.decDeg();
        boolean hours = !galactic && format == AngleFormat.SEXAGESIMAL;
        double latStep = step(format == AngleFormat.SEXAGESIMAL && !galactic ? SEXAGESIMAL_LATITUDE_STEPS : DECIMAL_STEPS,
                Math.min(radius, 90) * 2 / LINES_ACROSS);
        double latLo = Math.max(-90, lat0 - radius);
        double latHi = Math.min(90, lat0 + radius);
        double halfLon = lonHalfWidth(lat0, radius);
        double lonTarget = halfLon >= 180 ? 180 : Math.min(180, latStep / Math.max(0.1, Math.cos(Math.toRadians(lat0))));
        double lonStep = halfLon >= 180 && radius >= 60 ? 30 : step(hours ? SEXAGESIMAL_LONGITUDE_STEPS : DECIMAL_STEPS,
                Math.max(lonTarget, halfLon * 2 / LINES_ACROSS));
        double lonLo = halfLon >= 180 ? 0 : lon0 - halfLon;
        double lonHi = halfLon >= 180 ? 360 : lon0 + halfLon;
        List<Line> lines = new ArrayList<>();
        boolean allLongitudes = halfLon >= 180;
        double first = allLongitudes ? 0 : Math.ceil(lonLo / lonStep) * lonStep;
        double last = allLongitudes ? 360 - 0.5 * lonStep : lonHi;
        for (double lon = first; lon <= last; lon += lonStep) {
            double value = ((lon % 360) + 360) % 360;
            lines.add(new Line(meridian(value, latLo, latHi, galactic), true, value,
                    format.longitude(value, lonStep, hours), latLo <= 0 && latHi >= 0 ? icrs(value, 0, galactic) : null));
        }
        for (double lat = Math.ceil(latLo / latStep) * latStep; lat <= latHi; lat += latStep) {
            if (Math.abs(lat) >= 90 - 1e-9) {
                continue;
            }
            double value = Math.abs(lat) < 1e-9 * latStep ? 0 : lat;
            lines.add(new Line(parallel(value, lonLo, lonHi, galactic), false, value, format.latitude(value, latStep),
                    icrs(lon0, value, galactic)));
        }
        return lines;
    }

    /** The largest step not above the target (steps run from large to small), or the smallest. */
    static double step(double[] steps, double target) {
        for (double s : steps) {
            if (s <= target) {
                return s;
            }
        }
        return steps[steps.length - 1];
    }

    /** Half the longitude range of a cap of {@code radius} about latitude lat0; 180 when it holds a pole. */
    private static double lonHalfWidth(double lat0, double radius) {
        if (radius >= 90 || Math.abs(lat0) + radius >= 90) {
            return 180;
        }
        double ratio = Math.sin(Math.toRadians(radius)) / Math.cos(Math.toRadians(lat0));
        return ratio >= 1 ? 180 : Math.toDegrees(Math.asin(ratio));
    }

    private static double[] meridian(double lon, double latLo, double latHi, boolean galactic) {
        int n = Math.max(2, (int) Math.ceil((latHi - latLo) / 10) + 1);
        double[] xyz = new double[3 * n];
        for (int k = 0; k < n; k++) {
            put(xyz, k, icrs(lon, latLo + (latHi - latLo) * k / (n - 1), galactic));
        }
        return xyz;
    }

    private static double[] parallel(double lat, double lonLo, double lonHi, boolean galactic) {
        int n = Math.max(MIN_SAMPLES, (int) Math.ceil((lonHi - lonLo) / MAX_SAMPLE_DEG)) + 1;
        double[] xyz = new double[3 * n];
        for (int k = 0; k < n; k++) {
            put(xyz, k, icrs(lonLo + (lonHi - lonLo) * k / (n - 1), lat, galactic));
        }
        return xyz;
    }

    private static double[] icrs(double lon, double lat, boolean galactic) {
        UnitVector3d v = UnitVector3d.fromLonLatDegrees(lon, Math.max(-90, Math.min(90, lat)));
        double[] out = {v.x(), v.y(), v.z()};
        if (galactic) {
            Galactic.toIcrs(v.x(), v.y(), v.z(), out);
        }
        return out;
    }

    private static void put(double[] xyz, int k, double[] p) {
        xyz[3 * k] = p[0];
        xyz[3 * k + 1] = p[1];
        xyz[3 * k + 2] = p[2];
    }
}
