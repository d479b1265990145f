package org.lsst.butlerbrowser.model.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.lsst.butlerbrowser.model.testing.Fixtures;

/** Time literals read as daf_butler reads them: ISO in UTC by default, MJD in TAI, explicit overrides. */
class TimeLiteralTest {

    /** Visit 318's begin as daf_butler stored it, in TAI nanoseconds and TAI ISO. */
    private static JsonNode visit318Begin() {
        for (JsonNode element : Fixtures.expected("rc2-sqlite", "dimension_records.json").path("elements")) {
            if (element.path("element").asText().equals("visit")) {
                for (JsonNode r : element.path("records")) {
                    if (r.path("id").asLong() == 318) {
                        return r.path("timespan");
                    }
                }
            }
        }
        throw new AssertionError("visit 318 is in the fixture");
    }

    @Test
    void isoTextIsUtcUnlessMarkedTai() {
        JsonNode begin = visit318Begin();
        long tai = begin.path("begin_nsec").asLong();
        String taiIso = begin.path("begin_tai").asText(); // 2014-03-25T09:34:19.634000000
        assertEquals(tai, TimeLiteral.parse(taiIso + "/tai"));
        assertEquals(tai, TimeLiteral.parse("isot/" + taiIso + "/tai"));
        // in 2014 TAI - UTC = 35 s, so the same instant in UTC reads 35 s earlier
        String utc = TaiTime.toUtcIso(tai);
        assertEquals(tai, TimeLiteral.parse(utc));
        assertEquals(tai, TimeLiteral.parse(utc.replace('T', ' ')));
        assertEquals(tai - tai % 1_000_000_000L, TimeLiteral.parse(taiIso.substring(0, 19) + "/tai"));
    }

    @Test
    void numbersAreTaiMjdByDefault() {
        long tai = visit318Begin().path("begin_nsec").asLong();
        double mjdTai = 40587.0 + tai / 86_400e9;
        assertEquals(tai, TimeLiteral.parse(Double.toString(mjdTai)), 1_000_000.0);
        assertEquals(tai, TimeLiteral.parse("mjd/" + mjdTai), 1_000_000.0);
        assertEquals(TimeLiteral.parse("58938.515"), TimeLiteral.parse("mjd/58938.515/tai"));
        assertEquals(TimeLiteral.parse("58938.515") + 37_000_000_000L, TimeLiteral.parse("58938.515/utc"), 1_000.0);
    }

    @Test
    void unreadableLiteralsSayWhy() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TimeLiteral.parse("yesterday"));
        assertTrue(e.getMessage().contains("yesterday"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TimeLiteral.parse("2014-13-45"));
        assertThrows(IllegalArgumentException.class, () -> TimeLiteral.parse("58938.5/tcb"));
    }
}
