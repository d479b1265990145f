package org.lsst.butlerbrowser.model.time;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lsst.butlerbrowser.model.text.UntrustedText;

/**
 * The body of a query-expression time literal {@code T'...'}, read as daf_butler reads it: an
 * optional {@code format/} prefix and {@code /scale} suffix; without a format, a number is an MJD,
 * ISO text (with a space or a T) is "iso"/"isot", a leading + is FITS and YYYY:DDD:... is "yday".
 * ISO-like formats and unix default to UTC, everything else to TAI. Supported scales: utc and tai.
 */
public final class TimeLiteral {

    private static final Pattern ISO = Pattern.compile(
            "([+-]?\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(\\.\\d{1,9})?)?)?");
    private static final Pattern YDAY = Pattern.compile(
            "(\\d{4}):(\\d{3})(?::(\\d{2}):(\\d{2})(?::(\\d{2})(\\.\\d{1,9})?)?)?");
    // Possessive quantifiers: with backtracking, a long run of digits followed by anything else took
    // quadratic time to fail (20,000 digits: half a minute).
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d++(?:\\.\\d*+)?|\\.\\d++)([eE][+-]?\\d++)?");
    private static final long NANOS_PER_DAY = 86_400_000_000_000L;
    /** MJD of 1970-01-01, the epoch of daf_butler's TAI nanoseconds. */
    private static final double MJD_EPOCH = 40587.0;
    /** Days from 1970 that TAI nanoseconds in a long can reach (about 292 years either way). */
    private static final double MAX_DAYS = Long.MAX_VALUE / (double) NANOS_PER_DAY;

    private TimeLiteral() {
    }

    /**
     * TAI nanoseconds since 1970-01-01 TAI.
     *
     * @throws IllegalArgumentException naming the problem, for text that is not a time or a time
     *                                  outside the years 1678 to 2262 that nanoseconds can hold
     */
    public static long parse(String text) {
        try {
            return parseInRange(text);
        } catch (ArithmeticException | DateTimeException e) {
            throw new IllegalArgumentException("'" + quote(text) + "' is outside the times that can be stored"
                    + " (years 1678 to 2262)");
        }
    }

    private static long parseInRange(String text) {
        String body = text.strip();
        String format = null;
        String scale = null;
        String[] parts = body.split("/", -1);
        if (parts.length > 3) {
            throw new IllegalArgumentException("a time literal takes at most a format prefix and a scale suffix: '" + quote(text) + "'");
        }
        if (parts.length == 3) {
            format = lower(parts[0]);
            body = parts[1];
            scale = lower(parts[2]);
        } else if (parts.length == 2) {
            if (isScale(parts[1])) {
                body = parts[0];
                scale = lower(parts[1]);
            } else {
                format = lower(parts[0]);
                body = parts[1];
            }
        }
        body = body.strip();
        if (format == null) {
            format = guessFormat(body, text);
        }
        if (scale == null) {
            scale = switch (format) {
                case "iso", "isot", "fits", "yday", "unix" -> "utc";
                default -> "tai";
            };
        }
        if (!scale.equals("utc") && !scale.equals("tai")) {
            throw new IllegalArgumentException("the time scale '" + quote(scale) + "' is not supported (use utc or tai): '" + quote(text) + "'");
        }
        return switch (format) {
            case "iso", "isot", "fits" -> fromCalendar(iso(body.startsWith("+") ? body.substring(1) : body, text), scale);
            case "yday" -> fromCalendar(yday(body, text), scale);
            case "mjd" -> fromMjd(number(body, text), scale);
            case "jd" -> fromMjd(number(body, text) - 2400000.5, scale);
            case "unix" -> fromCalendar(LocalDateTime.ofEpochSecond(0, 0, ZoneOffset.UTC)
                    .plusNanos(unixNanos(number(body, text))), scale);
            default -> throw new IllegalArgumentException("the time format '" + quote(format)
                    + "' is not supported (use iso, isot, fits, yday, mjd, jd or unix): '" + quote(text) + "'");
        };
    }

    /** The literal quoted in a message: short, and on one line. */
    private static String quote(String text) {
        return UntrustedText.quote(text, 60);
    }

    /** A format or scale name in lower case; long text (no name) is left alone, as lower-casing it can be slow. */
    private static String lower(String name) {
        return name.length() <= 16 ? name.toLowerCase(Locale.ROOT) : name;
    }

    private static boolean isScale(String s) {
        return switch (lower(s)) {
            case "utc", "tai", "tt", "tdb", "tcg", "tcb", "ut1", "local" -> true;
            default -> false;
        };
    }

    private static String guessFormat(String body, String text) {
        if (NUMBER.matcher(body).matches()) {
            return "mjd";
        }
        if (body.startsWith("+") && ISO.matcher(body.substring(1)).matches()) {
            return "fits";
        }
        if (ISO.matcher(body).matches()) {
            return body.contains("T") ? "isot" : "iso";
        }
        if (YDAY.matcher(body).matches()) {
            return "yday";
        }
        throw new IllegalArgumentException("'" + quote(text) + "' is not a time: use ISO (2014-03-25T09:34:19), MJD or format/value");
    }

    private static LocalDateTime iso(String body, String text) {
        Matcher m = ISO.matcher(body);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + quote(text) + "' is not an ISO time");
        }
        try {
            LocalDate date = LocalDate.parse(m.group(1));
            return date.atTime(time(m.group(2), m.group(3), m.group(4), m.group(5)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + quote(text) + "' is not a valid date or time");
        }
    }

    private static LocalDateTime yday(String body, String text) {
        Matcher m = YDAY.matcher(body);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + quote(text) + "' is not a year:day time");
        }
        try {
            LocalDate date = LocalDate.ofYearDay(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            return date.atTime(time(m.group(3), m.group(4), m.group(5), m.group(6)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + quote(text) + "' is not a valid year:day time");
        }
    }

    private static LocalTime time(String h, String min, String s, String fraction) {
        if (h == null) {
            return LocalTime.MIDNIGHT;
        }
        int nanos = fraction == null ? 0 : Integer.parseInt((fraction.substring(1) + "000000000").substring(0, 9));
        return LocalTime.of(Integer.parseInt(h), Integer.parseInt(min), s == null ? 0 : Integer.parseInt(s), nanos);
    }

    private static double number(String body, String text) {
        if (!NUMBER.matcher(body).matches()) {
            throw new IllegalArgumentException("'" + quote(text) + "' needs a number");
        }
        return Double.parseDouble(body);
    }

    /** Seconds since 1970 UTC as nanoseconds; beyond what a long holds is out of range. */
    private static long unixNanos(double seconds) {
        if (!(Math.abs(seconds) < MAX_DAYS * 86_400.0)) {
            throw new ArithmeticException("unix time out of range");
        }
        return Math.round(seconds * 1e9);
    }

    private static long fromCalendar(LocalDateTime dateTime, String scale) {
        if (scale.equals("tai")) {
            return TaiTime.fromTaiDateTime(dateTime);
        }
        Instant utc = dateTime.toInstant(ZoneOffset.UTC);
        return TaiTime.fromUtcInstant(utc);
    }

    private static long fromMjd(double mjd, String scale) {
        double days = mjd - MJD_EPOCH;
        if (!(Math.abs(days) < MAX_DAYS)) {
            throw new ArithmeticException("MJD out of range");
        }
        long whole = (long) Math.floor(days);
        long nanos = Math.round((days - whole) * NANOS_PER_DAY);
        LocalDateTime dateTime = LocalDateTime.ofEpochSecond(0, 0, ZoneOffset.UTC).plusDays(whole).plusNanos(nanos);
        return fromCalendar(dateTime, scale);
    }
}
