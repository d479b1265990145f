package org.lsst.butlerbrowser.model.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Conversions for daf_butler's time representation: integer nanoseconds of TAI since
 * 1970-01-01T00:00:00 TAI.
 *
 * <p>Because TAI and the Unix epoch share the calendar label 1970-01-01T00:00:00, reading the
 * integer as plain epoch nanoseconds gives the TAI calendar date directly (TAI has no leap
 * seconds). UTC needs ΔAT = TAI − UTC from the leap-second table below.
 *
 * <p>Before 1972 UTC ran at a different rate from TAI ("rubber seconds"); that era is not modelled:
 * ΔAT is taken as 10 s there, up to ~2 s off. The table ends with 37 s from 2017-01-01, still
 * current; a future leap second needs a new row.
 */
public final class TaiTime {

    /** The largest stored value: 2100-01-01T00:00:00 TAI, also SQLite's "unbounded end" sentinel. */
    public static final long MAX_NSEC = 4102444800000000000L;

    static final long NS_PER_SECOND = 1_000_000_000L;
    static final long NS_PER_DAY = 86_400L * NS_PER_SECOND;
    /** MJD of 1970-01-01. */
    static final int MJD_OF_UNIX_EPOCH = 40587;

    /** UTC dates (days since 1970-01-01) from which ΔAT (seconds) applies, oldest first. */
    private static final long[] LEAP_UTC_DAY;
    private static final int[] LEAP_DELTA_AT;
    /** The same boundaries as TAI nanoseconds: UTC midnight + the new ΔAT. */
    private static final long[] LEAP_TAI_NSEC;

    static {
        String[][] table = {
            {"1972-01-01", "10"}, {"1972-07-01", "11"}, {"1973-01-01", "12"}, {"1974-01-01", "13"},
            {"1975-01-01", "14"}, {"1976-01-01", "15"}, {"1977-01-01", "16"}, {"1978-01-01", "17"},
            {"1979-01-01", "18"}, {"1980-01-01", "19"}, {"1981-07-01", "20"}, {"1982-07-01", "21"},
            {"1983-07-01", "22"}, {"1985-07-01", "23"}, {"1988-01-01", "24"}, {"1990-01-01", "25"},
            {"1991-01-01", "26"}, {"1992-07-01", "27"}, {"1993-07-01", "28"}, {"1994-07-01", "29"},
            {"1996-01-01", "30"}, {"1997-07-01", "31"}, {"1999-01-01", "32"}, {"2006-01-01", "33"},
            {"2009-01-01", "34"}, {"2012-07-01", "35"}, {"2015-07-01", "36"}, {"2017-01-01", "37"},
        };
        LEAP_UTC_DAY = new long[table.length];
        LEAP_DELTA_AT = new int[table.length];
        LEAP_TAI_NSEC = new long[table.length];
        for (int i = 0; i < table.length; i++) {
            LEAP_UTC_DAY[i] = LocalDate.parse(table[i][0]).toEpochDay();
            LEAP_DELTA_AT[i] = Integer.parseInt(table[i][1]);
            LEAP_TAI_NSEC[i] = (LEAP_UTC_DAY[i] * 86_400L + LEAP_DELTA_AT[i]) * NS_PER_SECOND;
        }
    }

    private TaiTime() {
    }

    /** The TAI calendar date-time of a stored value. */
    public static LocalDateTime toTaiDateTime(long taiNsec) {
        return LocalDateTime.ofEpochSecond(Math.floorDiv(taiNsec, NS_PER_SECOND),
                (int) Math.floorMod(taiNsec, NS_PER_SECOND), ZoneOffset.UTC);
    }

    /** The stored value of a TAI calendar date-time. */
    public static long fromTaiDateTime(LocalDateTime tai) {
        return Math.addExact(Math.multiplyExact(tai.toEpochSecond(ZoneOffset.UTC), NS_PER_SECOND), tai.getNano());
    }

    /** "2014-03-25T09:34:19.634000000": TAI, nine decimals, as daf_butler's expected files print it. */
    public static String toTaiIso(long taiNsec) {
        LocalDateTime t = toTaiDateTime(taiNsec);
        StringBuilder sb = new StringBuilder(29);
        appendDateTime(sb, t.toLocalDate(), t.getHour(), t.getMinute(), t.getSecond());
        appendNanos(sb, t.getNano());
        return sb.toString();
    }

    /**
     * "2014-03-25T09:34:19": TAI to the second, as the butler CLI prints timespans. The CLI formats
     * astropy times whose precision is 6 (daf_butler's epoch), and astropy rounds to that precision
     * before strftime drops the fraction: so round to the microsecond, then truncate to the second.
     */
    public static String toTaiIsoSeconds(long taiNsec) {
        long micros = Math.floorDiv(taiNsec, 1000L);
        if (Math.floorMod(taiNsec, 1000L) >= 500L) {
            micros++;
        }
        long seconds = Math.floorDiv(micros, 1_000_000L);
        LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
        StringBuilder sb = new StringBuilder(19);
        appendDateTime(sb, t.toLocalDate(), t.getHour(), t.getMinute(), t.getSecond());
        return sb.toString();
    }

    /** ΔAT = TAI − UTC in seconds at the given TAI time. */
    public static int taiMinusUtcSeconds(long taiNsec) {
        int i = leapIndexForTai(taiNsec);
        return i < 0 ? LEAP_DELTA_AT[0] : LEAP_DELTA_AT[i];
    }

    /** Index of the last table row in force at this TAI time, −1 before 1972. */
    private static int leapIndexForTai(long taiNsec) {
        int i = LEAP_TAI_NSEC.length - 1;
        while (i >= 0 && taiNsec < LEAP_TAI_NSEC[i]) {
            i--;
        }
        return i;
    }

