package org.lsst.butlerbrowser.model.table;

import java.util.HexFormat;
import java.util.Set;
import org.lsst.butlerbrowser.model.region.ConvexPolygon;
import org.lsst.butlerbrowser.model.region.StcsFormatter;
import org.lsst.butlerbrowser.model.time.Timespan;

/**
 * Turns the Java values a {@link TableRows} holds into values every STIL writer accepts: numbers
 * and booleans stay as they are, everything else becomes text.
 *
 * <ul>
 *   <li>A {@link ConvexPolygon} becomes its STC-S text, "POLYGON ICRS ra1 dec1 ...", exactly as
 *       ObsCore's {@code s_region} holds it: every format carries text and TOPCAT reads STC-S,
 *       whereas a DALI polygon (a double array) would not fit CSV. Other region kinds, which have
 *       no s_region in daf_butler either, are written as the model prints them ({@code toString()}).</li>
 *   <li>A {@link Timespan} becomes an ISO 8601 interval of TAI times with nine decimals,
 *       "begin/end", with ".." for an unbounded side and "empty" for the empty timespan.</li>
 *   <li>A byte array (a skymap hash) becomes hexadecimal; anything else its {@code toString()}.</li>
 * </ul>
 */
final class CellValues {

    private static final Set<Class<?>> KEPT = Set.of(String.class, Boolean.class, Byte.class, Short.class,
            Integer.class, Long.class, Float.class, Double.class);

    private CellValues() {
    }

    /** The class a column's cells are written as: its own for numbers, booleans and text, else String. */
    static Class<?> exportedClass(Class<?> declared) {
        return KEPT.contains(declared) ? declared : String.class;
    }

    /**
     * The cell as {@code target} (from {@link #exportedClass}); numbers of another width are
     * converted.
     *
     * @throws IllegalArgumentException when a value cannot be a {@code target}, e.g. text in a Long column
     */
    static Object convert(Object value, Class<?> target, String column) {
        if (value == null || target.isInstance(value)) {
            return value;
        }
        if (target == String.class) {
            return text(value);
        }
        if (value instanceof Number n) {
            if (target == Long.class) {
                return n.longValue();
            } else if (target == Integer.class) {
                return n.intValue();
            } else if (target == Short.class) {
                return n.shortValue();
            } else if (target == Byte.class) {
                return n.byteValue();
            } else if (target == Double.class) {
                return n.doubleValue();
            } else if (target == Float.class) {
                return n.floatValue();
            }
        }
        throw new IllegalArgumentException("column " + column + " holds " + target.getSimpleName()
                + " values but one row has a " + value.getClass().getSimpleName() + " (" + value + ")");
    }

    static String text(Object value) {
        if (value instanceof ConvexPolygon polygon) {
            return StcsFormatter.polygon(polygon);
        } else if (value instanceof Timespan timespan) {
            return interval(timespan);
        } else if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        return value.toString();
    }

    private static String interval(Timespan t) {
        if (t.isEmpty()) {
            return "empty";
        }
        String begin = t.beginTaiIso();
        String end = t.endTaiIso();
        return (begin == null ? ".." : begin) + "/" + (end == null ? ".." : end);
    }
}
