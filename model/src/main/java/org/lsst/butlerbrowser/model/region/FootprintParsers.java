package org.lsst.butlerbrowser.model.region;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one place that decides how a column's values are read as sky footprints, as TOPCAT's area
 * domain does: from the column's xtype first (DALI {@code polygon}/{@code circle}/{@code point},
 * {@code adql:REGION} and STC-S, pgSphere types, MOC), then its UCD ({@code pos.outline...}) or name
 * ({@code s_region} and the pgSphere copies daf_butler makes), then the value itself. The Rubin
 * Science Platform serves {@code s_region} as plain {@code POLYGON ICRS ...} text with no xtype,
 * which the name rule catches.
 */
public final class FootprintParsers {

    /** How one column's values are turned into regions. */
    public enum Form {
        /** STC-S text, including UNION and INTERSECTION. */
        STC_S,
        /** DALI polygon: ra dec pairs in degrees (NaN NaN separates polygons). */
        DALI_POLYGON,
        /** DALI circle: ra dec radius in degrees. */
        DALI_CIRCLE,
        /** DALI point: ra dec in degrees. */
        DALI_POINT,
        /** pgSphere spoint, spoly, scircle or sbox text. */
        PG_SPHERE,
        /** A multi-order coverage map (MOC ASCII), as the union of its HEALPix cells. */
        MOC,
        /** A footprint column whose form is told by each value (text or numeric array). */
        BY_CONTENT
    }

    /**
     * The parser chosen for a column, and why (for a tooltip or a log line).
     *
     * @param form   how values are read
     * @param reason the metadata that decided, e.g. "xtype polygon" or "column name s_region"
     */
    public record FootprintParser(Form form, String reason) {

        /** The value's footprint; null for a null or blank value. */
        public Region parse(Object value) {
            if (value == null || value instanceof String s && s.isBlank()) {
                return null;
            }
            return switch (form) {
                case STC_S -> StcsRegionParser.parse(text(value));
                case DALI_POLYGON -> DaliRegions.polygon(numbers(value));
                case DALI_CIRCLE -> DaliRegions.circle(numbers(value));
                case DALI_POINT -> DaliRegions.point(numbers(value));
                case PG_SPHERE -> PgSphereParser.parse(text(value));
                case MOC -> MocRegions.parse(text(value));
                case BY_CONTENT -> FootprintParsers.parse(value);
            };
        }
    }

    private static final Set<String> FOOTPRINT_NAMES = Set.of("s_region", "pgs_region", "pgsphere_region");
    private static final Pattern MOC_TEXT = Pattern.compile("^[st]?\\d+/.*", Pattern.DOTALL);
    private static final Pattern NUMBERS_TEXT = Pattern.compile("^[-+.\\d].*", Pattern.DOTALL);

    private FootprintParsers() {
    }

    /**
     * The parser for a column with this metadata (any of which may be null), or empty when nothing
     * says the column holds footprints.
     */
    public static Optional<FootprintParser> forColumn(String name, String xtype, String ucd) {
        Form byXtype = xtype == null ? null : byXtype(xtype.trim().toLowerCase(Locale.ROOT));
        if (byXtype != null) {
            return Optional.of(new FootprintParser(byXtype, "xtype " + xtype.trim()));
        }
        if (ucd != null && ucd.trim().toLowerCase(Locale.ROOT).startsWith("pos.outline")) {
            return Optional.of(new FootprintParser(Form.BY_CONTENT, "UCD " + ucd.trim()));
        }
        if (name != null && FOOTPRINT_NAMES.contains(name.trim().toLowerCase(Locale.ROOT))) {
            return Optional.of(new FootprintParser(Form.BY_CONTENT, "column name " + name.trim()));
        }
        return Optional.empty();
    }

    private static Form byXtype(String xtype) {
        return switch (xtype) {
            case "polygon" -> Form.DALI_POLYGON;
            case "circle" -> Form.DALI_CIRCLE;
            case "point" -> Form.DALI_POINT;
            case "moc", "smoc", "stmoc" -> Form.MOC;
            case "stc-s", "stc", "stcs", "region" -> Form.STC_S;
            case "spoly", "scircle", "spoint", "sbox" -> Form.PG_SPHERE;
            // TAP 1.0 services mark STC-S geometry columns adql:REGION, adql:POINT, adql:POLYGON...
            default -> xtype.startsWith("adql:") ? Form.STC_S : null;
        };
    }

    /**
     * A footprint told from the value alone: numeric arrays are DALI (2 numbers a point, 3 a circle,
     * more a polygon); text is pgSphere when it starts with a bracket, MOC when it starts with
     * {@code order/}, DALI when it is only numbers, and STC-S otherwise. Null for null or blank.
     */
    public static Region parse(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Region r) {
            return r;
        }
        if (value instanceof String s) {
            String t = s.strip();
            if (t.isEmpty()) {
                return null;
            }
            if (PgSphereParser.looksLikePgSphere(t)) {
                return PgSphereParser.parse(t);
            }
            if (MOC_TEXT.matcher(t).matches()) {
                return MocRegions.parse(t);
            }
            if (NUMBERS_TEXT.matcher(t).matches()) {
                return daliByLength(DaliRegions.numbers(t));
            }
            return StcsRegionParser.parse(t);
        }
        return daliByLength(numbers(value));
    }

    private static Region daliByLength(double[] n) {
        return switch (n.length) {
            case 2 -> DaliRegions.point(n);
            case 3 -> DaliRegions.circle(n);
            default -> DaliRegions.polygon(n);
        };
    }

    private static String text(Object value) {
        if (value instanceof String s) {
            return s;
        }
        throw new RegionFormatException("a text footprint was expected, got " + value.getClass().getSimpleName());
    }

    /** The numbers of a DALI value as STIL reads it (double[] or float[]), or as text (CSV). */
    private static double[] numbers(Object value) {
        if (value instanceof double[] d) {
            return d;
        }
        if (value instanceof float[] f) {
            double[] d = new double[f.length];
            for (int i = 0; i < f.length; i++) {
                d[i] = f[i];
            }
            return d;
        }
        if (value instanceof String s) {
            return DaliRegions.numbers(s);
        }
        throw new RegionFormatException("a footprint cannot be read from a " + value.getClass().getSimpleName());
    }
}
