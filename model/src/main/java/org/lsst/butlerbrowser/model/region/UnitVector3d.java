package org.lsst.butlerbrowser.model.region;

import java.math.BigDecimal;

/**
 * A point on the unit sphere as a Cartesian unit vector, the representation sphgeom stores.
 *
 * <p>Longitude/latitude follow sphgeom's {@code LonLat} conventions so that values read here agree
 * with daf_butler's to the last bit whenever {@link Math#atan2} does: (0°, 0°) is (1, 0, 0),
 * (90°, 0°) is (0, 1, 0) and the north pole is (0, 0, 1).
 */
public record UnitVector3d(double x, double y, double z) {

    /** How far |v|² may stray from 1; stored vectors are normalized to ~1e-16, so this only rejects garbage. */
    static final double UNIT_TOLERANCE = 1e-6;

    private static final double TWO_PI = 2.0 * Math.PI;
    private static final double EPS = 0x1p-53;

    public static final UnitVector3d X = new UnitVector3d(1, 0, 0);
    public static final UnitVector3d Y = new UnitVector3d(0, 1, 0);
    public static final UnitVector3d Z = new UnitVector3d(0, 0, 1);

    public UnitVector3d {
        // The negated comparison is also false for NaN and infinities, so they are rejected too.
        double n2 = x * x + y * y + z * z;
        if (!(Math.abs(n2 - 1.0) <= UNIT_TOLERANCE)) {
            throw new IllegalArgumentException(
                    "not a unit vector: (" + x + ", " + y + ", " + z + ") has norm " + Math.sqrt(n2));
        }
    }

    /** The unit vector at right ascension / declination given in degrees. */
    public static UnitVector3d fromLonLatDegrees(double raDeg, double decDeg) {
        return fromLonLatRadians(Math.toRadians(raDeg), Math.toRadians(decDeg));
    }

    /** The unit vector at longitude / latitude given in radians (sphgeom's formula, not renormalized). */
    public static UnitVector3d fromLonLatRadians(double lon, double lat) {
        if (!Double.isFinite(lon) || !(Math.abs(lat) <= 0.5 * Math.PI + 1e-12)) {
            throw new IllegalArgumentException("invalid longitude/latitude: " + lon + ", " + lat + " rad");
        }
        double cosLat = Math.cos(lat);
        return new UnitVector3d(Math.cos(lon) * cosLat, Math.sin(lon) * cosLat, Math.sin(lat));
    }

    /**
     * The unit vector pointing along (x, y, z).
     *
     * @throws IllegalArgumentException if the vector is zero or not finite
     */
    public static UnitVector3d normalize(double x, double y, double z) {
        double m = Math.max(Math.abs(x), Math.max(Math.abs(y), Math.abs(z)));
        if (!(m > 0.0) || !Double.isFinite(m)) {
            throw new IllegalArgumentException("cannot normalize (" + x + ", " + y + ", " + z + ")");
        }
        // Rescale tiny or huge components first: squares below ~1e-300 lose their precision as
        // subnormals (a norm off by 1% was found), and squares above ~1e300 overflow.
        if (m < 1e-150 || m > 1e150) {
            x /= m;
            y /= m;
            z /= m;
        }
        double n = Math.sqrt(x * x + y * y + z * z);
        return new UnitVector3d(x / n, y / n, z / n);
    }

    /** Longitude in radians, [0, 2π): atan2(y, x) shifted by 2π when negative, 0 at the poles. */
    public double lonRad() {
        if (x * x + y * y == 0.0) {
            return 0.0;
        }
        double lon = Math.atan2(y, x);
        if (lon < 0.0) {
            lon += TWO_PI;
            // A tiny negative angle can round up to exactly 2π; keep the half-open range promise.
            if (lon >= TWO_PI) {
                lon = 0.0;
            }
        }
        return lon;
    }

