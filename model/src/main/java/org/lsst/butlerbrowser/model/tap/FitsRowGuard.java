package org.lsst.butlerbrowser.model.tap;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses a FITS result whose table rows are too wide to hold, before STIL allocates a row buffer of
 * the width the header declares (NAXIS1). A TAP result is an empty primary HDU followed by a table:
 * the guard reads those two headers, then rewinds the stream. Headers it cannot read within reach,
 * or a primary HDU that holds data, are refused too, since STIL would read on past them unguarded.
 */
final class FitsRowGuard {

    /** Far wider than any TAP result row: a million doubles. */
    static final long MAX_ROW_BYTES = 8L << 20;
    private static final int BLOCK = 2880;
    private static final int CARD = 80;
    private static final int MAX_HEADER_BLOCKS = 32;
    /** The leading integer of a card's value, as lenient as STIL's reading of it. */
    private static final Pattern LEADING_INTEGER = Pattern.compile("^\\s*([+-]?\\d{1,18})(\\d*)");

    private FitsRowGuard() {
    }

    /** Why the result cannot be read safely, or null when its table's rows are of a size that can be held. */
    static String problem(BufferedInputStream in) throws IOException {
        in.mark(2 * MAX_HEADER_BLOCKS * BLOCK + 1);
        try {
            Long primaryAxes = value(in, "NAXIS");
            if (primaryAxes == null || primaryAxes != 0) {
                return primaryAxes == null ? "its primary header cannot be read within " + MAX_HEADER_BLOCKS + " blocks"
                        : "its primary HDU holds data (NAXIS = " + primaryAxes + "), not only a table";
            }
            Long rowBytes = value(in, "NAXIS1");
            if (rowBytes == null || rowBytes < 0) {
                return "its table header states no readable row width (NAXIS1) within " + MAX_HEADER_BLOCKS + " blocks";
            }
            return rowBytes > MAX_ROW_BYTES ? "its table rows are " + rowBytes + " bytes wide (NAXIS1), more than "
                    + MAX_ROW_BYTES : null;
        } finally {
            in.reset();
        }
    }

    /**
     * Reads one header to its END card and returns the integer value of the keyword (Long.MAX_VALUE
     * for more than 18 digits), or null when the header does not end in reach or lacks the keyword.
     */
    private static Long value(BufferedInputStream in, String keyword) throws IOException {
        Long value = null;
        for (int block = 0; block < MAX_HEADER_BLOCKS; block++) {
            byte[] bytes = in.readNBytes(BLOCK);
            if (bytes.length < BLOCK) {
                return null;
            }
            for (int c = 0; c < BLOCK; c += CARD) {
                String card = new String(bytes, c, CARD, StandardCharsets.US_ASCII);
                String name = card.substring(0, 8).strip();
                if (name.equals("END")) {
                    return value;
                }
                if (name.equals(keyword) && card.charAt(8) == '=') {
                    Matcher m = LEADING_INTEGER.matcher(card.substring(10));
                    value = !m.find() ? Long.valueOf(-1) : m.group(2).isEmpty() ? Long.valueOf(m.group(1)) : Long.MAX_VALUE;
                }
            }
        }
        return null;
    }
}
