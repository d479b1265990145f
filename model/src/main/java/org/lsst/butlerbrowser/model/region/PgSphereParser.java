package org.lsst.butlerbrowser.model.region;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads pgSphere's text output for {@code spoint} {@code (lon , lat)}, {@code spoly}
 * {@code {(lon , lat),...}}, {@code scircle} {@code <(lon , lat) , radius>} and {@code sbox}
 * {@code ((lon , lat), (lon , lat))} (south-west and north-east corners), which is what a registry's
 * {@code pgsphere_region} column or a cast to text gives. Angles are radians by default; after
 * {@code set_sphere_output('DEG')} they end in {@code d}, and the DMS and HMS outputs write
 * {@code 358d 19m 30.17s} and {@code 23h 53m 18.01s}.
 */
public final class PgSphereParser {

    private static final String ANGLE = "([^(),<>{}]+?)";
    private static final String POINT = "\\(\\s*" + ANGLE + "\\s*,\\s*" + ANGLE + "\\s*\\)";
    private static final Pattern POINT_ONLY = Pattern.compile("^" + POINT + "$");
    private static final Pattern ANY_POINT = Pattern.compile(POINT);
    private static final Pattern CIRCLE = Pattern.compile("^<\\s*" + POINT + "\\s*,\\s*" + ANGLE + "\\s*>$");
    private static final Pattern BOX = Pattern.compile("^\\(\\s*" + POINT + "\\s*,\\s*" + POINT + "\\s*\\)$");
    /** A sexagesimal or unit-suffixed angle: optional sign, then number-unit parts (h or d, m, s). */
    // Possessive: a number must be followed at once by its unit; backtracking into a long run of
    // digits that has none, from every start, took quadratic time (40,000 digits: twenty seconds).
    private static final Pattern PART = Pattern.compile("(\\d++(?:\\.\\d*+)?|\\.\\d++)([hdms'\"])");

    private PgSphereParser() {
    }

    /** Whether the text looks like pgSphere output (it starts with a bracket STC-S never uses). */
    public static boolean looksLikePgSphere(String text) {
        String t = text.stripLeading();
        return !t.isEmpty() && (t.charAt(0) == '{' || t.charAt(0) == '(' || t.charAt(0) == '<');
    }

    public static Region parse(String text) {
        String t = text.strip();
        Matcher m;
        if ((m = POINT_ONLY.matcher(t)).matches()) {
            return Circle.of(point(m.group(1), m.group(2), text), 0.0);
        }
        if ((m = CIRCLE.matcher(t)).matches()) {
            return Circle.of(point(m.group(1), m.group(2), text), angle(m.group(3), text));
        }
        if ((m = BOX.matcher(t)).matches()) {
            double lonA = angle(m.group(1), text);
            double latA = latitude(m.group(2), text);
            double lonB = angle(m.group(3), text);
            double latB = latitude(m.group(4), text);
            return Box.fromDegrees(Math.toDegrees(lonA), Math.toDegrees(lonB), Math.toDegrees(latA), Math.toDegrees(latB));
        }
        if (t.startsWith("{") && t.endsWith("}")) {
            return polygon(t, text);
        }
        throw new RegionFormatException("not a pgSphere spoint, spoly, scircle or sbox: " + Polygons.abbreviate(text));
    }

    /** Points separated by commas, checked piece by piece (a repeated regex group overflows the stack on long lists). */
    private static Region polygon(String braced, String text) {
        String body = braced.substring(1, braced.length() - 1);
        List<UnitVector3d> vertices = new ArrayList<>();
        Matcher p = ANY_POINT.matcher(body);
        int end = 0;
        while (p.find()) {
            String gap = body.substring(end, p.start()).strip();
            if (!gap.equals(vertices.isEmpty() ? "" : ",")) {
                throw new RegionFormatException("not a pgSphere spoly: " + Polygons.abbreviate(text));
            }
            vertices.add(point(p.group(1), p.group(2), text));
            end = p.end();
        }
        if (!body.substring(end).isBlank()) {
            throw new RegionFormatException("not a pgSphere spoly: " + Polygons.abbreviate(text));
        }
        return Polygons.fromVertices(vertices, () -> text);
    }

    private static UnitVector3d point(String lon, String lat, String text) {
        return UnitVector3d.fromLonLatRadians(angle(lon, text), latitude(lat, text));
    }

    /**
     * A latitude in radians. pgSphere prints 15 significant digits, so a pole comes out as
     * ±1.5707963267949, a hair beyond ±π/2: such values are the pole.
     */
    private static double latitude(String raw, String text) {
        double lat = angle(raw, text);
        if (!(Math.abs(lat) <= 0.5 * Math.PI + 1e-12)) {
            throw new RegionFormatException("latitude " + Polygons.abbreviate(raw.strip()) + " is beyond a pole in footprint: "
                    + Polygons.abbreviate(text));
        }
        return Math.max(-0.5 * Math.PI, Math.min(0.5 * Math.PI, lat));
    }

    /** One finite angle in radians: a bare number is radians, as pgSphere's default output. */
    static double angle(String raw, String text) {
        double radians = anyAngle(raw, text);
        if (!Double.isFinite(radians)) {
            throw notAnAngle(raw, text); // e.g. 1e999, or a 400-digit number of degrees
        }
        return radians;
    }

    private static double anyAngle(String raw, String text) {
        String s = raw.replaceAll("\\s+", "");
        double sign = 1.0;
        if (s.startsWith("-") || s.startsWith("+")) {
            sign = s.charAt(0) == '-' ? -1.0 : 1.0;
            s = s.substring(1);
        }
        if (!s.isEmpty() && Character.isDigit(s.charAt(s.length() - 1))) {
            try {
                return sign * Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw notAnAngle(raw, text);
            }
        }
        Matcher m = PART.matcher(s);
        double degrees = 0.0;
        double scale = 1.0; // 15 once the first part says hours
        int end = 0;
        boolean first = true;
        // Each part must follow the last directly: lookingAt at the end of the last, not find(), which
        // would retry from every later position (quadratic on a long run of digits without a unit).
        while (end < s.length()) {
            m.region(end, s.length());
            if (!m.lookingAt()) {
                throw notAnAngle(raw, text);
            }
            double v = Double.parseDouble(m.group(1));
            switch (m.group(2)) {
                case "h" -> {
                    if (!first) {
                        throw notAnAngle(raw, text);
                    }
                    scale = 15.0;
                    degrees += v;
                }
                case "d" -> {
                    if (!first) {
                        throw notAnAngle(raw, text);
                    }
                    degrees += v;
                }
                case "m", "'" -> degrees += v / 60.0;
                default -> degrees += v / 3600.0;
            }
            first = false;
            end = m.end();
        }
        if (first) {
            throw notAnAngle(raw, text);
        }
        return sign * Math.toRadians(degrees * scale);
    }

    private static RegionFormatException notAnAngle(String raw, String text) {
        return new RegionFormatException("'" + Polygons.abbreviate(raw.strip()) + "' is not a pgSphere angle in footprint: " + Polygons.abbreviate(text));
    }
}
