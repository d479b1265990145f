package org.lsst.butlerbrowser.model.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads every STC-S footprint seen in ObsCore {@code s_region} columns: the simple shapes of
 * {@link StcsParser} and the compound {@code UNION [frame] ( region region ... )} and
 * {@code INTERSECTION [frame] ( region region ... )}, nested up to {@link RegionCodec#MAX_NESTING}
 * levels (what can be stored and drawn; deeper text is refused rather than overflowing the stack).
 * {@code NOT} is refused with a clear message: the region model has no complement (sphgeom has none
 * either), and no archive is known to serve one.
 */
public final class StcsRegionParser {

    private static final Set<String> SIMPLE = Set.of("POLYGON", "CIRCLE", "BOX", "POSITION");
    private static final Set<String> COMPOUND = Set.of("UNION", "INTERSECTION");
    /** Compiled once: a million footprints are a million splits. */
    private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("\\s+");

    private final String text;
    private final List<String> tokens;
    private int pos;
    private int depth;

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
            throw p.error("unexpected '" + Polygons.abbreviate(p.tokens.get(p.pos)) + "'");
        }
        return region;
    }

    private Region region() {
        if (pos >= tokens.size()) {
            throw error("a region is missing");
        }
        String keyword = StcsParser.keyword(tokens.get(pos));
        if (COMPOUND.contains(keyword)) {
            return compound(keyword);
        }
        if (keyword.equals("NOT")) {
            throw error("NOT (the outside of a region) cannot be drawn or tested as a footprint");
        }
        if (!SIMPLE.contains(keyword)) {
            throw error("unsupported STC-S shape '" + Polygons.abbreviate(tokens.get(pos)) + "'");
        }
        int start = pos++;
        while (pos < tokens.size() && !isShapeOrBracket(tokens.get(pos))) {
            pos++;
        }
        return StcsParser.parse(String.join(" ", tokens.subList(start, pos)));
    }

    private Region compound(String keyword) {
        if (++depth > RegionCodec.MAX_NESTING) {
            throw error("regions are nested more than " + RegionCodec.MAX_NESTING + " levels deep");
        }
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
        depth--;
        return keyword.equals("UNION") ? new UnionRegion(operands) : new IntersectionRegion(operands);
    }

    private static boolean isShapeOrBracket(String token) {
        String t = StcsParser.keyword(token);
        return token.equals("(") || token.equals(")") || SIMPLE.contains(t) || COMPOUND.contains(t) || t.equals("NOT");
    }

    private RegionFormatException error(String what) {
        return new RegionFormatException(what + " in STC-S footprint: " + Polygons.abbreviate(text));
    }
}
