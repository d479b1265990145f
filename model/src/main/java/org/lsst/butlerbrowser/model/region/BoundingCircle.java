package org.lsst.butlerbrowser.model.region;

/**
 * A circle known to contain a region: what ObsCore publishes as s_ra, s_dec and s_fov (= 2 × radius).
 *
 * @param center          centre of the circle
 * @param openingAngleDeg radius in degrees; negative means empty, 180 or more means the whole sky
 */
public record BoundingCircle(UnitVector3d center, double openingAngleDeg) {

    public static final BoundingCircle EMPTY = new BoundingCircle(UnitVector3d.Z, -1.0);
    public static final BoundingCircle FULL = new BoundingCircle(UnitVector3d.Z, 180.0);

    public BoundingCircle {
        if (center == null || Double.isNaN(openingAngleDeg)) {
            throw new IllegalArgumentException("bounding circle needs a centre and a radius");
        }
    }

    /**
     * The circle with the given squared chord length, converting to an angle the way sphgeom's Circle
     * does (2·asin(√cl² / 2)) so the radius agrees with daf_butler's to rounding.
     */
    public static BoundingCircle fromSquaredChord(UnitVector3d center, double squaredChordLength) {
        return new BoundingCircle(center, Math.toDegrees(Circle.openingAngleFor(squaredChordLength)));
    }

    public boolean isEmpty() {
        return openingAngleDeg < 0.0;
    }

    public boolean isFull() {
        return openingAngleDeg >= 180.0;
    }

    public double raDeg() {
        return center.raDeg();
    }

    public double decDeg() {
        return center.decDeg();
    }

    /** Diameter in degrees (ObsCore s_fov). */
    public double diameterDeg() {
        return 2.0 * openingAngleDeg;
    }

    public boolean contains(UnitVector3d v) {
        if (isEmpty()) {
            return false;
        }
        return isFull() || center.angleTo(v) <= Math.toRadians(openingAngleDeg);
    }

    /** The smallest circle containing this one and {@code other}. */
    public BoundingCircle expandedTo(BoundingCircle other) {
        if (other.isEmpty() || isFull()) {
            return this;
        }
        if (isEmpty() || other.isFull()) {
            return other;
        }
        double r1 = Math.toRadians(openingAngleDeg);
        double r2 = Math.toRadians(other.openingAngleDeg);
        double d = center.angleTo(other.center);
        if (r1 >= d + r2) {
            return this;
        }
        if (r2 >= d + r1) {
            return other;
        }
        double r = 0.5 * (r1 + d + r2);
        if (r >= Math.PI) {
            return FULL;
        }
        // Move the centre from ours towards the other's by (r − r1) along their great circle; d > 0
        // here because otherwise one circle would contain the other.
        UnitVector3d c = center;
        UnitVector3d o = other.center;
        double k = c.dot(o);
        double ux = o.x() - k * c.x();
        double uy = o.y() - k * c.y();
        double uz = o.z() - k * c.z();
        // Antipodal centres: every great circle through c passes through o, so any direction will do.
        UnitVector3d u = ux == 0.0 && uy == 0.0 && uz == 0.0 ? Circle.tangentBasis(c)[0] : UnitVector3d.normalize(ux, uy, uz);
        double t = r - r1;
        double ct = Math.cos(t);
        double st = Math.sin(t);
        UnitVector3d nc = UnitVector3d.normalize(
                ct * c.x() + st * u.x(), ct * c.y() + st * u.y(), ct * c.z() + st * u.z());
        // A little slack so rounding never leaves an operand's edge outside.
        return new BoundingCircle(nc, Math.toDegrees(r) + 1e-12);
    }
}