    /** A UTC calendar reading; {@code second} is 60 during a leap second. */
    public record UtcReading(LocalDate date, int hour, int minute, int second, int nano, int dayLengthSeconds) {

        /** Seconds since UTC midnight, with the fraction. */
        double secondOfDay() {
            return hour * 3600.0 + minute * 60.0 + second + nano * 1e-9;
        }
    }

    /**
     * The UTC calendar reading of a TAI time. Inside an inserted leap second (the TAI second just
     * before a table boundary) this reads 23:59:60.
     */
    public static UtcReading toUtc(long taiNsec) {
        int i = leapIndexForTai(taiNsec);
        int dat = i < 0 ? LEAP_DELTA_AT[0] : LEAP_DELTA_AT[i];
        // The last second before the next boundary is the leap second when ΔAT is about to grow.
        int next = i + 1;
        boolean inLeap = next < LEAP_TAI_NSEC.length
                && taiNsec >= LEAP_TAI_NSEC[next] - NS_PER_SECOND
                && LEAP_DELTA_AT[next] > dat;
        long utcNs = taiNsec - dat * NS_PER_SECOND;
        long day = Math.floorDiv(utcNs, NS_PER_DAY);
        long nsOfDay = Math.floorMod(utcNs, NS_PER_DAY);
        if (inLeap) {
            // With the old ΔAT this second would read 00:00:00 of the next day; it is 23:59:60 instead.
            day -= 1;
            nsOfDay += NS_PER_DAY;
        }
        int dayLength = isLeapDay(day) ? 86_401 : 86_400;
        long secOfDay = nsOfDay / NS_PER_SECOND;
        int hour = (int) Math.min(23, secOfDay / 3600);
        int minute = (int) Math.min(59, (secOfDay - hour * 3600L) / 60);
        int second = (int) (secOfDay - hour * 3600L - minute * 60L);
        return new UtcReading(LocalDate.ofEpochDay(day), hour, minute, second,
                (int) (nsOfDay % NS_PER_SECOND), dayLength);
    }

    /** Whether this UTC day (days since 1970-01-01) ends with an inserted leap second. */
    private static boolean isLeapDay(long utcDay) {
        for (int i = 1; i < LEAP_UTC_DAY.length; i++) {
            if (LEAP_UTC_DAY[i] == utcDay + 1) {
                return LEAP_DELTA_AT[i] > LEAP_DELTA_AT[i - 1];
            }
        }
        return false;
    }

    /** "2014-03-25T09:33:44.634000000": UTC with nine decimals (seconds read 60 in a leap second). */
    public static String toUtcIso(long taiNsec) {
        UtcReading u = toUtc(taiNsec);
        StringBuilder sb = new StringBuilder(29);
        appendDateTime(sb, u.date(), u.hour(), u.minute(), u.second());
        appendNanos(sb, u.nano());
        return sb.toString();
    }

    /**
     * The UTC instant of a TAI time. {@link Instant} has no leap seconds, so a time inside a leap
     * second maps to the last nanosecond of 23:59:59 (the usual POSIX compromise).
     */
    public static Instant toUtcInstant(long taiNsec) {
        UtcReading u = toUtc(taiNsec);
        if (u.second() == 60) {
            return u.date().atTime(23, 59, 59, 999_999_999).toInstant(ZoneOffset.UTC);
        }
        return u.date().atTime(u.hour(), u.minute(), u.second(), u.nano()).toInstant(ZoneOffset.UTC);
    }

    /** The TAI nanoseconds of a UTC instant (for times typed by users or read from UTC sources). */
    public static long fromUtcInstant(Instant utc) {
        long utcNs = Math.addExact(Math.multiplyExact(utc.getEpochSecond(), NS_PER_SECOND), utc.getNano());
        long day = Math.floorDiv(utcNs, NS_PER_DAY);
        int i = LEAP_UTC_DAY.length - 1;
        while (i >= 0 && day < LEAP_UTC_DAY[i]) {
            i--;
        }
        int dat = i < 0 ? LEAP_DELTA_AT[0] : LEAP_DELTA_AT[i];
        return Math.addExact(utcNs, dat * NS_PER_SECOND);
    }

    /**
     * UTC Modified Julian Date of a TAI time, as astropy's {@code Time.utc.mjd} gives it (daf_butler's
     * ObsCore t_min / t_max). Like ERFA, the fraction of a day that ends in a leap second is scaled
     * by 86401 s, so MJD stays monotonic through the leap second.
     */
    public static double toUtcMjd(long taiNsec) {
        UtcReading u = toUtc(taiNsec);
        long mjdDay = u.date().toEpochDay() + MJD_OF_UNIX_EPOCH;
        long nsOfDay = (u.hour() * 3600L + u.minute() * 60L + u.second()) * NS_PER_SECOND + u.nano();
        // Integer day plus a fraction computed from exact integers: only two roundings in all.
        double fraction = (double) nsOfDay / ((double) u.dayLengthSeconds() * NS_PER_SECOND);
        return mjdDay + fraction;
    }

    private static void appendDateTime(StringBuilder sb, LocalDate d, int hour, int minute, int second) {
        int year = d.getYear();
        if (year < 0) {
            sb.append('-');
            year = -year;
        }
        pad(sb, year, 4).append('-');
        pad(sb, d.getMonthValue(), 2).append('-');
        pad(sb, d.getDayOfMonth(), 2).append('T');
        pad(sb, hour, 2).append(':');
        pad(sb, minute, 2).append(':');
        pad(sb, second, 2);
    }

    private static void appendNanos(StringBuilder sb, int nanos) {
        pad(sb.append('.'), nanos, 9);
    }

    private static StringBuilder pad(StringBuilder sb, int value, int width) {
        String s = Integer.toString(value);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(s);
    }
}
