package org.lsst.butlerbrowser.model.table;

import java.util.Arrays;
import java.util.BitSet;
import uk.ac.starlink.table.ColumnData;
import uk.ac.starlink.table.ColumnInfo;

/**
 * The values of one column of a {@link ResultTable}, appended row by row. Integers are held in a
 * {@code long[]} and floating-point numbers in a {@code double[]} (with a null mask), so a million
 * rows cost 8 MB a column instead of a boxed object each; everything else (strings, arrays,
 * booleans) is an {@code Object[]}. Values come back boxed as the type STIL declared.
 */
abstract class ColumnStore extends ColumnData {

    private static final int INITIAL_CAPACITY = 1024;

    int size;

    ColumnStore(ColumnInfo info) {
        super(info);
    }

    static ColumnStore forColumn(ColumnInfo info) {
        Class<?> type = info.getContentClass();
        if (type == Long.class || type == Integer.class || type == Short.class || type == Byte.class) {
            return new Integers(info);
        }
        if (type == Double.class || type == Float.class) {
            return new Reals(info);
        }
        return new Objects(info);
    }

    abstract void append(Object value);

    abstract Object get(int row);

    @Override
    public Object readValue(long row) {
        return get(Math.toIntExact(row));
    }

    static int grown(int capacity, int needed) {
        if (needed <= capacity) {
            return capacity;
        }
        long next = Math.max(INITIAL_CAPACITY, capacity + (capacity >> 1));
        return (int) Math.min(Math.max(next, needed), Integer.MAX_VALUE - 8);
    }

    private static final class Integers extends ColumnStore {
        private final Class<?> type;
        private long[] values = new long[0];
        private final BitSet nulls = new BitSet();

        Integers(ColumnInfo info) {
            super(info);
            type = info.getContentClass();
        }

        @Override
        void append(Object value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, grown(values.length, size + 1));
            }
            if (value == null) {
                nulls.set(size);
            } else {
                values[size] = ((Number) value).longValue();
            }
            size++;
        }

        @Override
        Object get(int row) {
            if (nulls.get(row)) {
                return null;
            }
            long v = values[row];
            if (type == Integer.class) {
                return (int) v;
            }
            if (type == Short.class) {
                return (short) v;
            }
            return type == Byte.class ? (Object) (byte) v : (Object) v;
        }
    }

    private static final class Reals extends ColumnStore {
        private final boolean isFloat;
        private double[] values = new double[0];
        private final BitSet nulls = new BitSet();

        Reals(ColumnInfo info) {
            super(info);
            isFloat = info.getContentClass() == Float.class;
        }

        @Override
        void append(Object value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, grown(values.length, size + 1));
            }
            if (value == null) {
                nulls.set(size);
                values[size] = Double.NaN;
            } else {
                values[size] = ((Number) value).doubleValue();
            }
            size++;
        }

        @Override
        Object get(int row) {
            if (nulls.get(row)) {
                return null;
            }
            // A float widened to double and narrowed back is the same float.
            return isFloat ? (Object) (float) values[row] : (Object) values[row];
        }
    }

    private static final class Objects extends ColumnStore {
        private Object[] values = new Object[0];

        Objects(ColumnInfo info) {
            super(info);
        }

        @Override
        void append(Object value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, grown(values.length, size + 1));
            }
            values[size++] = value;
        }

        @Override
        Object get(int row) {
            return values[row];
        }
    }
}
