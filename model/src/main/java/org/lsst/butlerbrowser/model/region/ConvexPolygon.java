package org.lsst.butlerbrowser.model.region;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * A convex spherical polygon: great-circle edges between consecutive vertices, which run
 * counter-clockwise seen from outside the sphere, with no repeat of the first vertex. This is what
 * visit, visit_detector_region, tract and patch regions are.
 * <p>
 * A value, but not a record: a registry query keeps hundreds of thousands of regions (a table of
 * visit_detector_region records), copied object by object by each young collection while they are
 * read. It keeps its vertices' coordinates in one array and makes a vertex when asked: two objects a
 * polygon instead of seven for four vertices.
 */
public final class ConvexPolygon implements Region {

    /** sphgeom's bound on the error of a squared chord length between unit vectors. */
    static final double MAX_SQUARED_CHORD_LENGTH_ERROR = 2.5e-15;

    /** The vertices' x, y and z, vertex after vertex. */
    private final double[] xyz;

    public ConvexPolygon(List<UnitVector3d> vertices) {
        if (vertices.size() < 3) {
            throw new IllegalArgumentException("a ConvexPolygon needs at least 3 vertices, got " + vertices.size());
        }
        xyz = new double[3 * vertices.size()];
        int i = 0;
        for (UnitVector3d v : vertices) {
            xyz[i++] = v.x();
            xyz[i++] = v.y();
            xyz[i++] = v.z();
        }
    }

    /** The vertices in order, an unmodifiable view that makes each vertex as it is read. */
    public List<UnitVector3d> vertices() {
        return new Vertices();
    }

    private int size() {
        return xyz.length / 3;
    }

    private UnitVector3d vertex(int i) {
        return new UnitVector3d(xyz[3 * i], xyz[3 * i + 1], xyz[3 * i + 2]);
    }

    /** A view of the coordinates as vertices. */
    private final class Vertices extends AbstractList<UnitVector3d> implements RandomAccess {
        @Override
        public UnitVector3d get(int index) {
            if (index < 0 || index >= size()) {
                throw new IndexOutOfBoundsException("vertex " + index + " of " + size());
            }
            return vertex(index);
        }

        @Override
        public int size() {
            return ConvexPolygon.this.size();
        }
    }

    /** A polygon from [ra, dec] pairs in degrees, in counter-clockwise order. */
    public static ConvexPolygon fromDegrees(double[]... raDec) {
        List<UnitVector3d> vs = new ArrayList<>(raDec.length);
        for (double[] p : raDec) {
            vs.add(UnitVector3d.fromLonLatDegrees(p[0], p[1]));
        }
        return new ConvexPolygon(vs);
    }

    @Override
    public String typeName() {
        return "ConvexPolygon";
    }

