package org.lsst.butlerbrowser.views;

import java.util.Comparator;

/**
 * The order of the values in a table's cells when a column is sorted: numbers by value whatever
 * their type, other values of one class in their natural order, anything else by its text, and
 * empty cells last. Tables that sort their own rows and owners that sort for a table use this one.
 */
public final class CellOrder {

    public static final Comparator<Object> VALUES = Comparator.nullsLast(CellOrder::compare);

    private CellOrder() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a instanceof Comparable c && a.getClass() == b.getClass()) {
            return c.compareTo(b);
        }
        return a.toString().compareTo(b.toString());
    }
}
