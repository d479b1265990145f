package org.lsst.butlerbrowser.model.region;

import java.util.ArrayList;
import java.util.List;

/**
 * The Hierarchical Triangular Mesh as sphgeom numbers it: eight root triangles S0..S3 = 8..11 and
 * N0..N3 = 12..15, each split into four children numbered 4·parent + 0..3, so that an index at
 * level L lies in [8·4^L, 16·4^L). The registry materializes region overlaps with the common
 * skypix (htm7); these are the indices to look them up by.
 */
public final class HtmPixelization {

    public static final int MAX_LEVEL = 24;

    private static final UnitVector3d[] V = {
        UnitVector3d.Z, UnitVector3d.X, UnitVector3d.Y,
        new UnitVector3d(-1, 0, 0), new UnitVector3d(0, -1, 0), new UnitVector3d(0, 0, -1)
    };
    /** Corners of S0..S3, N0..N3, counter-clockwise seen from outside. */
    private static final int[][] ROOTS = {
        {1, 5, 2}, {2, 5, 3}, {3, 5, 4}, {4, 5, 1}, {1, 0, 4}, {4, 0, 3}, {3, 0, 2}, {2, 0, 1}
    };

    private final int level;

    public HtmPixelization(int level) {
        if (level < 0 || level > MAX_LEVEL) {
            throw new IllegalArgumentException("HTM level must be 0.." + MAX_LEVEL + ", got " + level);
        }
        this.level = level;
    }

    public int level() {
        return level;
    }

    /** The index of the trixel holding a point. */
    public long index(UnitVector3d v) {
        for (int r = 0; r < ROOTS.length; r++) {
            UnitVector3d[] t = root(r);
            if (contains(t, v)) {
                long index = 8 + r;
                for (int l = 0; l < level; l++) {
                    UnitVector3d[][] children = children(t);
                    int child = 3;
                    for (int c = 0; c < 3; c++) {
                        if (contains(children[c], v)) {
                            child = c;
                            break;
                        }
                    }
                    t = children[child];
                    index = index * 4 + child;
                }
                return index;
            }
        }
        throw new IllegalStateException("no HTM root trixel contains " + v); // the roots cover the sphere
    }

    /**
     * The trixels that may intersect a circle (a superset: each trixel is tested through its own
     * bounding circle), sorted ascending. Exact tests belong to the caller.
     */
    public List<Long> envelope(UnitVector3d center, double radiusRad) {
        List<Long> out = new ArrayList<>();
        for (int r = 0; r < ROOTS.length; r++) {
            collect(root(r), 8 + r, 0, center, radiusRad, out);
        }
        out.sort(null);
        return out;
    }

    private void collect(UnitVector3d[] t, long index, int depth, UnitVector3d center, double radius, List<Long> out) {
        UnitVector3d c = UnitVector3d.normalize(t[0].x() + t[1].x() + t[2].x(), t[0].y() + t[1].y() + t[2].y(),
                t[0].z() + t[1].z() + t[2].z());
        double reach = Math.max(c.angleTo(t[0]), Math.max(c.angleTo(t[1]), c.angleTo(t[2])));
        if (c.angleTo(center) > reach + radius + 1e-12) {
            return;
        }
        if (depth == level) {
            out.add(index);
            return;
        }
        UnitVector3d[][] children = children(t);
        for (int i = 0; i < 4; i++) {
            collect(children[i], index * 4 + i, depth + 1, center, radius, out);
        }
    }

    private static UnitVector3d[] root(int r) {
        return new UnitVector3d[] {V[ROOTS[r][0]], V[ROOTS[r][1]], V[ROOTS[r][2]]};
    }

    private static UnitVector3d[][] children(UnitVector3d[] t) {
        UnitVector3d w0 = mid(t[1], t[2]);
        UnitVector3d w1 = mid(t[0], t[2]);
        UnitVector3d w2 = mid(t[0], t[1]);
        return new UnitVector3d[][] {{t[0], w2, w1}, {t[1], w0, w2}, {t[2], w1, w0}, {w0, w1, w2}};
    }

    private static UnitVector3d mid(UnitVector3d a, UnitVector3d b) {
        return UnitVector3d.normalize(a.x() + b.x(), a.y() + b.y(), a.z() + b.z());
    }

    private static boolean contains(UnitVector3d[] t, UnitVector3d v) {
        return UnitVector3d.orientation(t[0], t[1], v) >= 0 && UnitVector3d.orientation(t[1], t[2], v) >= 0
                && UnitVector3d.orientation(t[2], t[0], v) >= 0;
    }
}
