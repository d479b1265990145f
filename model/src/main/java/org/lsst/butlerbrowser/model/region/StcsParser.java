package org.lsst.butlerbrowser.model.region;

import java.util.Locale;
import java.util.Set;

/**
 * Reads STC-S footprints as ObsCore tables hold them in {@code s_region}: {@code POLYGON},
 * {@code CIRCLE}, {@code BOX} and {@code POSITION} with an optional frame (ICRS, FK5, J2000,
 * UNKNOWNFrame), case-insensitive, degrees. daf_butler writes {@code POLYGON ICRS lon lat ...}.
 * A polygon given clockwise is turned round so that it is convex counter-clockwise as sphgeom wants,
 * and a last vertex repeating the first (which some services add) is dropped. Positions off the
 * sphere, negative sizes and circles wider than the sky are refused.
 */
final class StcsParser {

    private static final Set<String> FRAMES = Set.of("ICRS", "FK5", "FK4", "J2000", "B1950", "GALACTIC",
            "ECLIPTIC", "UNKNOWNFRAME");
    private static final Set<String> REFPOS = Set.of("BARYCENTER", "GEOCENTER", "TOPOCENTER", "HELIOCENTER",
            "LSR", "UNKNOWNREFPOS");
    private static final Set<String> FLAVORS = Set.of("SPHERICAL2", "CARTESIAN2", "UNITSPHERE");

    private StcsParser() {
    }

    static Region parse(String text) {
        if (text == null || text.isBlank()) {
            throw new RegionFormatException("the footprint is empty");
        }
        String[] tokens = text.trim().split("\\s+");
        String shape = keyword(tokens[0]);
        int i = 1;
        while (i < tokens.length && isQualifier(tokens[i])) {
            i++;
        }
        double[] numbers = numbers(tokens, i, text);
        return switch (shape) {
            case "POLYGON" -> polygon(numbers, text);
            case "CIRCLE" -> {
                expect(numbers, 3, "CIRCLE needs ra dec radius", text);
                if (numbers[2] < 0.0 || numbers[2] > 180.0) {
                    throw new RegionFormatException("a CIRCLE radius must be 0 to 180 degrees, got " + numbers[2]
                            + " in footprint: " + Polygons.abbreviate(text));
                }
                yield Circle.of(position(numbers, text), Math.toRadians(numbers[2]));
            }
            case "BOX" -> {
                expect(numbers, 4, "BOX needs ra dec width height", text);
                yield box(numbers, text);
            }
            case "POSITION" -> {
                expect(numbers, 2, "POSITION needs ra dec", text);
                yield Circle.of(position(numbers, text), 0.0);
            }
            default -> throw new RegionFormatException("unsupported STC-S shape '" + Polygons.abbreviate(tokens[0])
                    + "' in footprint: " + Polygons.abbreviate(text));
        };
    }

    /**
     * The token upper-cased when it is short enough to be a keyword, else as it is: upper-casing
     * text such as "ßßß…" is quadratic in the JDK (each ß grows the result array by one).
     */
    static String keyword(String token) {
        return token.length() <= 16 ? token.toUpperCase(Locale.ROOT) : token;
    }

    private static boolean isQualifier(String token) {
        String t = keyword(token);
        return FRAMES.contains(t) || REFPOS.contains(t) || FLAVORS.contains(t);
    }

    private static double[] numbers(String[] tokens, int from, String text) {
        double[] out = new double[tokens.length - from];
        for (int k = from; k < tokens.length; k++) {
            try {
                out[k - from] = Double.parseDouble(tokens[k]);
            } catch (NumberFormatException e) {
                throw new RegionFormatException("'" + Polygons.abbreviate(tokens[k]) + "' is not a number in footprint: "
                        + Polygons.abbreviate(text));
            }
            if (!Double.isFinite(out[k - from])) {
                throw new RegionFormatException("a footprint coordinate is not finite: " + Polygons.abbreviate(text));
            }
        }
        return out;
    }

    private static UnitVector3d position(double[] n, String text) {
        return Polygons.vertex(n[0], n[1], () -> text);
    }

    private static Region polygon(double[] n, String text) {
        if (n.length < 6 || n.length % 2 != 0) {
            throw new RegionFormatException("POLYGON needs at least 3 ra/dec pairs, got " + n.length
                    + " numbers in footprint: " + Polygons.abbreviate(text));
        }
        return Polygons.fromVertices(Polygons.fromDegreePairs(n, 0, n.length, () -> text), () -> text);
    }

    /**
     * A BOX is centre and full widths along RA and Dec. A height reaching past a pole stops at the pole,
     * and a width of 360° or more covers every longitude.
     */
    private static Region box(double[] n, String text) {
        position(n, text);
        if (n[2] < 0.0 || n[3] < 0.0) {
            throw new RegionFormatException("a BOX width and height must not be negative, got " + n[2] + " and " + n[3]
                    + " in footprint: " + Polygons.abbreviate(text));
        }
        double latA = Math.max(-90.0, n[1] - n[3] / 2);
        double latB = Math.min(90.0, n[1] + n[3] / 2);
        if (n[2] >= 360.0) {
            return Box.fromDegrees(0.0, 360.0, latA, latB);
        }
        return Box.fromDegrees(n[0] - n[2] / 2, n[0] + n[2] / 2, latA, latB);
    }

    private static void expect(double[] n, int count, String what, String text) {
        if (n.length != count) {
            throw new RegionFormatException(what + ", got " + n.length + " numbers in footprint: "
                    + Polygons.abbreviate(text));
        }
    }
}
