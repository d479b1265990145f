package org.lsst.butlerbrowser.views.sky;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What colours a layer by a column: the column's value for each footprint, the distinct values in
 * a stable order (numbers by value, text alphabetically, with the bands ugrizy in their own order),
 * and each footprint's value as an index into that list. The legend lists the values with their
 * colours from {@link SkyPalette#category}.
 */
public final class FootprintCategories {

    private static final List<String> BANDS = List.of("u", "g", "r", "i", "z", "y");

    private final String column;
    private final List<Object> values;
    private final int[] codes;

    private FootprintCategories(String column, List<Object> values, int[] codes) {
        this.column = column;
        this.values = List.copyOf(values);
        this.codes = codes;
    }

    /**
     * @param column the column's name, for the legend
     * @param valuePerFootprint one value per footprint of the layer (null for none)
     */
    public static FootprintCategories of(String column, List<?> valuePerFootprint) {
        Map<Object, Integer> seen = new HashMap<>();
        List<Object> distinct = new ArrayList<>();
        for (Object v : valuePerFootprint) {
            if (v != null && seen.putIfAbsent(v, 0) == null) {
                distinct.add(v);
            }
        }
        distinct.sort(ORDER);
        for (int i = 0; i < distinct.size(); i++) {
            seen.put(distinct.get(i), i);
        }
        int[] codes = new int[valuePerFootprint.size()];
        for (int i = 0; i < codes.length; i++) {
            Object v = valuePerFootprint.get(i);
            codes[i] = v == null ? -1 : seen.get(v);
        }
        return new FootprintCategories(column, distinct, codes);
    }

    private static final Comparator<Object> ORDER = (a, b) -> {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        String s = String.valueOf(a);
        String t = String.valueOf(b);
        int i = BANDS.indexOf(s);
        int j = BANDS.indexOf(t);
        if (i >= 0 && j >= 0) {
            return Integer.compare(i, j);
        }
        return s.compareTo(t);
    };

    public String column() {
        return column;
    }

    /** The distinct values, in legend order. */
    public List<Object> values() {
        return values;
    }

    /** The footprint's value as an index into {@link #values()}, or −1 when it has none. */
    public int code(int footprint) {
        return codes[footprint];
    }

    /** How many footprints these categories were made for. */
    public int size() {
        return codes.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FootprintCategories c && c.column.equals(column) && c.values.equals(values)
                && java.util.Arrays.equals(c.codes, codes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(column, values);
    }
}
