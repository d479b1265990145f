package org.lsst.butlerbrowser.model.region;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The ObsCore {@code s_region} text daf_butler writes: "POLYGON ICRS lon1 lat1 lon2 lat2 ..." with
 * every angle in degrees to six decimals.
 *
 * <p>Python's {@code f"{x:.6f}"} rounds the exact binary value half-to-even, whereas Java's
 * {@code %.6f} rounds the shortest decimal representation half-up, and the two disagree on values
 * such as 0.0000005 (stored just below the tie). {@link BigDecimal} of a double is its exact value,
 * so rounding that reproduces Python bit for bit.
 */
public final class StcsFormatter {

    private StcsFormatter() {
    }

    /** s_region for a polygon, vertices in stored order. */
    public static String polygon(ConvexPolygon polygon) {
        StringBuilder sb = new StringBuilder(13 + 24 * polygon.vertices().size()).append("POLYGON ICRS");
        for (UnitVector3d v : polygon.vertices()) {
            sb.append(' ').append(fixed6(v.raDeg())).append(' ').append(fixed6(v.decDeg()));
        }
        return sb.toString();
    }

    /**
     * s_region for any region. Like daf_butler's default spatial plugin, only polygons have one.
     *
     * @throws IllegalArgumentException for other region types
     */
    public static String format(Region region) {
        if (region instanceof ConvexPolygon p) {
            return polygon(p);
        }
        throw new IllegalArgumentException("ObsCore s_region is only defined for ConvexPolygon, not " + region.typeName());
    }

    /** x with six decimals, as Python's "%.6f" prints it (including "-0.000000" for tiny negatives). */
    static String fixed6(double x) {
        if (!Double.isFinite(x)) {
            return Double.isNaN(x) ? "nan" : (x > 0 ? "inf" : "-inf");
        }
        String s = new BigDecimal(x).setScale(6, RoundingMode.HALF_EVEN).toPlainString();
        // BigDecimal drops the sign of a result that rounds to zero; Python keeps it.
        boolean negative = x < 0.0 || (x == 0.0 && 1.0 / x < 0.0);
        return negative && s.charAt(0) != '-' ? "-" + s : s;
    }
}
