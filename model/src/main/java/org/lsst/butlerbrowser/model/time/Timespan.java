package org.lsst.butlerbrowser.model.time;

import org.lsst.butlerbrowser.model.text.UntrustedText;

/**
 * A half-open interval [begin, end) of TAI nanoseconds, daf_butler's {@code Timespan}.
 *
 * <p>A null bound is unbounded on that side. Values are normalized the way daf_butler's own
 * class does: a begin ≤ 0 (the 1970 epoch, daf_butler's minimum) is unbounded, an end ≥
 * {@link TaiTime#MAX_NSEC} is unbounded, and every empty timespan (begin ≥ end) becomes
 * {@link #EMPTY}, stored as (MAX_NSEC, 0) like daf_butler, so records compare equal exactly when
 * the timespans are equal.
 */
public record Timespan(Long beginNsec, Long endNsec) {

    /** The timespan containing no times. */
    public static final Timespan EMPTY = new Timespan(TaiTime.MAX_NSEC, 0L);

    /** Every time: (−∞, ∞). */
    public static final Timespan UNBOUNDED = new Timespan(null, null);

    public Timespan {
        if (beginNsec != null && beginNsec <= 0L) {
            beginNsec = null;
        }
        if (endNsec != null && endNsec >= TaiTime.MAX_NSEC) {
            endNsec = null;
        }
        if (beginNsec != null && endNsec != null && beginNsec >= endNsec) {
            beginNsec = TaiTime.MAX_NSEC;
            endNsec = 0L;
        } else if (endNsec != null && endNsec <= 0L) {
            // Ends at or before the earliest representable time: nothing is left.
            beginNsec = TaiTime.MAX_NSEC;
            endNsec = 0L;
        } else if (beginNsec != null && beginNsec >= TaiTime.MAX_NSEC) {
            beginNsec = TaiTime.MAX_NSEC;
            endNsec = 0L;
        }
    }

    /**
     * From SQLite's two BIGINT columns {@code <name>_begin}, {@code <name>_end}: 0 is an unbounded
     * begin, 4102444800000000000 an unbounded end, begin ≥ end empty.
     *
     * @return null when both columns are NULL (the record has no timespan)
     * @throws IllegalArgumentException when exactly one is NULL, which daf_butler never writes
     */
    public static Timespan fromSqlite(Long begin, Long end) {
        if (begin == null && end == null) {
            return null;
        }
        if (begin == null || end == null) {
            throw new IllegalArgumentException("corrupt timespan: begin is " + begin + " but end is " + end
                    + " (daf_butler stores both or neither)");
        }
        return new Timespan(begin, end);
    }

    /**
     * From PostgreSQL's {@code int8range} text: canonical "[a,b)", unbounded "(,b)", "[a,)", "(,)",
     * "empty", and also the non-canonical bracket forms PostgreSQL accepts on input ("(a,b]" and
     * so on; an exclusive lower bound a means a + 1, an inclusive upper b means b + 1), optionally
     * with double-quoted bounds and surrounding blanks.
     *
     * @return null for a null text (SQL NULL: no timespan)
     * @throws IllegalArgumentException for text that is not a range
     */
    public static Timespan fromPostgresRange(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        if (s.equalsIgnoreCase("empty")) {
            return EMPTY;
        }
        if (s.length() < 3) {
            throw badRange(text, "too short");
        }
        char open = s.charAt(0);
        char close = s.charAt(s.length() - 1);
        if ((open != '[' && open != '(') || (close != ')' && close != ']')) {
            throw badRange(text, "must start with '[' or '(' and end with ')' or ']'");
        }
        String inner = s.substring(1, s.length() - 1);
        int comma = inner.indexOf(',');
        if (comma < 0 || inner.indexOf(',', comma + 1) >= 0) {
            throw badRange(text, "needs exactly one comma");
        }
        Long lower = parseBound(inner.substring(0, comma), text);
        Long upper = parseBound(inner.substring(comma + 1), text);
        try {
            if (lower != null && open == '(') {
                lower = Math.addExact(lower, 1L);
            }
            if (upper != null && close == ']') {
                upper = Math.addExact(upper, 1L);
            }
        } catch (ArithmeticException e) {
            throw badRange(text, "bound out of range");
        }
        if (lower != null && upper != null && lower >= upper) {
            return EMPTY;
        }
        return new Timespan(lower, upper);
    }

