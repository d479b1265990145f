package org.lsst.butlerbrowser.model.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a spatial MOC (IVOA MOC 1.1/2.0 ASCII, e.g. {@code 5/4339 4345 6/17351-17353}, what DaCHS's
 * ADQL {@code MOC()} returns with xtype {@code moc}) as the union of its HEALPix cells. Each cell
 * becomes the convex polygon through its four corners, whose edges are great circles rather than
 * HEALPix's curves: close enough to draw and to test points well inside a cell.
 */
public final class MocRegions {

    /** More cells than anyone can look at; such a MOC is refused rather than drawn. */
    static final int MAX_CELLS = 200_000;
    private static final int MAX_ORDER = HealpixPixelization.MAX_ORDER;

    private MocRegions() {
    }

    public static Region parse(String text) {
        String t = text.strip();
        if (t.startsWith("t") || t.startsWith("T")) {
            throw new RegionFormatException("a time MOC is not a sky footprint: " + Polygons.abbreviate(text));
        }
        if (t.startsWith("s") || t.startsWith("S")) {
            t = t.substring(1);
        }
        List<Region> cells = new ArrayList<>();
        int order = -1;
        for (String token : t.split("[\\s,]+")) {
            if (token.isEmpty()) {
                continue;
            }
            String cellsPart = token;
            int slash = token.indexOf('/');
            if (slash >= 0) {
                order = integer(token.substring(0, slash), text);
                if (order > MAX_ORDER) {
                    throw new RegionFormatException("MOC order " + order + " is above " + MAX_ORDER + ": "
                            + Polygons.abbreviate(text));
                }
                cellsPart = token.substring(slash + 1);
                if (cellsPart.isEmpty()) {
                    continue;
                }
            }
            if (order < 0) {
                throw new RegionFormatException("a MOC must start with an order (order/cells): " + Polygons.abbreviate(text));
            }
            int dash = cellsPart.indexOf('-');
            long first = number(dash < 0 ? cellsPart : cellsPart.substring(0, dash), text);
            long last = dash < 0 ? first : number(cellsPart.substring(dash + 1), text);
            long cellsInOrder = 12L << (2 * order);
            if (first > last || last >= cellsInOrder) {
                throw new RegionFormatException("MOC cells " + cellsPart + " do not exist at order " + order + ": "
                        + Polygons.abbreviate(text));
            }
            if (cells.size() + (last - first + 1) > MAX_CELLS) {
                throw new RegionFormatException("the MOC has more than " + MAX_CELLS + " cells, too many to draw: "
                        + Polygons.abbreviate(text));
            }
            for (long ipix = first; ipix <= last; ipix++) {
                cells.add(HealpixPixelization.cell(order, ipix));
            }
        }
        if (cells.isEmpty()) {
            throw new RegionFormatException("the MOC has no cells: " + Polygons.abbreviate(text));
        }
        return cells.size() == 1 ? cells.get(0) : new UnionRegion(cells);
    }

    private static int integer(String s, String text) {
        long v = number(s, text);
        return (int) Math.min(v, Integer.MAX_VALUE);
    }

    private static long number(String s, String text) {
        try {
            long v = Long.parseLong(s.strip().toLowerCase(Locale.ROOT));
            if (v < 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new RegionFormatException("'" + s + "' is not a MOC order or cell number: " + Polygons.abbreviate(text));
        }
    }
}
