package org.lsst.butlerbrowser.model.time;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Timespan and TaiTime behaviour beyond what the fixtures exercise. */
class TimespanTest {

    private static final long B = 1395740059634000000L; // 2014-03-25T09:34:19.634 TAI
    private static final long E = 1395740301595000000L; // 2014-03-25T09:38:21.595 TAI

    @Test
    void sqliteSentinelsMeanUnboundedAndBothNullMeansNoTimespan() {
        assertNull(Timespan.fromSqlite(null, null));
        assertEquals(Timespan.UNBOUNDED, Timespan.fromSqlite(0L, TaiTime.MAX_NSEC));
        Timespan open = Timespan.fromSqlite(1412121600000000000L, TaiTime.MAX_NSEC);
        assertEquals(1412121600000000000L, open.beginNsec());
        assertNull(open.endNsec());
        assertEquals("2014-10-01T00:00:00.000000000", open.beginTaiIso());
        assertNull(open.endTaiIso());
        assertThrows(IllegalArgumentException.class, () -> Timespan.fromSqlite(B, null));
        assertArrayEquals(new long[] {0L, TaiTime.MAX_NSEC}, Timespan.UNBOUNDED.toSqlite());
    }

    @Test
    void emptyTimespansAreAllTheSame() {
        assertTrue(Timespan.fromSqlite(TaiTime.MAX_NSEC, 0L).isEmpty());
        assertEquals(Timespan.EMPTY, Timespan.fromSqlite(E, B));
        assertEquals(Timespan.EMPTY, Timespan.fromSqlite(B, B));
        assertEquals(Timespan.EMPTY, Timespan.fromPostgresRange("empty"));
        assertEquals(Timespan.EMPTY, Timespan.fromPostgresRange("[5,5)"));
        assertEquals("(empty)", Timespan.EMPTY.toCliString());
        assertEquals("empty", Timespan.EMPTY.toPostgresRange());
        assertNull(Timespan.EMPTY.beginTaiIso());
        assertFalse(Timespan.EMPTY.contains(B));
        assertFalse(Timespan.EMPTY.overlaps(Timespan.UNBOUNDED));
        assertFalse(Timespan.EMPTY.overlaps(Timespan.EMPTY));
    }

    @Test
    void parsesPostgresRangeTextInEveryForm() {
        assertNull(Timespan.fromPostgresRange(null));
        assertEquals(new Timespan(B, E), Timespan.fromPostgresRange("[" + B + "," + E + ")"));
        assertEquals(Timespan.UNBOUNDED, Timespan.fromPostgresRange("(,)"));
        assertEquals(new Timespan(B, null), Timespan.fromPostgresRange("[" + B + ",)"));
        assertEquals(new Timespan(null, E), Timespan.fromPostgresRange("(," + E + ")"));
        // Non-canonical input forms: exclusive lower and inclusive upper shift by one nanosecond.
        assertEquals(new Timespan(B + 1, E + 1), Timespan.fromPostgresRange("(" + B + "," + E + "]"));
        assertEquals(new Timespan(B, E + 1), Timespan.fromPostgresRange("[" + B + "," + E + "]"));
        assertEquals(new Timespan(B, E), Timespan.fromPostgresRange(" [\"" + B + "\", \"" + E + "\") "));
        assertEquals(Timespan.EMPTY, Timespan.fromPostgresRange("EMPTY"));
        for (String bad : new String[] {"", "[1,2", "1,2)", "[1;2)", "[a,2)", "[1,2,3)", "(" + Long.MAX_VALUE + ",)"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Timespan.fromPostgresRange(bad));
            assertTrue(e.getMessage().contains("int8range"), e.getMessage());
        }
        assertEquals("[" + B + "," + E + ")", new Timespan(B, E).toPostgresRange());
        assertEquals("(,)", Timespan.UNBOUNDED.toPostgresRange());
        assertEquals("[" + B + ",)", new Timespan(B, null).toPostgresRange());
    }

    @Test
    void buildsFromPostgresBoundFunctions() {
        assertEquals(new Timespan(B, E), Timespan.fromPostgresBounds(B, false, E, false));
        assertEquals(Timespan.UNBOUNDED, Timespan.fromPostgresBounds(null, true, null, true));
        assertEquals(new Timespan(B, null), Timespan.fromPostgresBounds(B, false, null, true));
        assertEquals(Timespan.EMPTY, Timespan.fromPostgresBounds(null, false, null, false));
        assertThrows(IllegalArgumentException.class, () -> Timespan.fromPostgresBounds(B, true, E, false));
    }

