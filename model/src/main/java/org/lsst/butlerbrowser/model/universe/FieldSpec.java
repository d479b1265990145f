package org.lsst.butlerbrowser.model.universe;

/**
 * One column of a dimension element as the universe declares it.
 *
 * @param type one of daf_butler's column types: string, int, float, bool, hash, region,
 *             datetime, uuid, blob (timespans are not fields: see {@link DimensionElement#temporal()})
 * @param length declared string/hash length, or 0 when none was given
 */
public record FieldSpec(String name, String type, int length, String doc) {

    /** daf_butler turns strings longer than 32 characters into TEXT; shorter ones are VARCHAR(n). */
    public boolean isShortString() {
        return "string".equals(type) && length > 0 && length <= 32;
    }

    public boolean isNumeric() {
        return "int".equals(type) || "float".equals(type);
    }
}
