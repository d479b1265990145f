package org.lsst.butlerbrowser.app.detail;

import java.util.Base64;
import java.util.HexFormat;
import org.lsst.butlerbrowser.model.region.Region;
import org.lsst.butlerbrowser.model.time.TaiTime;
import org.lsst.butlerbrowser.model.time.Timespan;

/** Field values as text the way the butler shows them (None, True, 0x… hashes, [begin, end) timespans). */
public final class FieldText {

    private FieldText() {
    }

    /** A stored value: None for NULL, Python's True/False, regions summarised, timespans in TAI. */
    public static String value(Object v) {
        return value(v, TimeScale.TAI, false);
    }

    /**
     * @param compact trim trailing zero digits from times (for table cells; nothing is lost)
     */
    public static String value(Object v, TimeScale scale, boolean compact) {
        if (v == null) {
            return "None";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof Region r) {
            return RegionSummary.of(r).text();
        }
        if (v instanceof Timespan t) {
            return timespan(t, scale, compact);
        }
        return v.toString();
    }

    /** "[begin, end)" with nine decimals, "(-∞, …" and "…, ∞)" for unbounded sides, "(empty)". */
    public static String timespan(Timespan t, TimeScale scale, boolean compact) {
        if (t.isEmpty()) {
            return "(empty)";
        }
        String head = t.beginNsec() == null ? "(-∞, " : "[" + time(t.beginNsec(), scale, compact) + ", ";
        String tail = t.endNsec() == null ? "∞)" : time(t.endNsec(), scale, compact) + ")";
        return head + tail;
    }

    /** One instant in ISO form with nine decimals, or fewer when {@code compact} and the rest are zeros. */
    private static String time(long taiNsec, TimeScale scale, boolean compact) {
        String iso = scale == TimeScale.UTC ? TaiTime.toUtcIso(taiNsec) : TaiTime.toTaiIso(taiNsec);
        if (!compact) {
            return iso;
        }
        while (iso.endsWith("000")) {
            iso = iso.substring(0, iso.length() - 3);
        }
        return iso.endsWith(".") ? iso.substring(0, iso.length() - 1) : iso;
    }

    /** daf_butler prints a {@code hash} field (stored as base64) as 0x and hex digits. */
    public static String hash(String base64) {
        try {
            return "0x" + HexFormat.of().formatHex(Base64.getDecoder().decode(base64));
        } catch (IllegalArgumentException e) {
            return base64;
        }
    }
}
