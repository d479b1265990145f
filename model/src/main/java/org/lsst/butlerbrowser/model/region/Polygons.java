package org.lsst.butlerbrowser.model.region;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.lsst.butlerbrowser.model.text.UntrustedText;

/**
 * Turns the vertex lists that archives serve (DALI arrays, pgSphere {@code spoly} text, STC-S) into
 * {@link ConvexPolygon}s: a closing vertex that repeats the first is dropped, and a clockwise list is
 * reversed, because services disagree on both and sphgeom wants open, counter-clockwise vertices.
 */
final class Polygons {

    /** Vertices closer than this (radians) count as the same point: far below any footprint's detail. */
    private static final double SAME_VERTEX_RAD = 1e-12;

    private Polygons() {
    }

    static ConvexPolygon fromVertices(List<UnitVector3d> vertices, Supplier<String> text) {
        List<UnitVector3d> vs = new ArrayList<>(vertices);
        if (vs.size() > 3 && vs.get(0).angleTo(vs.get(vs.size() - 1)) < SAME_VERTEX_RAD) {
            vs.remove(vs.size() - 1);
        }
        if (vs.size() < 3) {
            throw new RegionFormatException("a polygon needs at least 3 distinct vertices, got " + vs.size()
                    + " in footprint: " + abbreviate(text.get()));
        }
        if (UnitVector3d.orientation(vs.get(0), vs.get(1), vs.get(2)) < 0) {
            Collections.reverse(vs);
        }
        return new ConvexPolygon(vs);
    }

    /** Vertices from a flat array of longitude/latitude pairs in degrees. */
    static List<UnitVector3d> fromDegreePairs(double[] lonLat, int from, int to, Supplier<String> text) {
        if ((to - from) % 2 != 0) {
            throw new RegionFormatException("a polygon needs longitude/latitude pairs, got an odd count of "
                    + (to - from) + " numbers in footprint: " + abbreviate(text.get()));
        }
        List<UnitVector3d> vs = new ArrayList<>((to - from) / 2);
        for (int i = from; i < to; i += 2) {
            vs.add(vertex(lonLat[i], lonLat[i + 1], text));
        }
        return vs;
    }

    static UnitVector3d vertex(double lonDeg, double latDeg, Supplier<String> text) {
        if (!Double.isFinite(lonDeg) || !(Math.abs(latDeg) <= 90.0)) {
            throw new RegionFormatException("(" + lonDeg + ", " + latDeg + ") is not a sky position in degrees, in footprint: "
                    + abbreviate(text.get()));
        }
        return UnitVector3d.fromLonLatDegrees(lonDeg, latDeg);
    }

    /** Input quoted in a message: at most 80 characters, on one line. */
    static String abbreviate(String s) {
        return UntrustedText.quote(s, 80);
    }
}