    @Test
    void cliStringShowsWholeTaiSecondsAndInfinities() {
        assertEquals("[2014-03-25T09:34:19, 2014-03-25T09:38:21)", new Timespan(B, E).toCliString());
        assertEquals("(-∞, ∞)", Timespan.UNBOUNDED.toCliString());
        assertEquals("[2014-10-01T00:00:00, ∞)", new Timespan(1412121600000000000L, null).toCliString());
        assertEquals("(-∞, 2014-03-25T09:38:21)", new Timespan(null, E).toCliString());
        // astropy keeps microseconds and rounds to them before dropping the fraction.
        long justBelow = 1412121599999999600L;
        assertEquals("2014-10-01T00:00:00", TaiTime.toTaiIsoSeconds(justBelow));
        assertEquals("2014-09-30T23:59:59", TaiTime.toTaiIsoSeconds(justBelow - 200));
    }

    @Test
    void containsAndOverlapsAreHalfOpen() {
        Timespan t = new Timespan(B, E);
        assertTrue(t.contains(B));
        assertFalse(t.contains(E));
        assertTrue(t.overlaps(new Timespan(E - 1, null)));
        assertFalse(t.overlaps(new Timespan(E, null)));
        assertTrue(t.overlaps(Timespan.UNBOUNDED));
        assertTrue(Timespan.UNBOUNDED.contains(0L));
    }

    @Test
    void taiCalendarRoundTrips() {
        assertEquals("2014-03-25T09:34:19.634000000", TaiTime.toTaiIso(B));
        LocalDateTime tai = TaiTime.toTaiDateTime(B);
        assertEquals(LocalDateTime.of(2014, 3, 25, 9, 34, 19, 634_000_000), tai);
        assertEquals(B, TaiTime.fromTaiDateTime(tai));
        assertEquals("2100-01-01T00:00:00.000000000", TaiTime.toTaiIso(TaiTime.MAX_NSEC));
        assertEquals("1969-12-31T23:59:59.999999999", TaiTime.toTaiIso(-1));
    }

    @Test
    void utcFollowsTheLeapSecondTable() {
        assertEquals(10, TaiTime.taiMinusUtcSeconds(TaiTime.fromTaiDateTime(LocalDateTime.of(1972, 1, 1, 0, 0, 10))));
        assertEquals(35, TaiTime.taiMinusUtcSeconds(B));
        assertEquals(37, TaiTime.taiMinusUtcSeconds(TaiTime.fromTaiDateTime(LocalDateTime.of(2020, 6, 1, 0, 0))));
        assertEquals("2014-03-25T09:33:44.634000000", TaiTime.toUtcIso(B));
        assertEquals(Instant.parse("2014-03-25T09:33:44.634Z"), TaiTime.toUtcInstant(B));
        assertEquals(B, TaiTime.fromUtcInstant(Instant.parse("2014-03-25T09:33:44.634Z")));
        // The leap second at the end of 2016: TAI 2017-01-01T00:00:36.5 is UTC 23:59:60.5.
        long leapStart = TaiTime.fromTaiDateTime(LocalDateTime.of(2017, 1, 1, 0, 0, 36));
        assertEquals("2016-12-31T23:59:59.500000000", TaiTime.toUtcIso(leapStart - 500_000_000L));
        assertEquals("2016-12-31T23:59:60.500000000", TaiTime.toUtcIso(leapStart + 500_000_000L));
        assertEquals("2017-01-01T00:00:00.000000000", TaiTime.toUtcIso(leapStart + 1_000_000_000L));
        assertEquals(37, TaiTime.taiMinusUtcSeconds(leapStart + 1_000_000_000L));
        assertEquals(Instant.parse("2016-12-31T23:59:59.999999999Z"), TaiTime.toUtcInstant(leapStart + 500_000_000L));
    }

    @Test
    void utcMjdScalesLeapSecondDaysLikeErfa() {
        assertEquals(56741.39843326389, TaiTime.toUtcMjd(B));
        // Noon UTC on 2016-12-31, a day of 86401 s: the MJD fraction is 43200/86401, not 0.5.
        long noon = TaiTime.fromTaiDateTime(LocalDateTime.of(2016, 12, 31, 12, 0, 36));
        assertEquals(57753 + 43200.0 / 86401.0, TaiTime.toUtcMjd(noon), 1e-11);
        // Monotonic through the leap second (23:59:60.5 lies between) and exactly the next day after it.
        long leapStart = TaiTime.fromTaiDateTime(LocalDateTime.of(2017, 1, 1, 0, 0, 36));
        double before = TaiTime.toUtcMjd(leapStart - 1);
        double during = TaiTime.toUtcMjd(leapStart + 500_000_000L);
        double after = TaiTime.toUtcMjd(leapStart + 1_000_000_000L);
        assertTrue(before < during && during < after);
        assertEquals(57754.0, after);
    }
}
