package org.lsst.butlerbrowser.model.region;

import java.util.List;

/**
 * A spherical cap. sphgeom stores both the squared chord length (which decides membership) and the
 * opening angle (cl² = 4·sin²(θ/2)); the circle is empty if cl² is negative or NaN, full if cl² ≥ 4.
 *
 * @param openingAngleRad radius in radians
 */
public record Circle(UnitVector3d center, double squaredChordLength, double openingAngleRad) implements Region {

    static final int OUTLINE_POINTS = 64;

    public Circle {
        if (center == null) {
            throw new IllegalArgumentException("a Circle needs a centre");
        }
    }

    /** The circle of the given radius (radians) about {@code center}. */
    public static Circle of(UnitVector3d center, double openingAngleRad) {
        double cl2;
        if (openingAngleRad < 0.0) {
            cl2 = -1.0;
        } else if (openingAngleRad >= Math.PI) {
            cl2 = 4.0;
        } else {
            double s = Math.sin(0.5 * openingAngleRad);
            cl2 = 4.0 * s * s;
        }
        return new Circle(center, cl2, openingAngleRad);
    }

    /** sphgeom's chord-to-angle conversion, shared with {@link BoundingCircle}. */
    static double openingAngleFor(double squaredChordLength) {
        if (squaredChordLength < 0.0) {
            return -1.0;
        }
        if (squaredChordLength >= 4.0) {
            return Math.PI;
        }
        return 2.0 * Math.asin(0.5 * Math.sqrt(squaredChordLength));
    }

    @Override
    public String typeName() {
        return "Circle";
    }

    public boolean isEmpty() {
        return !(squaredChordLength >= 0.0);
    }

    public boolean isFull() {
        return squaredChordLength >= 4.0;
    }

    @Override
    public boolean contains(UnitVector3d v) {
        return isFull() || v.squaredChordTo(center) <= squaredChordLength;
    }

    @Override
    public BoundingCircle boundingCircle() {
        if (isEmpty()) {
            return BoundingCircle.EMPTY;
        }
        if (isFull()) {
            return BoundingCircle.FULL;
        }
        return BoundingCircle.fromSquaredChord(center, squaredChordLength);
    }

    /** Cap area 2π(1 − cos θ), and 1 − cos θ is exactly cl²/2. */
    @Override
    public double areaSquareDegrees() {
        if (isEmpty()) {
            return 0.0;
        }
        if (isFull()) {
            return 4.0 * Math.PI * SQ_DEG_PER_SR;
        }
        return Math.PI * squaredChordLength * SQ_DEG_PER_SR;
    }

    @Override
    public List<List<UnitVector3d>> outlines() {
        if (isEmpty() || isFull()) {
            return List.of();
        }
        double cosT = 1.0 - 0.5 * squaredChordLength;
        double sinT = Math.sqrt(Math.max(0.0, squaredChordLength * (1.0 - 0.25 * squaredChordLength)));
        return List.of(ring(center, cosT, sinT, OUTLINE_POINTS));
    }

    /** Points at angular distance θ (given as cos θ, sin θ) around c, counter-clockwise. */
    static List<UnitVector3d> ring(UnitVector3d c, double cosT, double sinT, int count) {
        UnitVector3d[] basis = tangentBasis(c);
        UnitVector3d u = basis[0];
        UnitVector3d w = basis[1];
        UnitVector3d[] pts = new UnitVector3d[count];
        for (int i = 0; i < count; i++) {
            double phi = 2.0 * Math.PI * i / count;
            double cp = Math.cos(phi) * sinT;
            double sp = Math.sin(phi) * sinT;
            pts[i] = UnitVector3d.normalize(
                    cosT * c.x() + cp * u.x() + sp * w.x(),
                    cosT * c.y() + cp * u.y() + sp * w.y(),
                    cosT * c.z() + cp * u.z() + sp * w.z());
        }
        return List.of(pts);
    }

    /** Two unit vectors completing c to a right-handed orthonormal basis (u, w, c). */
    static UnitVector3d[] tangentBasis(UnitVector3d c) {
        // Cross with the axis least aligned with c, so the result is never near zero.
        UnitVector3d axis = Math.abs(c.x()) < 0.6 ? UnitVector3d.X : (Math.abs(c.y()) < 0.6 ? UnitVector3d.Y : UnitVector3d.Z);
        UnitVector3d u = axis.crossNormalized(c);
        UnitVector3d w = c.crossNormalized(u);
        return new UnitVector3d[] {u, w};
    }
}
