package org.lsst.butlerbrowser.model.region;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a spatial MOC (IVOA MOC 1.1/2.0 ASCII, e.g. {@code 5/4339 4345 6/17351-17353}, what DaCHS's
 * ADQL {@code MOC()} returns with xtype {@code moc}) as the union of its HEALPix cells. Each cell
 * becomes the convex polygon through its four corners, whose edges are great circles rather than
 * HEALPix's curves: close enough to draw and to test points well inside a cell.
 */
public final class MocRegions {

    /** More cells than anyone can look at; such a MOC is refused rather than drawn. */
    static final int MAX_CELLS = 200_000;
    private static final int MAX_ORDER = 29;
    /** Per base face, the ring and longitude indices of its corner (HEALPix's jrll and jpll tables). */
    private static final int[] JRLL = {2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4};
    private static final int[] JPLL = {1, 3, 5, 7, 0, 2, 4, 6, 1, 3, 5, 7};

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
        // The cells are counted before any is built, so a short text naming millions is refused cheaply.
        List<long[]> ranges = new ArrayList<>();
        long cellCount = 0;
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
                throw new RegionFormatException("MOC cells " + Polygons.abbreviate(cellsPart) + " do not exist at order " + order + ": "
                        + Polygons.abbreviate(text));
            }
            cellCount += last - first + 1;
            if (cellCount > MAX_CELLS) {
                throw new RegionFormatException("the MOC has more than " + MAX_CELLS + " cells, too many to draw: "
                        + Polygons.abbreviate(text));
            }
            ranges.add(new long[] {order, first, last});
        }
        List<Region> cells = new ArrayList<>((int) cellCount);
        for (long[] range : ranges) {
            for (long ipix = range[1]; ipix <= range[2]; ipix++) {
                cells.add(cell((int) range[0], ipix));
            }
        }
        if (cells.isEmpty()) {
            throw new RegionFormatException("the MOC has no cells: " + Polygons.abbreviate(text));
        }
        return cells.size() == 1 ? cells.get(0) : new UnionRegion(cells);
    }

    /** The HEALPix NESTED cell as the polygon through its corners, north, west, south and east. */
    public static ConvexPolygon cell(int order, long ipix) {
        long nside = 1L << order;
        long perFace = nside * nside;
        int face = (int) (ipix / perFace);
        long inFace = ipix % perFace;
        double ix = compactEvenBits(inFace);
        double iy = compactEvenBits(inFace >>> 1);
        List<UnitVector3d> corners = List.of(
                corner(face, (ix + 1) / nside, (iy + 1) / nside),
                corner(face, ix / nside, (iy + 1) / nside),
                corner(face, ix / nside, iy / nside),
                corner(face, (ix + 1) / nside, iy / nside));
        return Polygons.fromVertices(corners, () -> "HEALPix cell " + order + "/" + ipix);
    }

    /** The point at (x, y) in [0, 1]² of a base face, from HEALPix's projection (Górski et al. 2005). */
    private static UnitVector3d corner(int face, double x, double y) {
        double jr = JRLL[face] - x - y;
        double nr;
        double z;
        if (jr < 1) {
            nr = jr;
            z = 1 - nr * nr / 3;
        } else if (jr > 3) {
            nr = 4 - jr;
            z = nr * nr / 3 - 1;
        } else {
            nr = 1;
            z = (2 - jr) * 2 / 3;
        }
        double tmp = JPLL[face] * nr + x - y;
        if (tmp < 0) {
            tmp += 8;
        }
        if (tmp >= 8) {
            tmp -= 8;
        }
        double phi = nr < 1e-15 ? 0 : Math.PI / 4 * tmp / nr;
        double sinTheta = Math.sqrt(Math.max(0, (1 - z) * (1 + z)));
        return UnitVector3d.normalize(sinTheta * Math.cos(phi), sinTheta * Math.sin(phi), z);
    }

    /** The even-numbered bits of v packed together: the x (or, shifted, y) index of a NESTED pixel. */
    private static long compactEvenBits(long v) {
        long x = v & 0x5555555555555555L;
        x = (x | (x >>> 1)) & 0x3333333333333333L;
        x = (x | (x >>> 2)) & 0x0F0F0F0F0F0F0F0FL;
        x = (x | (x >>> 4)) & 0x00FF00FF00FF00FFL;
        x = (x | (x >>> 8)) & 0x0000FFFF0000FFFFL;
        x = (x | (x >>> 16)) & 0x00000000FFFFFFFFL;
        return x;
    }

    private static int integer(String s, String text) {
        long v = number(s, text);
        return (int) Math.min(v, Integer.MAX_VALUE);
    }

    private static long number(String s, String text) {
        try {
            long v = Long.parseLong(s.strip());
            if (v < 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new RegionFormatException("'" + Polygons.abbreviate(s) + "' is not a MOC order or cell number: " + Polygons.abbreviate(text));
        }
    }
}
