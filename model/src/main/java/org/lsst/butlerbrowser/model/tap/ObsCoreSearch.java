package org.lsst.butlerbrowser.model.tap;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An ObsCore search (images overlapping a sky circle, in a time window, at some calibration levels)
 * written as ADQL that the service can run: the geometry predicate is chosen from the functions its
 * capabilities list. With INTERSECTS the footprint itself is tested; the Rubin Science Platform's
 * Qserv service has no INTERSECTS, so there a search for a point uses
 * {@code CONTAINS(POINT, s_region)} and a search for a circle tests the footprint centre
 * {@code CONTAINS(POINT('ICRS', s_ra, s_dec), CIRCLE(...))}, which can miss images that only graze
 * the circle ({@link #isApproximate}).
 *
 * @param table       the ObsCore table, e.g. {@code ivoa.ObsCore}
 * @param ra          circle centre, degrees ICRS (NaN for no position constraint)
 * @param dec         circle centre, degrees ICRS
 * @param radius      circle radius in degrees; 0 asks for images covering the point
 * @param tMin        earliest MJD the exposure may end at (NaN for none)
 * @param tMax        latest MJD the exposure may start at (NaN for none)
 * @param calibLevels calibration levels wanted (empty for all)
 * @param columns     columns to return (empty for all)
 */
public record ObsCoreSearch(String table, double ra, double dec, double radius, double tMin, double tMax,
        List<Integer> calibLevels, List<String> columns) {

    public ObsCoreSearch {
        Objects.requireNonNull(table, "table");
        calibLevels = List.copyOf(calibLevels);
        columns = List.copyOf(columns);
        if (!Double.isNaN(ra) && (!(Math.abs(dec) <= 90) || !(radius >= 0 && radius <= 180))) {
            throw new IllegalArgumentException("a search circle needs |dec| <= 90 and a radius of 0 to 180 degrees");
        }
    }

    /** Every row of the table; narrow it with the {@code with...} methods. */
    public static ObsCoreSearch of(String table) {
        return new ObsCoreSearch(table, Double.NaN, Double.NaN, 0, Double.NaN, Double.NaN, List.of(), List.of());
    }

    public ObsCoreSearch withCircle(double raDeg, double decDeg, double radiusDeg) {
        return new ObsCoreSearch(table, raDeg, decDeg, radiusDeg, tMin, tMax, calibLevels, columns);
    }

    /** Exposures overlapping [startMjd, endMjd]. */
    public ObsCoreSearch withTime(double startMjd, double endMjd) {
        return new ObsCoreSearch(table, ra, dec, radius, startMjd, endMjd, calibLevels, columns);
    }

    public ObsCoreSearch withCalibLevels(List<Integer> levels) {
        return new ObsCoreSearch(table, ra, dec, radius, tMin, tMax, levels, columns);
    }

    public ObsCoreSearch withColumns(List<String> names) {
        return new ObsCoreSearch(table, ra, dec, radius, tMin, tMax, calibLevels, names);
    }

    /** Whether, on this service, the position test is by footprint centre rather than by footprint. */
    public boolean isApproximate(TapCapabilities capabilities) {
        return !Double.isNaN(ra) && radius > 0 && !capabilities.supportsGeometry("INTERSECTS");
    }

    /** The ADQL for this search on a service with these capabilities. */
    public String adql(TapCapabilities capabilities) {
        List<String> where = new ArrayList<>();
        if (!Double.isNaN(ra)) {
            where.add(position(capabilities));
        }
        if (!Double.isNaN(tMin)) {
            where.add("t_max >= " + number(tMin));
        }
        if (!Double.isNaN(tMax)) {
            where.add("t_min <= " + number(tMax));
        }
        if (!calibLevels.isEmpty()) {
            where.add("calib_level IN (" + calibLevels.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")");
        }
        String select = columns.isEmpty() ? "*" : String.join(", ", columns);
        return "SELECT " + select + " FROM " + table + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where));
    }

    private String position(TapCapabilities caps) {
        String point = "POINT('ICRS', " + number(ra) + ", " + number(dec) + ")";
        if (caps.supportsGeometry("INTERSECTS") && caps.supportsGeometry("CIRCLE")) {
            return radius == 0 ? "CONTAINS(" + point + ", s_region) = 1"
                    : "INTERSECTS(s_region, CIRCLE('ICRS', " + number(ra) + ", " + number(dec) + ", " + number(radius) + ")) = 1";
        }
        require(caps, "CONTAINS", "POINT");
        if (radius == 0) {
            return "CONTAINS(" + point + ", s_region) = 1";
        }
        require(caps, "CIRCLE");
        return "CONTAINS(POINT('ICRS', s_ra, s_dec), CIRCLE('ICRS', " + number(ra) + ", " + number(dec) + ", "
                + number(radius) + ")) = 1";
    }

    private static void require(TapCapabilities caps, String... functions) {
        for (String f : functions) {
            if (!caps.geometryFunctions().isEmpty() && !caps.supportsGeometry(f)) {
                throw new IllegalArgumentException("this TAP service offers no ADQL " + f
                        + ", so it cannot search ObsCore by position");
            }
        }
    }

    /** A number as ADQL text, without exponent or trailing zeros. */
    static String number(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
