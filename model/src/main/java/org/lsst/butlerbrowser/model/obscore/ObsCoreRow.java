package org.lsst.butlerbrowser.model.obscore;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lsst.butlerbrowser.model.region.Region;
import org.lsst.butlerbrowser.model.region.StcsParser;

/**
 * One row of an ObsCore table, with every column as read (Long, Double, String; pgSphere columns
 * as their text form) and typed access to the columns a scientist looks at first.
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

    public String dataproductType() {
        return string("dataproduct_type");
    }

    public Double sRa() {
        return number("s_ra");
    }

    public Double sDec() {
        return number("s_dec");
    }

    /** The footprint as stored: daf_butler writes {@code POLYGON ICRS lon lat ...} in degrees. */
    public String sRegion() {
        return string("s_region");
    }

    /** The footprint parsed into the region model; null when the row has none. */
    public Region region() {
        String text = sRegion();
        return text == null || text.isBlank() ? null : StcsParser.parse(text);
    }

    private String string(String column) {
        Object v = values.get(column);
        return v == null ? null : v.toString();
    }

    private Double number(String column) {
        return values.get(column) instanceof Number n ? n.doubleValue() : null;
    }
}
