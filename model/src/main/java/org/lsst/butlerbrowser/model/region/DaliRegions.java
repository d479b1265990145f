package org.lsst.butlerbrowser.model.region;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Footprints as DALI 1.1 serializes geometry in VOTable arrays of degrees: {@code point} (ra dec),
 * {@code circle} (ra dec radius) and {@code polygon} (ra1 dec1 ra2 dec2 ..., implicitly closed). As
 * TOPCAT does, a NaN NaN pair inside a polygon array separates several polygons, read as their union.
 */
public final class DaliRegions {

    private DaliRegions() {
    }

    public static Region point(double[] values) {
        expect(values, 2, "a DALI point needs ra dec");
        return Circle.of(Polygons.vertex(values[0], values[1], () -> text(values)), 0.0);
    }

    public static Region circle(double[] values) {
        expect(values, 3, "a DALI circle needs ra dec radius");
        if (!(values[2] >= 0.0 && values[2] <= 180.0)) {
            throw new RegionFormatException("a DALI circle radius must be 0 to 180 degrees, got " + values[2]);
        }
        return Circle.of(Polygons.vertex(values[0], values[1], () -> text(values)), Math.toRadians(values[2]));
    }

    public static Region polygon(double[] values) {
        List<Region> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i + 1 < values.length; i += 2) {
            if (Double.isNaN(values[i]) && Double.isNaN(values[i + 1])) {
                parts.add(part(values, start, i));
                start = i + 2;
            }
        }
        parts.add(part(values, start, values.length));
        return parts.size() == 1 ? parts.get(0) : new UnionRegion(parts);
    }

    /** The numbers of a DALI value written as text (TABLEDATA, CSV): blank- or comma-separated. */
    public static double[] numbers(String text) {
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            return new double[0];
        }
        String[] tokens = trimmed.split("[\\s,]+");
        double[] out = new double[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            try {
                out[i] = Double.parseDouble(tokens[i]);
            } catch (NumberFormatException e) {
                throw new RegionFormatException("'" + Polygons.abbreviate(tokens[i]) + "' is not a number in DALI value: "
                        + Polygons.abbreviate(text));
            }
        }
        return out;
    }

    private static ConvexPolygon part(double[] values, int from, int to) {
        return Polygons.fromVertices(Polygons.fromDegreePairs(values, from, to, () -> text(values)), () -> text(values));
    }

    private static void expect(double[] values, int count, String what) {
        if (values.length != count) {
            throw new RegionFormatException(what + ", got " + values.length + " numbers: " + text(values));
        }
    }

    private static String text(double[] values) {
        return Polygons.abbreviate(Arrays.toString(values));
    }
}
