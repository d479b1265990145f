package org.lsst.butlerbrowser.model.region;

import java.util.List;

/**
 * HEALPix in the NESTED numbering (Górski et al. 2005): at order k the sphere is cut into
 * 12·4^k cells of equal area, numbered face by face with the two in-face indices' bits interleaved.
 * Equal areas make it the pixelization for counting footprints per cell (a density map), and MOCs
 * are written in it.
 */
public final class HealpixPixelization {

    public static final int MAX_ORDER = 29;

    /** Per base face, the ring and longitude indices of its corner (HEALPix's jrll and jpll tables). */
    private static final int[] JRLL = {2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4};
    private static final int[] JPLL = {1, 3, 5, 7, 0, 2, 4, 6, 1, 3, 5, 7};
    private static final double TWO_THIRDS = 2.0 / 3.0;

    private HealpixPixelization() {
    }

    /** The number of cells at an order: 12·4^order. */
    public static long cellCount(int order) {
        checkOrder(order);
        return 12L << (2 * order);
    }

    /** The NESTED index of the cell holding the point (x, y, z), a unit vector. */
    public static long index(int order, double x, double y, double z) {
        checkOrder(order);
        long nside = 1L << order;
        double phi = Math.atan2(y, x);
        double tt = phi * (2 / Math.PI);
        if (tt < 0) {
            tt += 4;
        }
        if (tt >= 4) {
            tt = 0;
        }
        double za = Math.abs(z);
        long ix;
        long iy;
        long face;
        if (za <= TWO_THIRDS) {
            double temp1 = nside * (0.5 + tt);
            double temp2 = nside * (z * 0.75);
            long jp = (long) (temp1 - temp2); // index of the ascending edge line
            long jm = (long) (temp1 + temp2); // index of the descending edge line
            long ifp = jp >> order;
            long ifm = jm >> order;
            face = ifp == ifm ? (ifp | 4) : (ifp < ifm ? ifp : ifm + 8);
            ix = jm & (nside - 1);
            iy = nside - (jp & (nside - 1)) - 1;
        } else {
            int ntt = Math.min(3, (int) tt);
            double tp = tt - ntt;
            // √(3(1 − |z|)) written as sinθ/√((1 + |z|)/3), which keeps its precision near the poles.
            double sinTheta = Math.sqrt(x * x + y * y);
            double tmp = nside * sinTheta / Math.sqrt((1 + za) / 3);
            long jp = Math.min((long) (tp * tmp), nside - 1);
            long jm = Math.min((long) ((1.0 - tp) * tmp), nside - 1);
            if (z >= 0) {
                face = ntt;
                ix = nside - jm - 1;
                iy = nside - jp - 1;
            } else {
                face = ntt + 8;
                ix = jp;
                iy = jm;
            }
        }
        return (face << (2 * order)) + spreadBits(ix) + (spreadBits(iy) << 1);
    }

    public static long index(int order, UnitVector3d v) {
        return index(order, v.x(), v.y(), v.z());
    }

    /** The NESTED cell as the polygon through its corners, north, west, south and east. */
    public static ConvexPolygon cell(int order, long ipix) {
        checkOrder(order);
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

    private static void checkOrder(int order) {
        if (order < 0 || order > MAX_ORDER) {
            throw new IllegalArgumentException("HEALPix order must be 0.." + MAX_ORDER + ", got " + order);
        }
    }

    /** The point at (x, y) in [0, 1]² of a base face, from HEALPix's projection. */
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

    /** The inverse of {@link #compactEvenBits}: v's bits moved to the even positions. */
    private static long spreadBits(long v) {
        long x = v & 0x00000000FFFFFFFFL;
        x = (x | (x << 16)) & 0x0000FFFF0000FFFFL;
        x = (x | (x << 8)) & 0x00FF00FF00FF00FFL;
        x = (x | (x << 4)) & 0x0F0F0F0F0F0F0F0FL;
        x = (x | (x << 2)) & 0x3333333333333333L;
        x = (x | (x << 1)) & 0x5555555555555555L;
        return x;
    }
}
