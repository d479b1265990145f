package org.lsst.butlerbrowser.model.region;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A longitude/latitude box, angles in radians. The longitude interval is sphgeom's normalized
 * interval: when lonA &gt; lonB it wraps through 0 and covers [lonA, 2π) ∪ [0, lonB]; [0, 2π] is
 * every longitude. NaN endpoints, or latA &gt; latB, make the box empty.
 */
public record Box(double lonA, double lonB, double latA, double latB) implements Region {

    private static final double TWO_PI = 2.0 * Math.PI;
    private static final double HALF_PI = 0.5 * Math.PI;
    private static final int EDGE_POINTS = 32;

    public Box {
        // NaN is a legal "empty" marker; anything else must be a real angle in range.
        checkAngle("longitude", lonA, 0.0, TWO_PI);
        checkAngle("longitude", lonB, 0.0, TWO_PI);
        checkAngle("latitude", latA, -HALF_PI, HALF_PI);
        checkAngle("latitude", latB, -HALF_PI, HALF_PI);
    }

    private static void checkAngle(String what, double v, double lo, double hi) {
        if (!Double.isNaN(v) && !(v >= lo && v <= hi)) {
            throw new IllegalArgumentException(what + " " + v + " rad is outside [" + lo + ", " + hi + "]");
        }
    }

    /** A box from degrees; longitudes are reduced to [0, 360]. */
    public static Box fromDegrees(double lonADeg, double lonBDeg, double latADeg, double latBDeg) {
        return new Box(reduce(Math.toRadians(lonADeg)), reduce(Math.toRadians(lonBDeg)),
                Math.toRadians(latADeg), Math.toRadians(latBDeg));
    }

    private static double reduce(double lon) {
        if (lon >= 0.0 && lon <= TWO_PI) {
            return lon;
        }
        double r = lon % TWO_PI;
        return r < 0 ? r + TWO_PI : r;
    }

    @Override
    public String typeName() {
        return "Box";
    }

    public boolean isEmpty() {
        return Double.isNaN(lonA) || Double.isNaN(lonB) || Double.isNaN(latA) || Double.isNaN(latB) || latA > latB;
    }

    /** Width of the longitude interval in radians. */
    public double lonWidth() {
        return lonA <= lonB ? lonB - lonA : TWO_PI - lonA + lonB;
    }

    boolean lonContains(double lon) {
        return lonA <= lonB ? (lon >= lonA && lon <= lonB) : (lon >= lonA || lon <= lonB);
    }

    @Override
    public boolean contains(UnitVector3d v) {
        if (isEmpty()) {
            return false;
        }
        double lat = v.latRad();
        return lat >= latA && lat <= latB && lonContains(v.lonRad());
    }

    /**
     * For widths up to π the farthest point of the box from any point on its central meridian is a
     * corner, so a circle centred at (mid-longitude, mid-latitude) reaching the farthest corner bounds
     * it. Wider boxes are bounded by the cap about the pole nearer to them. Not always the minimal
     * circle (sphgeom optimises the centre latitude), but always a valid one.
     */
    @Override
    public BoundingCircle boundingCircle() {
        if (isEmpty()) {
            return BoundingCircle.EMPTY;
        }
        double width = lonWidth();
        if (width > Math.PI) {
            if (latA >= -latB) {
                return new BoundingCircle(UnitVector3d.Z, Math.toDegrees(HALF_PI - latA) + 1e-12);
            }
            return new BoundingCircle(UnitVector3d.Z.antipode(), Math.toDegrees(latB + HALF_PI) + 1e-12);
        }
        double lonC = lonA + 0.5 * width;
        UnitVector3d c = UnitVector3d.fromLonLatRadians(lonC >= TWO_PI ? lonC - TWO_PI : lonC, 0.5 * (latA + latB));
        double cl2 = 0.0;
        for (double lon : new double[] {lonA, lonB}) {
            for (double lat : new double[] {latA, latB}) {
                cl2 = Math.max(cl2, UnitVector3d.fromLonLatRadians(lon, lat).squaredChordTo(c));
            }
        }
        return BoundingCircle.fromSquaredChord(c, cl2 + 2.0 * ConvexPolygon.MAX_SQUARED_CHORD_LENGTH_ERROR);
    }

    /** Δlon · (sin latB − sin latA). */
    @Override
    public double areaSquareDegrees() {
        if (isEmpty()) {
            return 0.0;
        }
        return lonWidth() * Math.abs(Math.sin(latB) - Math.sin(latA)) * SQ_DEG_PER_SR;
    }

    /**
     * One ring along the two parallels (sampled: they are small circles, not great circles) joined by
     * the two meridians. A box spanning every longitude is a band: its ring runs east along the
     * southern parallel, up the meridian of longitude 0, west along the northern parallel and back
     * down that meridian, so that like every ring it has the band on its left and fills as one
     * (the meridian, traversed both ways, adds nothing to the fill). A band reaching a pole is the
     * one parallel that bounds it.
     */
    @Override
    public List<List<UnitVector3d>> outlines() {
        if (isEmpty()) {
            return List.of();
        }
        double width = lonWidth();
        boolean allLongitudes = width >= TWO_PI;
        if (allLongitudes) {
            boolean south = Math.abs(latA) < HALF_PI;
            boolean north = Math.abs(latB) < HALF_PI;
            List<UnitVector3d> band = new ArrayList<>();
            if (south) {
                band.addAll(parallel(latA, 0.0, TWO_PI, 2 * EDGE_POINTS, north));
            }
            if (north) {
                List<UnitVector3d> top = new ArrayList<>(parallel(latB, 0.0, TWO_PI, 2 * EDGE_POINTS, south));
                Collections.reverse(top);
                band.addAll(top);
            }
            return band.isEmpty() ? List.of() : List.of(List.copyOf(band));
        }
        List<UnitVector3d> ring = new ArrayList<>(2 * (EDGE_POINTS + 1));
        ring.addAll(parallel(latA, lonA, width, EDGE_POINTS, true));
        List<UnitVector3d> top = new ArrayList<>(parallel(latB, lonA, width, EDGE_POINTS, true));
        Collections.reverse(top);
        ring.addAll(top);
        return List.of(List.copyOf(ring));
    }

    private static List<UnitVector3d> parallel(double lat, double lon0, double width, int segments, boolean closed) {
        int count = closed ? segments + 1 : segments;
        List<UnitVector3d> pts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double lon = lon0 + width * i / segments;
            pts.add(UnitVector3d.fromLonLatRadians(lon, lat));
        }
        return pts;
    }
}
