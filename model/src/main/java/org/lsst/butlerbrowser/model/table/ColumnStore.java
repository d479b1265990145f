package org.lsst.butlerbrowser.model.table;

import java.util.Arrays;
import java.util.BitSet;
import uk.ac.starlink.table.ColumnData;
import uk.ac.starlink.table.ColumnInfo;

/**
 * The values of one column of a {@link ResultTable}, appended row by row and kept at the column's
 * own width in {@link Chunks}: 8 bytes for longs and doubles, 4 for ints, shorts, bytes and floats
 * (each with a null mask), {@link CompactStrings} for text; everything else (arrays, booleans) is an
 * {@code Object[]}. A million rows of a numeric column cost 4 or 8 MB instead of a boxed object each,
 * and growing never copies them. Values come back boxed as the type STIL declared.
 */
abstract class ColumnStore extends ColumnData {

    private static final int INITIAL_CAPACITY = 1024;

    int size;

    ColumnStore(ColumnInfo info) {
        super(info);
    }

    static ColumnStore forColumn(ColumnInfo info) {
        Class<?> type = info.getContentClass();
        if (type == Long.class) {
            return new Longs(info);
        }
        if (type == Integer.class || type == Short.class || type == Byte.class) {
            return new Ints(info);
        }
        if (type == Double.class) {
            return new Doubles(info);
        }
        if (type == Float.class) {
            return new Floats(info);
        }
        if (type == String.class) {
            return new Texts(info);
        }
        return new Objects(info);
    }

    abstract void append(Object value);

    abstract Object get(int row);

    /** Called once the last row is in: gives back the room kept for rows that did not come. */
    abstract void trim();

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

    /** A numeric column: its values in {@link Chunks} of the column's width, nulls a bit mask. */
    private abstract static class Numbers extends ColumnStore {
        final BitSet nulls = new BitSet();
        final Chunks values;

        Numbers(ColumnInfo info, int width) {
            super(info);
            values = new Chunks(width);
        }

        abstract void add(Number value);

        @Override
        final void append(Object value) {
            if (value == null) {
                nulls.set(size);
                add(0);
            } else {
                add((Number) value);
            }
            size++;
        }

        @Override
        final void trim() {
            values.trim();
        }
    }

    private static final class Longs extends Numbers {
        Longs(ColumnInfo info) {
            super(info, 8);
        }

        @Override
        void add(Number value) {
            values.addLong(value.longValue());
        }

        @Override
        Object get(int row) {
            long v = values.getLong(row);
            return nulls.get(row) ? null : v;
        }
    }

    private static final class Ints extends Numbers {
        private final Class<?> type;

        Ints(ColumnInfo info) {
            super(info, 4);
            type = info.getContentClass();
        }

        @Override
        void add(Number value) {
            values.addInt(value.intValue());
        }

        @Override
        Object get(int row) {
            int v = values.getInt(row);
            if (nulls.get(row)) {
                return null;
            }
            if (type == Short.class) {
                return (short) v;
            }
            return type == Byte.class ? (Object) (byte) v : (Object) v;
        }
    }

    private static final class Doubles extends Numbers {
        Doubles(ColumnInfo info) {
            super(info, 8);
        }

        @Override
        void add(Number value) {
            values.addDouble(value.doubleValue());
        }

        @Override
        Object get(int row) {
            double v = values.getDouble(row);
            return nulls.get(row) ? null : v;
        }
    }

    private static final class Floats extends Numbers {
        Floats(ColumnInfo info) {
            super(info, 4);
        }

        @Override
        void add(Number value) {
            values.addFloat(value.floatValue());
        }

        @Override
        Object get(int row) {
            float v = values.getFloat(row);
            return nulls.get(row) ? null : v;
        }
    }

    private static final class Texts extends ColumnStore {
        private final CompactStrings values = new CompactStrings();

        Texts(ColumnInfo info) {
            super(info);
        }

        @Override
        void append(Object value) {
            values.add(value == null ? null : value.toString());
            size++;
        }

        @Override
        Object get(int row) {
            return values.get(row);
        }

        @Override
        void trim() {
            values.trim();
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

        @Override
        void trim() {
            if (values.length > size) {
                values = Arrays.copyOf(values, size);
            }
        }
    }
}
