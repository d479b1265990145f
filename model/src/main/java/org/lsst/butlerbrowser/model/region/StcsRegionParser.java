package org.lsst.butlerbrowser.model.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Reads every STC-S footprint seen in ObsCore {@code s_region} columns: the simple shapes of
 * {@link StcsParser} (whose polygons may here repeat their first vertex at the end) and the compound
 * {@code UNION [frame] ( region region ... )} and {@code INTERSECTION [frame] ( region region ... )},
 * nested to any depth. {@code NOT} is refused with a clear message: the region model has no
 * complement (sphgeom has none either), and no archive is known to serve one.
 */
public final class StcsRegionParser {

    private static final Set<String> SIMPLE = Set.of("POLYGON", "CIRCLE", "BOX", "POSITION");
    private static final Set<String> COMPOUND = Set.of("UNION", "INTERSECTION");
    /** Compiled once: a million footprints are a million splits. */
    private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("\\s+");

    private final String text;
    private final List<String> tokens;
    private int pos;

    private StcsRegionParser(String text) {
        this.text = text;
        this.tokens = List.of(BLANKS.split(text.replace("(", " ( ").replace(")", " ) ").trim()));
    }

    public static Region parse(String text) {
        if (text == null || text.isBlank()) {
            throw new RegionFormatException("the footprint is empty");
        }
        StcsRegionParser p = new StcsRegionParser(text);
        Region region = p.region();
        if (p.pos != p.tokens.size()) {
            throw p.error("unexpected '" + p.tokens.get(p.pos) + "'");
        }
        return region;
    }

    private Region region() {
        if (pos >= tokens.size()) {
            throw error("a region is missing");
        }
        String keyword = tokens.get(pos).toUpperCase(Locale.ROOT);
        if (COMPOUND.contains(keyword)) {
            return compound(keyword);
        }
        if (keyword.equals("NOT")) {
            throw error("NOT (the outside of a region) cannot be drawn or tested as a footprint");
        }
        if (!SIMPLE.contains(keyword)) {
            throw error("unsupported STC-S shape '" + tokens.get(pos) + "'");
        }
        int start = pos++;
        while (pos < tokens.size() && !isShapeOrBracket(tokens.get(pos))) {
            pos++;
        }
        List<String> shape = tokens.subList(start, pos);
        return StcsParser.parse(String.join(" ", keyword.equals("POLYGON") ? withoutClosingVertex(shape) : shape));
    }

    /** The polygon's tokens without a last vertex that repeats the first, which some services add. */
    private static List<String> withoutClosingVertex(List<String> shape) {
        int first = 1;
        while (first < shape.size() && number(shape.get(first)) == null) {
            first++;
        }
        int last = shape.size() - 2;
        boolean closed = shape.size() - first >= 8 && (shape.size() - first) % 2 == 0
                && Objects.equals(number(shape.get(first)), number(shape.get(last)))
                && Objects.equals(number(shape.get(first + 1)), number(shape.get(last + 1)));
        return closed ? shape.subList(0, last) : shape;
    }

    private static Double number(String token) {
        try {
            return Double.valueOf(token);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Region compound(String keyword) {
        pos++;
        while (pos < tokens.size() && !tokens.get(pos).equals("(")) {
            pos++; // frame, reference position, flavour
        }
        if (pos >= tokens.size()) {
            throw error(keyword + " needs its regions in parentheses");
        }
        pos++;
        List<Region> operands = new ArrayList<>();
        while (pos < tokens.size() && !tokens.get(pos).equals(")")) {
            operands.add(region());
        }
        if (pos >= tokens.size()) {
            throw error("a ')' is missing");
        }
        pos++;
        if (operands.size() < 2) {
            throw error(keyword + " needs at least two regions, got " + operands.size());
        }
        return keyword.equals("UNION") ? new UnionRegion(operands) : new IntersectionRegion(operands);
    }

    private static boolean isShapeOrBracket(String token) {
        String t = token.toUpperCase(Locale.ROOT);
        return token.equals("(") || token.equals(")") || SIMPLE.contains(t) || COMPOUND.contains(t) || t.equals("NOT");
    }

    private RegionFormatException error(String what) {
        return new RegionFormatException(what + " in STC-S footprint: " + Polygons.abbreviate(text));
    }
}
