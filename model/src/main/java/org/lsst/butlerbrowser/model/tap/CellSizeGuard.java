package org.lsst.butlerbrowser.model.tap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lsst.butlerbrowser.model.text.UntrustedText;
import org.xml.sax.SAXException;

/**
 * Refuses a VOTable whose cells claim more values than can be held, before STIL allocates them:
 * STIL trusts a FIELD's or PARAM's {@code arraysize} and the element counts inside BINARY and
 * BINARY2 streams, and allocates the array before reading a single value, so a few hostile bytes
 * could ask for gigabytes. The guard sees the same SAX events first ({@link QueryStatusFilter}
 * passes them on), decodes the base64 stream as it goes by, walks the rows' layout to check every
 * variable-length count, and lets STIL see only stream text it has checked.
 */
final class CellSizeGuard {

    /** More values than any cell of a TAP result needs (a DALI polygon has tens). */
    static final long MAX_VALUES = 1_000_000;

    /** Thrown to stop reading a table whose cells would be too large, or whose binary layout is unknown. */
    static final class TooLarge extends SAXException {
        TooLarge(String message) {
            super(message);
        }
    }

    /** A column's cell layout in the binary serializations. */
    private record Column(String name, int bits, long fixedValues, boolean variable) {
        long bytes(long values) {
            return bits == 1 ? (values + 7) / 8 : values * (bits / 8);
        }
    }

    private final List<Column> columns = new ArrayList<>();
    /** A FIELD whose datatype is missing or unknown (null when all are known): its binary layout is unknown. */
    private String unknownType;

    // The stream being walked: base64 decoding state, then the position in the row layout.
    private boolean inStream;
    private int nullFlagBytes;
    private int sextets;
    private int quad;
    private long skip;
    private int column = -1;
    private int countBytes;
    private int count;
    /** Stream text not yet passed on, and how much of it has been decoded. */
    private final StringBuilder held = new StringBuilder();
    private char[] passOn = new char[0];
    private int scanned;

    /** A new TABLE: its FIELDs follow. */
    void startTable() {
        columns.clear();
        unknownType = null;
    }

    /** A FIELD of the current table, or a PARAM (which has no place in the rows). */
    void declare(String element, String name, String datatype, String arraysize) throws TooLarge {
        int bits = bits(datatype);
        long fixed = 1;
        boolean variable = false;
        if (arraysize != null && !arraysize.isBlank()) {
            String[] dims = arraysize.strip().split("x", -1);
            for (int i = 0; i < dims.length; i++) {
                String d = dims[i].strip();
                boolean last = i == dims.length - 1;
                if (last && d.endsWith("*")) {
                    variable = true;
                    d = d.substring(0, d.length() - 1);
                    if (d.isEmpty()) {
                        continue;
                    }
                }
                if (!d.matches("[0-9]{1,18}")) {
                    throw new TooLarge("its " + element + " " + quote(name) + " has arraysize=\"" + quote(arraysize)
                            + "\", which is not a VOTable array size");
                }
                fixed *= Long.parseLong(d);
                if (fixed > MAX_VALUES) {
                    throw new TooLarge("its " + element + " " + quote(name) + " declares arraysize=\"" + quote(arraysize)
                            + "\", more than " + MAX_VALUES + " values in each cell");
                }
            }
        }
        if (element.equals("FIELD")) {
            if (bits == 0 && unknownType == null) {
                unknownType = quote(name);
            }
            columns.add(new Column(name, bits, fixed, variable));
        }
    }

    /**
     * The start of an inline STREAM inside BINARY (no null flags) or BINARY2 (null flags before each
     * row). STIL decodes inline streams as MIME base64 whatever their encoding attribute says, so the
     * guard does too.
     */
    void startStream(boolean binary2) throws TooLarge {
        if (unknownType != null) {
            // STIL would guess a layout (and trust the counts it then reads); refuse instead.
            throw new TooLarge("its FIELD " + unknownType + " has no known datatype, so its binary rows cannot be read");
        }
        nullFlagBytes = binary2 ? (columns.size() + 7) / 8 : 0;
        // A row of no bytes at all (only empty fixed arrays) could not be walked.
        boolean rowHasBytes = nullFlagBytes > 0
                || columns.stream().anyMatch(c -> c.variable() || c.bytes(c.fixedValues()) > 0);
        inStream = rowHasBytes;
        sextets = 0;
        quad = 0;
        skip = 0;
        column = -1;
        countBytes = 0;
        held.setLength(0);
        scanned = 0;
    }

