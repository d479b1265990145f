package org.lsst.butlerbrowser.model.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lsst.butlerbrowser.model.testing.Corpus;
import org.lsst.butlerbrowser.model.testing.Gen;
import org.lsst.butlerbrowser.model.testing.Hostile;
import org.lsst.butlerbrowser.model.testing.ParserContract;
import org.lsst.butlerbrowser.model.testing.Properties;

/**
 * The time decoders against hostile values: where-expression time literals, PostgreSQL int8range
 * text and the SQLite and PostgreSQL bound columns. Each gives a value or an
 * IllegalArgumentException naming the problem (their documented contract); and what they read
 * agrees with what the formatters write.
 */
class TimeFuzzTest {

    private static final ParserContract<Long> LITERAL = ParserContract.of("time literal parser", nanos -> { },
            IllegalArgumentException.class);
    private static final ParserContract<Timespan> RANGE = ParserContract.of("timespan decoders",
            TimeFuzzTest::checkTimespan, IllegalArgumentException.class);
    private static final List<String> LITERAL_WORDS = List.of("/", "-", ":", "T", " ", ".", "+", "tai", "utc", "tt",
            "iso", "isot", "fits", "yday", "mjd", "jd", "unix", "2014", "-03-25", "T09:34:19", ".123456789", "60",
            "9999", "0000", "56741.39883", "e300");
    private static final List<String> RANGE_WORDS = List.of("[", "]", "(", ")", ",", "\"", "empty", " ", "-", "+",
            "0", "4102444800000000000", "9223372036854775807", "-9223372036854775808");

    private static final long MIN_NSEC = -TaiTime.MAX_NSEC;

    /** A timespan anyone may print, store and compare. */
    private static void checkTimespan(Timespan t) {
        if (t == null) {
            return;
        }
        t.toCliString();
        t.beginTaiIso();
        t.endTaiIso();
        assertEquals(t, Timespan.fromPostgresRange(t.toPostgresRange()), "int8range round trip");
        long[] stored = t.toSqlite();
        assertEquals(t, Timespan.fromSqlite(stored[0], stored[1]), "SQLite round trip");
        assertTrue(t.isEmpty() || t.beginNsec() == null || t.endNsec() == null || t.beginNsec() < t.endNsec());
    }

    private static Gen<String> literals() {
        List<String> seeds = new ArrayList<>(Corpus.texts("time-literal"));
        for (long n = 0; n < TaiTime.MAX_NSEC; n += TaiTime.MAX_NSEC / 50) {
            seeds.add(TaiTime.toTaiIso(n) + "/tai");
            seeds.add(TaiTime.toUtcIso(n));
        }
        return Hostile.text(seeds, LITERAL_WORDS);
    }

    private static Gen<String> ranges() {
        return Hostile.text(Corpus.texts("int8range"), RANGE_WORDS);
    }

    private static Gen<Long> bounds() {
        return Gen.oneOf(Gen.longs(), Gen.longs(MIN_NSEC, TaiTime.MAX_NSEC + 10),
                Gen.of(0L, -1L, 1L, TaiTime.MAX_NSEC, TaiTime.MAX_NSEC - 1, Long.MAX_VALUE, Long.MIN_VALUE))
                .orNull(0.1);
    }

    /** The columns of a stored timespan: bounds, and PostgreSQL's flags for infinite ones. */
    private record Columns(Long begin, Long end, boolean lowerInf, boolean upperInf) {
    }

    @Test
    void hostileTimeLiteralsAreReadOrRefused() {
        Properties.forAll(literals(), text -> LITERAL.check(text, () -> TimeLiteral.parse(text)));
    }

    @Test
    void hostileRangeTextIsReadOrRefused() {
        Properties.forAll(ranges(), text -> RANGE.check(text, () -> Timespan.fromPostgresRange(text)));
    }

    @Test
    void hostileBoundColumnsAreReadOrRefused() {
        Gen<Long> bounds = bounds();
        Properties.forAll(r -> new Columns(bounds.next(r), bounds.next(r), r.nextBoolean(), r.nextBoolean()), c -> {
            RANGE.check(new Object[] {c.begin(), c.end()}, () -> Timespan.fromSqlite(c.begin(), c.end()));
            RANGE.check(new Object[] {c.begin(), c.end()},
                    () -> Timespan.fromPostgresBounds(c.begin(), c.lowerInf(), c.end(), c.upperInf()));
        });
    }

    @Test
    void timesPrintedAsTaiOrUtcReadBackToTheNanosecond() {
        Properties.forAll(200, Gen.longs(MIN_NSEC, TaiTime.MAX_NSEC - 1), nanos -> {
            assertEquals(nanos, LITERAL.accepts(nanos, () -> TimeLiteral.parse(TaiTime.toTaiIso(nanos) + "/tai")));
            TaiTime.UtcReading utc = TaiTime.toUtc(nanos);
            if (utc.second() < 60) {
                assertEquals(nanos, TimeLiteral.parse(TaiTime.toUtcIso(nanos)));
            }
        });
    }

    @Test
    void storedTimespansReadBackFromEveryBackendForm() {
        Gen<Long> bounds = bounds();
        Properties.forAll(200, r -> new Long[] {bounds.next(r), bounds.next(r)}, pair -> {
            Timespan t = new Timespan(pair[0], pair[1]);
            checkTimespan(t);
            Timespan fromBounds = t.isEmpty() ? Timespan.fromPostgresBounds(null, false, null, false)
                    : Timespan.fromPostgresBounds(t.beginNsec(), t.beginNsec() == null, t.endNsec(), t.endNsec() == null);
            assertEquals(t, fromBounds);
        });
    }

    @Test
    void everyCorpusInputIsReadOrRefused() {
        LITERAL.checkCorpus(Corpus.of("time-literal"), e -> () -> TimeLiteral.parse(e.text()));
        RANGE.checkCorpus(Corpus.of("int8range"), e -> () -> Timespan.fromPostgresRange(e.text()));
    }

    // Faults the fuzzers found, each also in the corpus.

    /** Years beyond 2262 overflowed Math.multiplyExact, huge MJDs LocalDateTime.plusDays: both escaped unchecked. */
    @Test
    void timesBeyondWhatNanosecondsHoldAreRefused() {
        for (String text : List.of("9999-01-01T00:00:00", "mjd/1e300/tai", "unix/1e20", "jd/1e18")) {
            String m = LITERAL.refuses(text, () -> TimeLiteral.parse(text)).getMessage();
            assertTrue(m.contains("outside the times that can be stored"), m);
        }
    }
}
