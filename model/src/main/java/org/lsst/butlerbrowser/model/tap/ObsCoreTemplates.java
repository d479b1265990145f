package org.lsst.butlerbrowser.model.tap;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lsst.butlerbrowser.model.region.UnitVector3d;

/**
 * The ready ObsCore queries of the TAP window, written for one service: its ObsCore table's own
 * name and columns, and only the ADQL geometry functions its capabilities list. The Rubin Science
 * Platform's main service has no INTERSECTS, so there the footprint-overlap query is offered as
 * unavailable, with the reason, and the cone search tests footprint centres.
 */
public final class ObsCoreTemplates {

    /** The centre used when no sky view says otherwise: the Extended Chandra Deep Field South, a Rubin DP1 field. */
    public static final UnitVector3d DEFAULT_CENTRE = UnitVector3d.fromLonLatDegrees(53.13, -28.10);
    /** The search radius in degrees: about a Rubin focal plane. */
    public static final double RADIUS_DEG = 0.5;
    /** A time window in MJD (the first weeks of Rubin's DP1 observations), to edit. */
    static final double T_START_MJD = 60600;
    static final double T_END_MJD = 60650;
    /** The band asked for: r, by name or by a wavelength inside it (metres). */
    static final String BAND = "r";
    static final double BAND_WAVELENGTH_M = 6.2e-7;

    private ObsCoreTemplates() {
    }

    /**
     * The templates for this ObsCore table on a service with these capabilities, centred on
     * {@code centre} (null for {@link #DEFAULT_CENTRE}).
     */
    public static List<AdqlTemplate> forTable(TapTable table, TapCapabilities capabilities, UnitVector3d centre) {
        UnitVector3d c = centre == null ? DEFAULT_CENTRE : centre;
        String circle = "CIRCLE('ICRS', " + ObsCoreSearch.number(round(c.raDeg())) + ", "
                + ObsCoreSearch.number(round(c.decDeg())) + ", " + ObsCoreSearch.number(RADIUS_DEG) + ")";
        String from = "SELECT *\nFROM " + table.name() + "\nWHERE ";
        Set<String> offered = capabilities.geometryFunctions();
        List<AdqlTemplate> out = new ArrayList<>();
        out.add(new AdqlTemplate("Cone search",
                "Observations whose centre (s_ra, s_dec) lies within " + ObsCoreSearch.number(RADIUS_DEG) + "° of the centre",
                from + "CONTAINS(POINT('ICRS', s_ra, s_dec), " + circle + ") = 1",
                missing(table, "s_ra", "s_dec") != null ? missing(table, "s_ra", "s_dec")
                        : notOffered(offered, false, "CONTAINS", "POINT", "CIRCLE")));
        out.add(new AdqlTemplate("Footprint overlap",
                "Observations whose footprint (s_region) overlaps the circle",
                from + "INTERSECTS(s_region, " + circle + ") = 1",
                missing(table, "s_region") != null ? missing(table, "s_region")
                        : notOffered(offered, true, "INTERSECTS", "CIRCLE")));
        out.add(new AdqlTemplate("Time window",
                "Observations overlapping MJD " + ObsCoreSearch.number(T_START_MJD) + " to "
                        + ObsCoreSearch.number(T_END_MJD) + " (t_min, t_max)",
                from + "t_min <= " + ObsCoreSearch.number(T_END_MJD) + " AND t_max >= " + ObsCoreSearch.number(T_START_MJD),
                missing(table, "t_min", "t_max")));
        boolean lsstBand = table.column("lsst_band").isPresent();
        out.add(new AdqlTemplate("Band",
                lsstBand ? "Observations in the " + BAND + " band (Rubin's lsst_band)"
                        : "Observations whose wavelength range (em_min, em_max) includes " + BAND_WAVELENGTH_M + " m",
                from + (lsstBand ? "lsst_band = '" + BAND + "'"
                        : "em_min <= " + BAND_WAVELENGTH_M + " AND em_max >= " + BAND_WAVELENGTH_M),
                lsstBand ? null : missing(table, "em_min", "em_max")));
        out.add(new AdqlTemplate("Calibration level and product type",
                "Calibrated images (calib_level 2, dataproduct_type image)",
                from + "calib_level = 2 AND dataproduct_type = 'image'",
                missing(table, "calib_level", "dataproduct_type")));
        return out;
    }

    /** Seven decimals, ObsCore's usual precision (a hundredth of an arcsecond at most). */
    private static double round(double degrees) {
        return Math.round(degrees * 1e7) / 1e7;
    }

    private static String missing(TapTable table, String... columns) {
        for (String c : columns) {
            if (table.column(c).isEmpty()) {
                return table.name() + " has no column " + c;
            }
        }
        return null;
    }

    /**
     * Why the service cannot run these functions, or null when it can. A service that lists no
     * geometry functions at all is trusted with the basic ones ({@code strict} false) but not with
     * INTERSECTS, which must be listed.
     */
    private static String notOffered(Set<String> offered, boolean strict, String... functions) {
        if (offered.isEmpty() && !strict) {
            return null;
        }
        for (String f : functions) {
            if (!offered.contains(f)) {
                return "this service offers no ADQL " + f + " (its capabilities list "
                        + (offered.isEmpty() ? "no geometry functions" : String.join(", ", offered)) + ")";
            }
        }
        return null;
    }
}