    /**
     * The end of the STREAM: the last, unpadded base64 group is checked as STIL's decoder will read
     * it. Returns the text held back so far, to pass on before the end of the element.
     */
    char[] endStream() throws TooLarge {
        if (inStream) {
            flushPartialGroup();
            inStream = false;
        }
        return release();
    }

    /** After a failed parse: the text held back is dropped, so STIL never sees unchecked bytes. */
    void abandonStream() {
        inStream = false;
        held.setLength(0);
        scanned = 0;
    }

    /**
     * Text of the STREAM: returns how much may be passed on to STIL now, the first that many characters
     * of {@link #passOn()}: everything up to the end of the last complete and checked base64 group; the
     * rest is held back until its group is complete. The buffer is reused from call to call (a new one
     * each time was a gigabyte of garbage per million ObsCore rows). As in the JDK's MIME decoder (which
     * STIL uses), characters outside the base64 alphabet are skipped and '=' ends the data. Holding back matters: when a failed parse ends the stream for
     * STIL, its decoder reads a last partial group too.
     */
    int characters(char[] ch, int start, int length) throws TooLarge {
        held.append(ch, start, length);
        int passable = inStream ? 0 : held.length();
        for (; inStream && scanned < held.length(); scanned++) {
            char c = held.charAt(scanned);
            if (c == '=') {
                flushPartialGroup();
                inStream = false;
                passable = held.length();
                break;
            }
            int v = sextet(c);
            if (v < 0) {
                continue;
            }
            quad = quad << 6 | v;
            if (++sextets == 4) {
                next((quad >> 16) & 0xff);
                next((quad >> 8) & 0xff);
                next(quad & 0xff);
                sextets = 0;
                quad = 0;
                passable = scanned + 1;
            }
        }
        if (passOn.length < passable) {
            passOn = new char[Math.max(passable, 2 * passOn.length)];
        }
        held.getChars(0, passable, passOn, 0);
        held.delete(0, passable);
        scanned = Math.max(0, scanned - passable);
        return passable;
    }

    /** What {@link #characters} said may be passed on, at its start. */
    char[] passOn() {
        return passOn;
    }

    /** The last one or two bytes of a group cut short by padding or by the end of the stream. */
    private void flushPartialGroup() throws TooLarge {
        if (sextets == 2) {
            next((quad >> 4) & 0xff);
        } else if (sextets == 3) {
            next((quad >> 10) & 0xff);
            next((quad >> 2) & 0xff);
        }
        sextets = 0;
        quad = 0;
    }

    private char[] release() {
        char[] out = held.toString().toCharArray();
        held.setLength(0);
        scanned = 0;
        return out;
    }

    /** One decoded byte of the rows. */
    private void next(int b) throws TooLarge {
        while (true) {
            if (skip > 0) {
                skip--;
                return;
            }
            if (column == -1) {
                column = 0;
                skip = nullFlagBytes;
                continue;
            }
            Column c = columns.get(column);
            if (!c.variable()) {
                skip = c.bytes(c.fixedValues());
                advance();
                continue;
            }
            count = count << 8 | b;
            if (++countBytes < 4) {
                return;
            }
            countBytes = 0;
            // The count is of values in the whole cell, whatever its shape (as STIL reads it).
            long values = count;
            if (count < 0 || values > MAX_VALUES) {
                throw new TooLarge("a cell of its column " + quote(c.name()) + " claims "
                        + Integer.toUnsignedString(count) + " values, more than " + MAX_VALUES);
            }
            skip = c.bytes(values);
            advance();
            return;
        }
    }

    private void advance() {
        column = column + 1 == columns.size() ? -1 : column + 1;
    }

    /** Bits per value of a VOTable datatype; 0 when unknown (STIL will say so). */
    private static int bits(String datatype) {
        String type = datatype == null || datatype.length() > 20 ? "" : datatype.strip().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "bit" -> 1;
            case "boolean", "unsignedbyte", "char" -> 8;
            case "short", "unicodechar" -> 16;
            case "int", "float" -> 32;
            case "long", "double", "floatcomplex" -> 64;
            case "doublecomplex" -> 128;
            default -> 0;
        };
    }

    private static int sextet(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        if (c == '+') {
            return 62;
        }
        return c == '/' ? 63 : -1;
    }

    private static String quote(String text) {
        return text == null ? "(unnamed)" : UntrustedText.quote(text, 60);
    }
}
