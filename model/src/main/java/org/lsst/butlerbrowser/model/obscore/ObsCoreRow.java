package org.lsst.butlerbrowser.model.obscore;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lsst.butlerbrowser.model.region.FootprintParsers;
import org.lsst.butlerbrowser.model.region.Region;

/**
 * One row of an ObsCore table, with every column as read (Long, Double, String; pgSphere columns
 * as their text form; DALI geometry as double[]) under its standard ObsCore name, and typed access
 * to the columns a scientist looks at first. A column the table lacks reads as null.
 */
public record ObsCoreRow(Map<String, Object> values) {

    public ObsCoreRow {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public Object get(String column) {
        return values.get(column);
    }

    public String obsId() {
        return string("obs_id");
    }

    public String obsCollection() {
        return string("obs_collection");
    }

    /** The IVOA dataset identifier; for Rubin it ends in {@code id=<Butler dataset UUID>}. */
    public String obsPublisherDid() {
        return string("obs_publisher_did");
    }

    public String dataproductType() {
        return string("dataproduct_type");
    }

    public String dataproductSubtype() {
        return string("dataproduct_subtype");
    }

    /** 0 raw instrumental ... 4 analysis products. */
    public Integer calibLevel() {
        Long v = integer("calib_level");
        return v == null ? null : Math.toIntExact(v);
    }

    public Double sRa() {
        return number("s_ra");
    }

    public Double sDec() {
        return number("s_dec");
    }

    /** Diameter in degrees of a circle containing the footprint. */
    public Double sFov() {
        return number("s_fov");
    }

    /** Start of the exposure, MJD. */
    public Double tMin() {
        return number("t_min");
    }

    /** End of the exposure, MJD. */
    public Double tMax() {
        return number("t_max");
    }

    /** Shortest wavelength covered, metres. */
    public Double emMin() {
        return number("em_min");
    }

    /** Longest wavelength covered, metres. */
    public Double emMax() {
        return number("em_max");
    }

    public String instrumentName() {
        return string("instrument_name");
    }

    public String facilityName() {
        return string("facility_name");
    }

    /** Where to fetch the data; on the Rubin Science Platform a DataLink URL. */
    public String accessUrl() {
        return string("access_url");
    }

    public String accessFormat() {
        return string("access_format");
    }

    /** Rubin's extension columns, which are Butler data ID values; null when absent. */
    public Long lsstVisit() {
        return integer("lsst_visit");
    }

    public Long lsstDetector() {
        return integer("lsst_detector");
    }

    public Long lsstTract() {
        return integer("lsst_tract");
    }

    public Long lsstPatch() {
        return integer("lsst_patch");
    }

    public String lsstBand() {
        return string("lsst_band");
    }

    public String lsstFilter() {
        return string("lsst_filter");
    }

    /** The footprint as text: daf_butler writes {@code POLYGON ICRS lon lat ...} in degrees; null if not text. */
    public String sRegion() {
        return values.get("s_region") instanceof String s ? s : null;
    }

    /** The footprint parsed into the region model, whatever form it came in; null when the row has none. */
    public Region region() {
        return FootprintParsers.parse(values.get("s_region"));
    }

    private String string(String column) {
        Object v = values.get(column);
        return v == null ? null : v.toString();
    }

    private Double number(String column) {
        return values.get(column) instanceof Number n ? n.doubleValue() : null;
    }

    private Long integer(String column) {
        return values.get(column) instanceof Number n ? n.longValue() : null;
    }
}
