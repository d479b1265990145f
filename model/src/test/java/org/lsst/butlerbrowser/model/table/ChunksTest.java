package org.lsst.butlerbrowser.model.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Values of every width come back as they went in, across chunk boundaries and after trimming. */
class ChunksTest {

    private static final int N = 200_003; // several chunks of each width, the last one partial

    @Test
    void everyWidthKeepsItsValuesAcrossChunksAndAfterTrimming() {
        long[] longs = new Random(7).longs(N).toArray();
        Chunks l = new Chunks(8);
        Chunks d = new Chunks(8);
        Chunks i = new Chunks(4);
        Chunks f = new Chunks(4);
        Chunks c = new Chunks(2);
        for (long v : longs) {
            l.addLong(v);
            d.addDouble(Double.longBitsToDouble(v));
            i.addInt((int) v);
            f.addFloat(Float.intBitsToFloat((int) v));
            c.addChar((char) v);
        }
        for (int pass = 0; pass < 2; pass++) {
            for (int k = 0; k < N; k++) {
                long v = longs[k];
                assertEquals(v, l.getLong(k));
                assertEquals(Double.doubleToRawLongBits(Double.longBitsToDouble(v)), Double.doubleToRawLongBits(d.getDouble(k)));
                assertEquals((int) v, i.getInt(k));
                assertEquals(Float.floatToRawIntBits(Float.intBitsToFloat((int) v)), Float.floatToRawIntBits(f.getFloat(k)));
                assertEquals((char) v, c.getChar(k));
            }
            for (Chunks chunks : new Chunks[] {l, d, i, f, c}) {
                assertEquals(N, chunks.size());
                chunks.trim();
            }
        }
        assertThrows(IndexOutOfBoundsException.class, () -> l.getLong(N));
    }
}
