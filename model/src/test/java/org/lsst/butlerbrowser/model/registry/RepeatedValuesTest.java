package org.lsst.butlerbrowser.model.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class RepeatedValuesTest {

    @Test
    void aTextOrNumberRepeatedInLaterRowsIsTheFirstRowsCopy() {
        RepeatedValues repeated = new RepeatedValues();
        String band = repeated.of(new String("r"));
        Long visit = repeated.of(Long.valueOf(903_334L));

        assertSame(band, repeated.of(new String("r")));
        assertSame(visit, repeated.of(Long.valueOf(903_334L)));
        assertNull(repeated.of(null));
    }

    @Test
    void aNumberAndATextOfTheSameDigitsStayApart() {
        RepeatedValues repeated = new RepeatedValues();
        repeated.of(Long.valueOf(1000L));

        assertEquals("1000", repeated.of("1000"));
        assertEquals(1000L, repeated.of(Long.valueOf(1000L)));
    }

    @Test
    void onlyTheFirstValuesUpToTheBoundAreKept() {
        RepeatedValues repeated = new RepeatedValues();
        for (long v = 0; v < RepeatedValues.MAX; v++) {
            repeated.of(Long.valueOf(1_000_000 + v));
        }
        Long beyond = Long.valueOf(5_000_000L);

        assertSame(beyond, repeated.of(beyond), "returned as it is");
        assertNotSame(beyond, repeated.of(Long.valueOf(5_000_000L)), "and not kept");
    }
}
