package org.lsst.butlerbrowser.model.sky;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where to look: an ICRS position and, optionally, a field of view, as typed into a "go to" field
 * or given on the command line. Positions are decimal degrees ({@code 150.1 2.2}) or sexagesimal
 * with colons or letters ({@code 10:00:28.6 +02:12:21}, {@code 10h00m28.6s +2d12m21s}); RA in
 * sexagesimal is in hours. A field of view is degrees, or arcminutes or arcseconds with {@code '}
 * or {@code "} ({@code 30'}).
 *
 * @param fovDeg the field of view in degrees, NaN when none was given
 */
public record SkyTarget(double raDeg, double decDeg, double fovDeg) {

    private static final Pattern SEXAGESIMAL = Pattern.compile(
            "([+\\-−]?)(\\d+(?:\\.\\d*)?)[:hd°\\s]\\s*(\\d+(?:\\.\\d*)?)(?:[:m′'\\s]\\s*(\\d+(?:\\.\\d*)?)[s″\"]?)?[m′']?");
    private static final Pattern DECIMAL = Pattern.compile("([+\\-−]?\\d+(?:\\.\\d*)?|[+\\-−]?\\.\\d+)(?:d|deg|°)?");
    private static final Pattern FOV = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)\\s*(d|deg|°|'|′|arcmin|\"|″|arcsec)?");

    public SkyTarget {
        if (!Double.isFinite(raDeg) || !(Math.abs(decDeg) <= 90)) {
            throw new IllegalArgumentException("not a sky position: RA " + raDeg + "°, Dec " + decDeg + "°");
        }
        if (raDeg < 0 || raDeg >= 360) {
            raDeg = ((raDeg % 360) + 360) % 360;
        }
        if (!Double.isNaN(fovDeg) && !(fovDeg > 0)) {
            throw new IllegalArgumentException("the field of view must be positive, not " + fovDeg + "°");
        }
    }

    /** Whether a field of view was given. */
    public boolean hasFov() {
        return !Double.isNaN(fovDeg);
    }

    /**
     * Reads "RA, Dec" or "RA, Dec, FoV" (commas or blanks between them).
     *
     * @throws IllegalArgumentException naming the part that is not understood
     */
    public static SkyTarget parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("give a position as RA, Dec (degrees or hh:mm:ss, dd:mm:ss) and optionally a field of view");
        }
        List<String> parts = split(text.strip());
        if (parts.size() < 2 || parts.size() > 3) {
            throw new IllegalArgumentException("'" + text.strip() + "' is not RA, Dec[, FoV]: expected 2 or 3 values, found "
                    + parts.size());
        }
        double ra = angle(parts.get(0), true);
        double dec = angle(parts.get(1), false);
        if (!(Math.abs(dec) <= 90)) {
            throw new IllegalArgumentException("Dec " + parts.get(1) + " is outside −90°..+90°");
        }
        double fov = parts.size() == 3 ? fov(parts.get(2)) : Double.NaN;
        return new SkyTarget(ra, dec, fov);
    }

    /** The field of view alone: degrees, or arcminutes/arcseconds with ' or ". */
    public static double fov(String text) {
        Matcher m = FOV.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text.strip() + "' is not a field of view (e.g. 1.5, 30' or 45\")");
        }
        double value = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "d" : m.group(2);
        double deg = switch (unit) {
            case "'", "′", "arcmin" -> value / 60;
            case "\"", "″", "arcsec" -> value / 3600;
            default -> value;
        };
        if (!(deg > 0)) {
            throw new IllegalArgumentException("the field of view must be positive, not " + text.strip());
        }
        return deg;
    }

    /** Splits at commas, or at blanks when there are no commas; a sexagesimal value keeps its inner blanks only with commas. */
    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        String[] pieces = text.contains(",") ? text.split("\\s*,\\s*") : text.split("\\s+");
        for (String p : pieces) {
            if (!p.isBlank()) {
                parts.add(p.strip());
            }
        }
        return parts;
    }

    private static double angle(String text, boolean ra) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        Matcher d = DECIMAL.matcher(t);
        if (d.matches()) {
            return Double.parseDouble(d.group(1).replace('−', '-'));
        }
        Matcher s = SEXAGESIMAL.matcher(t);
        if (s.matches()) {
            double whole = Double.parseDouble(s.group(2));
            double minutes = Double.parseDouble(s.group(3));
            double seconds = s.group(4) == null ? 0 : Double.parseDouble(s.group(4));
            if (minutes >= 60 || seconds >= 60) {
                throw new IllegalArgumentException("'" + text.strip() + "' has minutes or seconds of 60 or more");
            }
            double value = whole + minutes / 60 + seconds / 3600;
            boolean negative = !s.group(1).isEmpty() && s.group(1).charAt(0) != '+';
            if (ra) {
                if (negative || value >= 24) {
                    throw new IllegalArgumentException("RA " + text.strip() + " is not between 0h and 24h");
                }
                return value * 15;
            }
            return negative ? -value : value;
        }
        throw new IllegalArgumentException("'" + text.strip() + "' is not " + (ra ? "an RA" : "a Dec")
                + " (use degrees, or hh:mm:ss / dd:mm:ss)");
    }
}
