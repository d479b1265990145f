package org.lsst.butlerbrowser.model.tap;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Refuses a FITS result whose table rows are too wide to hold, before STIL allocates a row buffer of
 * the width the header declares (NAXIS1). Reads the primary header and, when the primary HDU holds
 * no data (as in every TAP result), the first extension's header, then rewinds the stream.
 */
final class FitsRowGuard {

    /** Far wider than any TAP result row: a million doubles. */
    static final long MAX_ROW_BYTES = 8L << 20;
    private static final int BLOCK = 2880;
    private static final int CARD = 80;
    /** Headers longer than this are left to STIL: the guard only needs the usual short ones. */
    private static final int MAX_HEADER_BLOCKS = 32;

    private FitsRowGuard() {
    }

    /** The width of the first table's rows, or -1 when the headers do not say it within reach. */
    static long rowBytes(BufferedInputStream in) throws IOException {
        in.mark(2 * MAX_HEADER_BLOCKS * BLOCK + 1);
        try {
            Header primary = Header.read(in);
            if (primary == null || primary.value("NAXIS") != 0) {
                return -1;
            }
            Header extension = Header.read(in);
            return extension == null ? -1 : extension.value("NAXIS1");
        } finally {
            in.reset();
        }
    }

    /** The integer values of one header's cards that the guard needs. */
    private record Header(long naxis, long naxis1) {
        long value(String keyword) {
            return keyword.equals("NAXIS") ? naxis : naxis1;
        }

        static Header read(BufferedInputStream in) throws IOException {
            long naxis = -1;
            long naxis1 = -1;
            for (int block = 0; block < MAX_HEADER_BLOCKS; block++) {
                byte[] bytes = in.readNBytes(BLOCK);
                if (bytes.length < BLOCK) {
                    return null;
                }
                for (int c = 0; c < BLOCK; c += CARD) {
                    String card = new String(bytes, c, CARD, StandardCharsets.US_ASCII);
                    String keyword = card.substring(0, 8).strip();
                    if (keyword.equals("END")) {
                        return new Header(naxis, naxis1);
                    }
                    if (keyword.equals("NAXIS")) {
                        naxis = integer(card);
                    } else if (keyword.equals("NAXIS1")) {
                        naxis1 = integer(card);
                    }
                }
            }
            return null;
        }

        /** A card's integer value; huge or unreadable values count as huge (-1 would let them through). */
        private static long integer(String card) {
            if (card.length() < 10 || card.charAt(8) != '=') {
                return -1;
            }
            String value = card.substring(10).split("/", 2)[0].strip();
            if (!value.matches("[+-]?[0-9]+")) {
                return -1;
            }
            return value.length() > 18 ? Long.MAX_VALUE : Long.parseLong(value);
        }
    }
}