    private static Long parseBound(String raw, String text) {
        String b = raw.strip();
        if (b.length() >= 2 && b.charAt(0) == '"' && b.charAt(b.length() - 1) == '"') {
            b = b.substring(1, b.length() - 1).strip();
        }
        if (b.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(b);
        } catch (NumberFormatException e) {
            throw badRange(text, "bound '" + UntrustedText.quote(raw.strip(), 40) + "' is not an integer");
        }
    }

    private static IllegalArgumentException badRange(String text, String why) {
        return new IllegalArgumentException("not an int8range timespan: '" + UntrustedText.quote(text, 80) + "' (" + why + ")");
    }

    /**
     * From the values of PostgreSQL's {@code lower(r)}, {@code lower_inf(r)}, {@code upper(r)},
     * {@code upper_inf(r)}, which return NULL, false, NULL, false for an empty range. Bounds are
     * taken as the canonical [lower, upper).
     */
    public static Timespan fromPostgresBounds(Long lower, boolean lowerInf, Long upper, boolean upperInf) {
        if (lower == null && !lowerInf && upper == null && !upperInf) {
            return EMPTY;
        }
        if ((lower == null) != lowerInf || (upper == null) != upperInf) {
            throw new IllegalArgumentException("inconsistent range bounds: lower=" + lower + " lower_inf=" + lowerInf
                    + " upper=" + upper + " upper_inf=" + upperInf);
        }
        return new Timespan(lower, upper);
    }

    public boolean isEmpty() {
        return beginNsec != null && endNsec != null && beginNsec >= endNsec;
    }

    /** Begin as TAI ISO with nine decimals; null when unbounded (or empty). */
    public String beginTaiIso() {
        return beginNsec == null || isEmpty() ? null : TaiTime.toTaiIso(beginNsec);
    }

    /** End as TAI ISO with nine decimals; null when unbounded (or empty). */
    public String endTaiIso() {
        return endNsec == null || isEmpty() ? null : TaiTime.toTaiIso(endNsec);
    }

    /**
     * As the butler CLI prints it: "[2014-03-25T09:34:19, 2014-03-25T09:38:21)" (TAI, whole seconds),
     * "(-∞, …" / "…, ∞)" for unbounded sides, "(empty)" for the empty timespan.
     */
    public String toCliString() {
        if (isEmpty()) {
            return "(empty)";
        }
        String head = beginNsec == null ? "(-∞, " : "[" + TaiTime.toTaiIsoSeconds(beginNsec) + ", ";
        String tail = endNsec == null ? "∞)" : TaiTime.toTaiIsoSeconds(endNsec) + ")";
        return head + tail;
    }

    /** The SQLite column values (begin, end), with the sentinels for unbounded sides. */
    public long[] toSqlite() {
        return new long[] {beginNsec == null ? 0L : beginNsec, endNsec == null ? TaiTime.MAX_NSEC : endNsec};
    }

    /** The canonical PostgreSQL {@code int8range} literal. */
    public String toPostgresRange() {
        if (isEmpty()) {
            return "empty";
        }
        return (beginNsec == null ? "(" : "[" + beginNsec) + "," + (endNsec == null ? ")" : endNsec + ")");
    }

    /** Whether the TAI time lies in [begin, end). */
    public boolean contains(long taiNsec) {
        return !isEmpty() && (beginNsec == null || taiNsec >= beginNsec) && (endNsec == null || taiNsec < endNsec);
    }

    /** Whether the two timespans share any time (never true for an empty one). */
    public boolean overlaps(Timespan other) {
        if (isEmpty() || other.isEmpty()) {
            return false;
        }
        boolean startsBeforeOtherEnds = beginNsec == null || other.endNsec == null || beginNsec < other.endNsec;
        boolean endsAfterOtherBegins = endNsec == null || other.beginNsec == null || endNsec > other.beginNsec;
        return startsBeforeOtherEnds && endsAfterOtherBegins;
    }

    @Override
    public String toString() {
        return isEmpty() ? "Timespan(empty)" : "Timespan" + toPostgresRange();
    }
}
