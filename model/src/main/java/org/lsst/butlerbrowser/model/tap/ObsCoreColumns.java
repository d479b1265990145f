package org.lsst.butlerbrowser.model.tap;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Knows ObsCore 1.1's column names and utypes, to recognise an ObsCore table or result and to find
 * its columns: by utype first (DaCHS marks every ObsCore FIELD with {@code obscore:...}), then by
 * the standard name (the Rubin Science Platform's results carry no utypes). Utypes are compared
 * ignoring case, as services write them in either case.
 */
final class ObsCoreColumns {

    private static final String UTYPE_PREFIX = "obscore:";

    /** Standard names and utypes of the columns with typed access in {@code ObsCoreRow}. */
    private static final Map<String, String> UTYPES = Map.ofEntries(
            Map.entry("obs_publisher_did", "obscore:curation.publisherdid"),
            Map.entry("obs_id", "obscore:dataid.observationid"),
            Map.entry("obs_collection", "obscore:dataid.collection"),
            Map.entry("dataproduct_type", "obscore:obsdataset.dataproducttype"),
            Map.entry("dataproduct_subtype", "obscore:obsdataset.dataproductsubtype"),
            Map.entry("calib_level", "obscore:obsdataset.caliblevel"),
            Map.entry("s_ra", "obscore:char.spatialaxis.coverage.location.coord.position2d.value2.c1"),
            Map.entry("s_dec", "obscore:char.spatialaxis.coverage.location.coord.position2d.value2.c2"),
            Map.entry("s_fov", "obscore:char.spatialaxis.coverage.bounds.extent.diameter"),
            Map.entry("s_region", "obscore:char.spatialaxis.coverage.support.area"),
            Map.entry("t_min", "obscore:char.timeaxis.coverage.bounds.limits.starttime"),
            Map.entry("t_max", "obscore:char.timeaxis.coverage.bounds.limits.stoptime"),
            Map.entry("em_min", "obscore:char.spectralaxis.coverage.bounds.limits.lolimit"),
            Map.entry("em_max", "obscore:char.spectralaxis.coverage.bounds.limits.hilimit"),
            Map.entry("instrument_name", "obscore:provenance.obsconfig.instrument.name"),
            Map.entry("facility_name", "obscore:provenance.obsconfig.facility.name"),
            Map.entry("access_url", "obscore:access.reference"),
            Map.entry("access_format", "obscore:access.format"));

    /** ObsCore 1.1's mandatory columns. */
    private static final Set<String> STANDARD_NAMES = Set.of("dataproduct_type", "calib_level", "obs_collection",
            "obs_id", "obs_publisher_did", "access_url", "access_format", "access_estsize", "target_name", "s_ra",
            "s_dec", "s_fov", "s_region", "s_resolution", "s_xel1", "s_xel2", "t_min", "t_max", "t_exptime",
            "t_resolution", "t_xel", "em_min", "em_max", "em_res_power", "em_xel", "o_ucd", "pol_states", "pol_xel",
            "facility_name", "instrument_name");

    private ObsCoreColumns() {
    }

    /**
     * Whether these columns are (part of) an ObsCore table: some column has an {@code obscore:} utype,
     * or at least three carry mandatory ObsCore names, or s_region comes with another one.
     */
    static boolean recognises(List<TapColumn> columns) {
        int standard = 0;
        boolean region = false;
        for (TapColumn c : columns) {
            if (c.utype() != null && c.utype().toLowerCase(Locale.ROOT).startsWith(UTYPE_PREFIX)) {
                return true;
            }
            String name = c.name().toLowerCase(Locale.ROOT);
            if (STANDARD_NAMES.contains(name)) {
                standard++;
                region |= name.equals("s_region");
            }
        }
        return standard >= 3 || (region && standard >= 2);
    }

    /**
     * For each column, the name it has in an {@code ObsCoreRow}: the standard name when its utype or
     * name says which ObsCore column it is, else its own name. A utype match wins over a name match.
     */
    static String[] rowNames(List<TapColumn> columns) {
        String[] names = new String[columns.size()];
        Map<String, String> byUtype = new LinkedHashMap<>();
        UTYPES.forEach((name, utype) -> byUtype.put(utype, name));
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < names.length; i++) {
            String utype = columns.get(i).utype();
            String standard = utype == null ? null : byUtype.get(utype.toLowerCase(Locale.ROOT));
            if (standard != null && taken.add(standard)) {
                names[i] = standard;
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i] == null) {
                String own = columns.get(i).name();
                String lower = own.toLowerCase(Locale.ROOT);
                boolean standardName = UTYPES.containsKey(lower) || STANDARD_NAMES.contains(lower) || lower.startsWith("lsst_");
                names[i] = standardName && taken.add(lower) ? lower : own;
            }
        }
        return names;
    }
}