    /** Latitude in radians: atan2(z, √(x²+y²)), exactly 0 when z is ±0 (as sphgeom does). */
    public double latRad() {
        if (z == 0.0) {
            return 0.0;
        }
        double lat = Math.atan2(z, Math.sqrt(x * x + y * y));
        return Math.abs(lat) > 0.5 * Math.PI ? Math.copySign(0.5 * Math.PI, lat) : lat;
    }

    /** Right ascension (longitude) in degrees, [0, 360). */
    public double raDeg() {
        double deg = Math.toDegrees(lonRad());
        return deg >= 360.0 ? deg - 360.0 : deg;
    }

    /** Declination (latitude) in degrees. */
    public double decDeg() {
        return Math.toDegrees(latRad());
    }

    public double dot(UnitVector3d o) {
        return x * o.x + y * o.y + z * o.z;
    }

    /** The normalized cross product this × o; fails for (anti)parallel vectors. */
    public UnitVector3d crossNormalized(UnitVector3d o) {
        return normalize(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x);
    }

    public UnitVector3d antipode() {
        return new UnitVector3d(-x, -y, -z);
    }

    /** |this − o|², the quantity sphgeom compares against circle radii. */
    public double squaredChordTo(UnitVector3d o) {
        double dx = x - o.x;
        double dy = y - o.y;
        double dz = z - o.z;
        return dx * dx + dy * dy + dz * dz;
    }

    /** Great-circle angle to o in radians, accurate at all separations (atan2 of |a×b| and a·b). */
    public double angleTo(UnitVector3d o) {
        double cx = y * o.z - z * o.y;
        double cy = z * o.x - x * o.z;
        double cz = x * o.y - y * o.x;
        return Math.atan2(Math.sqrt(cx * cx + cy * cy + cz * cz), dot(o));
    }

    /**
     * Sign of the triple product a · (b × c), computed exactly: +1 when a, b, c turn counter-clockwise
     * seen from outside the sphere, −1 clockwise, 0 when coplanar with the origin.
     *
     * <p>The double-precision value decides unless it is within its rounding-error bound of zero; only
     * then is the determinant recomputed exactly with {@link BigDecimal}, so the common case stays fast.
     */
    public static int orientation(UnitVector3d a, UnitVector3d b, UnitVector3d c) {
        double m0 = b.y * c.z - b.z * c.y;
        double m1 = b.z * c.x - b.x * c.z;
        double m2 = b.x * c.y - b.y * c.x;
        double det = a.x * m0 + a.y * m1 + a.z * m2;
        double permanent = Math.abs(a.x) * (Math.abs(b.y * c.z) + Math.abs(b.z * c.y))
                + Math.abs(a.y) * (Math.abs(b.z * c.x) + Math.abs(b.x * c.z))
                + Math.abs(a.z) * (Math.abs(b.x * c.y) + Math.abs(b.y * c.x));
        // Each product/difference/sum contributes at most one rounding; 8ε·permanent covers all of
        // them, and the absolute term covers underflow of products of tiny components.
        double bound = 8.0 * EPS * permanent + 1e-290;
        if (det > bound) {
            return 1;
        }
        if (det < -bound) {
            return -1;
        }
        return exactOrientation(a, b, c);
    }

    private static int exactOrientation(UnitVector3d a, UnitVector3d b, UnitVector3d c) {
        BigDecimal m0 = mul(b.y, c.z).subtract(mul(b.z, c.y));
        BigDecimal m1 = mul(b.z, c.x).subtract(mul(b.x, c.z));
        BigDecimal m2 = mul(b.x, c.y).subtract(mul(b.y, c.x));
        BigDecimal det = new BigDecimal(a.x).multiply(m0)
                .add(new BigDecimal(a.y).multiply(m1))
                .add(new BigDecimal(a.z).multiply(m2));
        return det.signum();
    }

    private static BigDecimal mul(double p, double q) {
        return new BigDecimal(p).multiply(new BigDecimal(q));
    }

    @Override
    public String toString() {
        return "UnitVector3d(" + x + ", " + y + ", " + z + ")";
    }
}
