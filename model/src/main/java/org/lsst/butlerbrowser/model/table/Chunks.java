package org.lsst.butlerbrowser.model.table;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A growing array of fixed-width values (chars, ints, floats, longs, doubles) kept in 128 KB chunks.
 * Growing never copies what is there, so the heap in use never jumps to twice a column while a table
 * streams in; and a chunk is small enough never to be a "humongous" object for the G1 collector
 * (half a region, 512 KB at the smallest), which would take whole regions for itself.
 */
final class Chunks {

    private static final int CHUNK_BYTES = 1 << 17;

    private final int shift;     // log2 of the values per chunk
    private final int mask;
    private final int widthShift; // log2 of the value's width in bytes
    private ByteBuffer[] chunks = new ByteBuffer[0];
    private int size;

    /** @param width the bytes of one value: 2, 4 or 8 */
    Chunks(int width) {
        if (Integer.bitCount(width) != 1 || width > 8) {
            throw new IllegalArgumentException("width " + width);
        }
        widthShift = Integer.numberOfTrailingZeros(width);
        shift = Integer.numberOfTrailingZeros(CHUNK_BYTES) - widthShift;
        mask = (1 << shift) - 1;
    }

    int size() {
        return size;
    }

    /** The byte offset of a new value at the end, its chunk made when needed. */
    private int next() {
        int chunk = size >>> shift;
        if (chunk == chunks.length) {
            chunks = Arrays.copyOf(chunks, chunk + Math.max(8, chunk >> 1));
        }
        if (chunks[chunk] == null) {
            chunks[chunk] = ByteBuffer.allocate(CHUNK_BYTES);
        }
        return (size++ & mask) << widthShift;
    }

    private ByteBuffer chunk(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("value " + index + " of " + size);
        }
        return chunks[index >>> shift];
    }

    private int offset(int index) {
        return (index & mask) << widthShift;
    }

    void addChar(char v) {
        int at = next();
        chunks[(size - 1) >>> shift].putChar(at, v);
    }

    void addInt(int v) {
        int at = next();
        chunks[(size - 1) >>> shift].putInt(at, v);
    }

    void addFloat(float v) {
        int at = next();
        chunks[(size - 1) >>> shift].putFloat(at, v);
    }

    void addLong(long v) {
        int at = next();
        chunks[(size - 1) >>> shift].putLong(at, v);
    }

    void addDouble(double v) {
        int at = next();
        chunks[(size - 1) >>> shift].putDouble(at, v);
    }

    char getChar(int index) {
        return chunk(index).getChar(offset(index));
    }

    int getInt(int index) {
        return chunk(index).getInt(offset(index));
    }

    float getFloat(int index) {
        return chunk(index).getFloat(offset(index));
    }

    long getLong(int index) {
        return chunk(index).getLong(offset(index));
    }

    double getDouble(int index) {
        return chunk(index).getDouble(offset(index));
    }

    /** The last value is in: the last chunk shrinks to what it holds. */
    void trim() {
        int last = (size - 1) >>> shift;
        if (size > 0 && chunks[last].capacity() > offset(size - 1) + (1 << widthShift)) {
            int used = offset(size - 1) + (1 << widthShift);
            chunks[last] = ByteBuffer.wrap(Arrays.copyOf(chunks[last].array(), used));
        }
        chunks = Arrays.copyOf(chunks, size == 0 ? 0 : last + 1);
    }
}
