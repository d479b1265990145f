package org.lsst.butlerbrowser.model.registry;

import java.util.HashMap;
import java.util.Map;

/**
 * One copy of each value a query's rows repeat, instead of a new object per row from the driver: texts
 * (instrument, band, physical filter: a few values over a million rows) and whole numbers (a visit's id
 * in the rows of each of its detectors, a day_obs). Rows a query keeps are copied by every young
 * collection while they are read; a number boxed per row was a quarter of the objects of the scale
 * registry's 600,000 calexps. Only the first {@value #MAX} different values are kept, so that a column
 * of unique values costs no more than a lookup and a bounded map.
 */
final class RepeatedValues {

    static final int MAX = 65_536;

    private final Map<Object, Object> seen = new HashMap<>();

    /** The one copy of {@code value} (null stays null). */
    @SuppressWarnings("unchecked")
    <T> T of(T value) {
        if (value == null) {
            return null;
        }
        Object kept = seen.get(value);
        if (kept != null) {
            return (T) kept;
        }
        if (seen.size() < MAX) {
            seen.put(value, value);
        }
        return value;
    }
}
