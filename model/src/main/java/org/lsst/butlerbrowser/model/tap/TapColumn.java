package org.lsst.butlerbrowser.model.tap;

import java.util.Arrays;
import java.util.Optional;
import org.lsst.butlerbrowser.model.region.FootprintParsers;
import org.lsst.butlerbrowser.model.region.FootprintParsers.FootprintParser;
import uk.ac.starlink.table.ColumnInfo;
import uk.ac.starlink.table.DescribedValue;
import uk.ac.starlink.votable.VOStarTable;

/**
 * One column as a TAP service describes it, in VOSI {@code /tables}, in {@code TAP_SCHEMA.columns},
 * or in a result's FIELD. Strings are null when the service gave none.
 *
 * @param datatype  the VOTable datatype (char, int, double, ...)
 * @param arraysize the VOTable arraysize ("*", "8", "2x*", ...), or null for a scalar
 * @param xtype     the extended type (timestamp, adql:REGION, polygon, ...)
 * @param principal flagged as one of the columns to show first
 * @param indexed   flagged as indexed, i.e. cheap to constrain
 * @param std       flagged as defined by a standard (e.g. ObsCore)
 */
public record TapColumn(String name, String description, String unit, String ucd, String utype, String datatype,
        String arraysize, String xtype, boolean principal, boolean indexed, boolean std) {

    /** A result column as STIL read it (from a VOTable FIELD, a FITS header or CSV). */
    static TapColumn fromStil(ColumnInfo info) {
        DescribedValue datatype = info.getAuxDatum(VOStarTable.DATATYPE_INFO);
        return new TapColumn(info.getName(), info.getDescription(), info.getUnitString(), info.getUCD(),
                info.getUtype(), datatype == null ? votableType(info.getContentClass()) : String.valueOf(datatype.getValue()),
                arraysize(info), info.getXtype(), false, false, false);
    }

    private static String votableType(Class<?> c) {
        if (c == String.class) {
            return "char";
        }
        Class<?> e = c.isArray() ? c.getComponentType() : c;
        if (e == Long.class || e == long.class) {
            return "long";
        }
        if (e == Integer.class || e == int.class) {
            return "int";
        }
        if (e == Short.class || e == short.class) {
            return "short";
        }
        if (e == Byte.class || e == byte.class) {
            return "unsignedByte";
        }
        if (e == Float.class || e == float.class) {
            return "float";
        }
        if (e == Double.class || e == double.class) {
            return "double";
        }
        if (e == Boolean.class || e == boolean.class) {
            return "boolean";
        }
        return null;
    }

    private static String arraysize(ColumnInfo info) {
        if (info.getContentClass() == String.class) {
            return "*";
        }
        int[] shape = info.getShape();
        if (!info.isArray() || shape == null) {
            return null;
        }
        return String.join("x", Arrays.stream(shape).mapToObj(n -> n < 0 ? "*" : Integer.toString(n)).toList());
    }

    /** How to read this column's values as sky footprints, if it holds any (see {@link FootprintParsers}). */
    public Optional<FootprintParser> footprintParser() {
        return FootprintParsers.forColumn(name, xtype, ucd);
    }
}