    /**
     * A regular polygon: {@code n} vertices at angular distance {@code radiusRad} from a centre, the
     * first at position angle {@code rotationRad} from east towards north, counter-clockwise seen
     * from outside (at a pole "east" is the direction of RA 90°).
     */
    public static ConvexPolygon regular(UnitVector3d centre, double radiusRad, int n, double rotationRad) {
        if (n < 3 || !(radiusRad > 0 && radiusRad < 0.5 * Math.PI)) {
            throw new IllegalArgumentException("a regular polygon needs 3 or more vertices less than 90° from its centre");
        }
        double r = Math.hypot(centre.x(), centre.y());
        double ex = r > 1e-12 ? -centre.y() / r : 0;
        double ey = r > 1e-12 ? centre.x() / r : 1;
        // north = centre × east
        double nx = -centre.z() * ey;
        double ny = centre.z() * ex;
        double nz = centre.x() * ey - centre.y() * ex;
        double cos = Math.cos(radiusRad);
        double sin = Math.sin(radiusRad);
        List<UnitVector3d> vs = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            double psi = rotationRad + 2 * Math.PI * k / n;
            double a = sin * Math.cos(psi);
            double b = sin * Math.sin(psi);
            vs.add(UnitVector3d.normalize(cos * centre.x() + a * ex + b * nx, cos * centre.y() + a * ey + b * ny,
                    cos * centre.z() + b * nz));
        }
        return new ConvexPolygon(vs);
    }

    /** The vertices as [ra, dec] pairs in degrees (ra in [0, 360)). */
    public List<double[]> verticesDeg() {
        List<double[]> out = new ArrayList<>(size());
        for (UnitVector3d v : vertices()) {
            out.add(new double[] {v.raDeg(), v.decDeg()});
        }
        return out;
    }

    /** Exact test: v is on the inner (left) side of, or on, every edge's great circle. */
    @Override
    public boolean contains(UnitVector3d v) {
        int n = size();
        UnitVector3d prev = vertex(n - 1);
        for (int i = 0; i < n; i++) {
            UnitVector3d cur = vertex(i);
            if (UnitVector3d.orientation(v, prev, cur) < 0) {
                return false;
            }
            prev = cur;
        }
        return true;
    }

    /**
     * The polygon's centre of mass projected onto the sphere: the sum over edges of the unit edge
     * normal weighted by the edge's arc length (Brock's spherical-triangle centroid generalised, as
     * sphgeom computes it). Using the same definition is what makes bounding circles, and so ObsCore
     * s_ra/s_dec/s_fov, agree with daf_butler.
     */
    public UnitVector3d centroid() {
        UnitVector3d c = centroidOrNull();
        if (c == null) {
            throw new IllegalStateException("degenerate polygon has no centroid: " + vertices());
        }
        return c;
    }

    private UnitVector3d centroidOrNull() {
        double sx = 0;
        double sy = 0;
        double sz = 0;
        int n = size();
        UnitVector3d a = vertex(n - 1);
        for (int i = 0; i < n; i++) {
            UnitVector3d b = vertex(i);
            // (b + a) × (b − a) = 2 a × b, but stays accurate for nearly parallel vertices.
            double px = b.x() + a.x();
            double py = b.y() + a.y();
            double pz = b.z() + a.z();
            double qx = b.x() - a.x();
            double qy = b.y() - a.y();
            double qz = b.z() - a.z();
            double nx = py * qz - pz * qy;
            double ny = pz * qx - px * qz;
            double nz = px * qy - py * qx;
            double norm = Math.sqrt(nx * nx + ny * ny + nz * nz);
            if (norm > 0.0) {
                double sin = 0.5 * norm;
                double cos = a.dot(b);
                double arc = Math.atan2(sin, cos);
                sx += nx / norm * arc;
                sy += ny / norm * arc;
                sz += nz / norm * arc;
            }
            a = b;
        }
        // Only degenerate (e.g. antipodally symmetric) vertex lists that no valid polygon has sum to 0.
        double n2 = sx * sx + sy * sy + sz * sz;
        return n2 > 0.0 && Double.isFinite(n2) ? UnitVector3d.normalize(sx, sy, sz) : null;
    }

    /**
     * Centred on {@link #centroid()}, radius reaching the farthest vertex plus sphgeom's error margin;
     * the whole sky for a degenerate vertex list that has no centroid (never an exception for drawing).
     */
    @Override
    public BoundingCircle boundingCircle() {
        UnitVector3d c = centroidOrNull();
        if (c == null) {
            return BoundingCircle.FULL;
        }
        double cl2 = 0.0;
        for (UnitVector3d v : vertices()) {
            cl2 = Math.max(cl2, v.squaredChordTo(c));
        }
        return BoundingCircle.fromSquaredChord(c, cl2 + 2.0 * MAX_SQUARED_CHORD_LENGTH_ERROR);
    }

    /**
     * Spherical excess, summed over the fan of triangles from vertex 0. Each triangle uses
     * tan(E/2) = a·(b×c) / (1 + a·b + b·c + c·a), which is well conditioned for small triangles.
     */
    @Override
    public double areaSquareDegrees() {
        UnitVector3d a = vertex(0);
        double sr = 0.0;
        for (int i = 1; i + 1 < size(); i++) {
            UnitVector3d b = vertex(i);
            UnitVector3d c = vertex(i + 1);
            double det = a.x() * (b.y() * c.z() - b.z() * c.y())
                    + a.y() * (b.z() * c.x() - b.x() * c.z())
                    + a.z() * (b.x() * c.y() - b.y() * c.x());
            double den = 1.0 + a.dot(b) + b.dot(c) + c.dot(a);
            sr += 2.0 * Math.atan2(det, den);
        }
        return sr * SQ_DEG_PER_SR;
    }

    @Override
    public List<List<UnitVector3d>> outlines() {
        return List.of(vertices());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConvexPolygon p && Arrays.equals(xyz, p.xyz);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(xyz);
    }

    @Override
    public String toString() {
        return "ConvexPolygon[vertices=" + vertices() + "]";
    }
}
