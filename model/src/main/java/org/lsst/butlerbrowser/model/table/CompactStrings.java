package org.lsst.butlerbrowser.model.table;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A column of strings kept small enough that a million ObsCore rows fit in a few hundred megabytes.
 * A {@link String} costs about 40 bytes beyond its characters, and a table holds millions, so:
 *
 * <ul>
 *   <li>While a column has at most {@value #DICTIONARY_LIMIT} distinct values (a band, a collection,
 *       a product type) each row holds a 2-byte code into a list of the values.</li>
 *   <li>Beyond that, each value is stored as UTF-8 bytes in 256 KB blocks, less the prefix it shares
 *       with the value before it ({@code ivo://…&id=}, {@code POLYGON ICRS }, a URL's path), which is
 *       kept once in a table of prefixes: a row then costs its own characters plus 7 bytes.</li>
 * </ul>
 *
 * Reading a value back is constant time (a prefix and one decode); blocks are never copied while the
 * column grows, so the memory in use never jumps to twice the column.
 */
final class CompactStrings {

    static final int DICTIONARY_LIMIT = 4096;
    private static final int MIN_PREFIX = 4;
    private static final int MAX_PREFIX = 160;
    private static final int MAX_PREFIXES = Character.MAX_VALUE; // prefix codes are chars, 0 meaning none
    private static final int BLOCK_BITS = 18; // 256 KB: never a humongous object for G1 (see Chunks)
    private static final int BLOCK_SIZE = 1 << BLOCK_BITS;
    private static final int NULL = -1;

    private int size;

    // dictionary form: codes[row] = 0 for null, else index + 1 into values
    private Map<String, Integer> valueCodes = new HashMap<>();
    private List<String> values = new ArrayList<>();
    private Chunks codes = new Chunks(2);

    // block form (null while the dictionary form holds)
    private Map<String, Integer> prefixCodes;
    private List<String> prefixes;
    private Chunks prefixOf;
    private Chunks position; // block index << BLOCK_BITS | offset, or NULL
    private List<byte[]> blocks;
    private int blockUsed;
    private String previous = "";

    int size() {
        return size;
    }

    void add(String value) {
        if (prefixes == null) {
            if (addCode(value)) {
                return;
            }
            toBlocks();
        }
        addBytes(value);
    }

    String get(int row) {
        if (row < 0 || row >= size) {
            throw new IndexOutOfBoundsException("row " + row + " of " + size);
        }
        if (prefixes == null) {
            char code = codes.getChar(row);
            return code == 0 ? null : values.get(code - 1);
        }
        int at = position.getInt(row);
        if (at == NULL) {
            return null;
        }
        byte[] block = blocks.get(at >>> BLOCK_BITS);
        int offset = at & (BLOCK_SIZE - 1);
        int length = 0;
        int shift = 0;
        byte b;
        do {
            b = block[offset++];
            length |= (b & 0x7f) << shift;
            shift += 7;
        } while (b < 0);
        String suffix = new String(block, offset, length, StandardCharsets.UTF_8);
        char prefix = prefixOf.getChar(row);
        return prefix == 0 ? suffix : prefixes.get(prefix - 1).concat(suffix);
    }

    /** The last row is in: the look-up maps that only adding needs go, and the arrays shrink to the rows. */
    void trim() {
        if (prefixes == null) {
            codes.trim();
        } else {
            position.trim();
            prefixOf.trim();
            prefixCodes = null;
        }
        valueCodes = null;
        previous = null;
    }

    /** Adds the value as a dictionary code; false when the dictionary is full and the column must change form. */
    private boolean addCode(String value) {
        int code = 0;
        if (value != null) {
            Integer known = valueCodes.get(value);
            if (known == null) {
                if (values.size() == DICTIONARY_LIMIT) {
                    return false;
                }
                values.add(value);
                known = values.size();
                valueCodes.put(value, known);
            }
            code = known;
        }
        codes.addChar((char) code);
        size++;
        return true;
    }

    /** Moves the rows so far from codes to blocks; the dictionary is dropped. */
    private void toBlocks() {
        int rows = size;
        Chunks oldCodes = codes;
        List<String> oldValues = values;
        prefixCodes = new HashMap<>();
        prefixes = new ArrayList<>();
        prefixOf = new Chunks(2);
        position = new Chunks(4);
        blocks = new ArrayList<>();
        blockUsed = BLOCK_SIZE; // the first value opens a block
        valueCodes = null;
        values = null;
        codes = null;
        size = 0;
        for (int r = 0; r < rows; r++) {
            char code = oldCodes.getChar(r);
            addBytes(code == 0 ? null : oldValues.get(code - 1));
        }
    }

    private void addBytes(String value) {
        if (value == null) {
            position.addInt(NULL);
            prefixOf.addChar((char) 0);
            size++;
            return;
        }
        char prefix = prefixCode(value);
        int skip = prefix == 0 ? 0 : prefixes.get(prefix - 1).length();
        byte[] suffix = value.substring(skip).getBytes(StandardCharsets.UTF_8);
        int needed = suffix.length + 5;
        if (blockUsed + needed > BLOCK_SIZE) {
            blocks.add(new byte[Math.max(BLOCK_SIZE, needed)]);
            blockUsed = 0;
        }
        if (blocks.size() > (1 << (31 - BLOCK_BITS))) {
            throw new IllegalStateException("more text in one column than a table can hold in memory");
        }
        byte[] block = blocks.get(blocks.size() - 1);
        position.addInt((blocks.size() - 1) << BLOCK_BITS | blockUsed);
        int length = suffix.length;
        while (length >= 0x80) {
            block[blockUsed++] = (byte) (length & 0x7f | 0x80);
            length >>>= 7;
        }
        block[blockUsed++] = (byte) length;
        System.arraycopy(suffix, 0, block, blockUsed, suffix.length);
        blockUsed += suffix.length;
        prefixOf.addChar(prefix);
        size++;
        previous = value;
    }

    /** The code of the prefix this value shares with the one before it, or 0 when it is short or the table is full. */
    private char prefixCode(String value) {
        int limit = Math.min(Math.min(value.length(), previous.length()), MAX_PREFIX);
        int shared = 0;
        while (shared < limit && value.charAt(shared) == previous.charAt(shared)) {
            shared++;
        }
        if (shared > 0 && Character.isHighSurrogate(value.charAt(shared - 1))) {
            shared--; // never split a character: the suffix must encode on its own
        }
        if (shared < MIN_PREFIX) {
            return 0;
        }
        String prefix = value.substring(0, shared);
        Integer code = prefixCodes.get(prefix);
        if (code == null) {
            if (prefixes.size() == MAX_PREFIXES - 1) {
                return 0;
            }
            prefixes.add(prefix);
            code = prefixes.size();
            prefixCodes.put(prefix, code);
        }
        return (char) code.intValue();
    }
}
