package org.lsst.butlerbrowser.model.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads STC-S footprints as ObsCore tables hold them in {@code s_region}: {@code POLYGON},
 * {@code CIRCLE}, {@code BOX} and {@code POSITION} with an optional frame (ICRS, FK5, J2000,
 * UNKNOWNFrame), case-insensitive, degrees. daf_butler writes {@code POLYGON ICRS lon lat ...}.
 * A polygon given clockwise is turned round so that it is convex counter-clockwise as sphgeom wants.
 */
public final class StcsParser {

    private static final Set<String> FRAMES = Set.of("ICRS", "FK5", "FK4", "J2000", "B1950", "GALACTIC",
            "ECLIPTIC", "UNKNOWNFRAME");
    private static final Set<String> REFPOS = Set.of("BARYCENTER", "GEOCENTER", "TOPOCENTER", "HELIOCENTER",
            "LSR", "UNKNOWNREFPOS");
    private static final Set<String> FLAVORS = Set.of("SPHERICAL2", "CARTESIAN2", "UNITSPHERE");

    private StcsParser() {
    }

    public static Region parse(String text) {
        if (text == null || text.isBlank()) {
            throw new RegionFormatException("the footprint is empty");
        }
        String[] tokens = text.trim().split("\\s+");
        String shape = tokens[0].toUpperCase(Locale.ROOT);
        int i = 1;
        while (i < tokens.length && isQualifier(tokens[i])) {
            i++;
        }
        double[] numbers = numbers(tokens, i, text);
        return switch (shape) {
            case "POLYGON" -> polygon(numbers, text);
            case "CIRCLE" -> {
                expect(numbers, 3, "CIRCLE needs ra dec radius", text);
                yield Circle.of(UnitVector3d.fromLonLatDegrees(numbers[0], numbers[1]), Math.toRadians(numbers[2]));
            }
            case "BOX" -> {
                expect(numbers, 4, "BOX needs ra dec width height", text);
                yield box(numbers);
            }
            case "POSITION" -> {
                expect(numbers, 2, "POSITION needs ra dec", text);
                yield Circle.of(UnitVector3d.fromLonLatDegrees(numbers[0], numbers[1]), 0.0);
            }
            default -> throw new RegionFormatException("unsupported STC-S shape '" + tokens[0] + "' in footprint: "
                    + abbreviate(text));
        };
    }

    private static boolean isQualifier(String token) {
        String t = token.toUpperCase(Locale.ROOT);
        return FRAMES.contains(t) || REFPOS.contains(t) || FLAVORS.contains(t);
    }

    private static double[] numbers(String[] tokens, int from, String text) {
        double[] out = new double[tokens.length - from];
        for (int k = from; k < tokens.length; k++) {
            try {
                out[k - from] = Double.parseDouble(tokens[k]);
            } catch (NumberFormatException e) {
                throw new RegionFormatException("'" + abbreviate(tokens[k]) + "' is not a number in footprint: "
                        + abbreviate(text));
            }
            if (!Double.isFinite(out[k - from])) {
                throw new RegionFormatException("a footprint coordinate is not finite: " + abbreviate(text));
            }
        }
        return out;
    }

    private static Region polygon(double[] n, String text) {
        if (n.length < 6 || n.length % 2 != 0) {
            throw new RegionFormatException("POLYGON needs at least 3 ra/dec pairs, got " + n.length
                    + " numbers in footprint: " + abbreviate(text));
        }
        List<UnitVector3d> vertices = new ArrayList<>(n.length / 2);
        for (int k = 0; k < n.length; k += 2) {
            vertices.add(UnitVector3d.fromLonLatDegrees(n[k], n[k + 1]));
        }
        if (UnitVector3d.orientation(vertices.get(0), vertices.get(1), vertices.get(2)) < 0) {
            java.util.Collections.reverse(vertices);
        }
        return new ConvexPolygon(vertices);
    }

    /** A BOX is centre and full widths along RA and Dec. */
    private static Region box(double[] n) {
        double halfWidth = n[2] / 2;
        double halfHeight = n[3] / 2;
        return Box.fromDegrees(n[0] - halfWidth, n[0] + halfWidth, n[1] - halfHeight, n[1] + halfHeight);
    }

    private static void expect(double[] n, int count, String what, String text) {
        if (n.length != count) {
            throw new RegionFormatException(what + ", got " + n.length + " numbers in footprint: " + abbreviate(text));
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
