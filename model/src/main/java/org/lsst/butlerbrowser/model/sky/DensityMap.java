package org.lsst.butlerbrowser.model.sky;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;
import org.lsst.butlerbrowser.model.region.BoundingCircle;
import org.lsst.butlerbrowser.model.region.HealpixPixelization;
import org.lsst.butlerbrowser.model.region.UnitVector3d;

/**
 * How many footprints have their centre in each HEALPix cell, for drawing a layer too crowded to
 * outline. Counted once at the finest order; coarser orders are sums of four children (NESTED
 * numbering makes a parent's index the child's shifted right by two bits). Only non-empty cells
 * are kept.
 */
public final class DensityMap {

    /** The finest order counted: cells of about 0.23°. */
    public static final int MAX_ORDER = 8;

    private final long[] cells;
    private final int[] counts;
    private final Level[] levels = new Level[MAX_ORDER + 1];

    DensityMap(FootprintSet set) {
        long[] pixels = new long[set.size()];
        int n = 0;
        for (int i = 0; i < set.size(); i++) {
            if (set.present(i)) {
                pixels[n++] = HealpixPixelization.index(MAX_ORDER, set.centreX(i), set.centreY(i), set.centreZ(i));
            }
        }
        pixels = Arrays.copyOf(pixels, n);
        Arrays.sort(pixels);
        long[] c = new long[n];
        int[] k = new int[n];
        int m = 0;
        for (int j = 0; j < n; j++) {
            if (m > 0 && c[m - 1] == pixels[j]) {
                k[m - 1]++;
            } else {
                c[m] = pixels[j];
                k[m++] = 1;
            }
        }
        cells = Arrays.copyOf(c, m);
        counts = Arrays.copyOf(k, m);
    }

    /**
     * The order whose cells are about {@code cellPixels} wide at {@code pixelsPerRadian}: cells of
     * order k are about √(4π / 12) / 2^k radians across.
     */
    public static int orderFor(double pixelsPerRadian, double cellPixels) {
        double baseCell = Math.sqrt(4 * Math.PI / 12) * pixelsPerRadian;
        int k = (int) Math.round(Math.log(baseCell / cellPixels) / Math.log(2));
        return Math.max(0, Math.min(MAX_ORDER, k));
    }

    /** The counts summed to cells of the given order (cached). */
    public synchronized Level level(int order) {
        if (order < 0 || order > MAX_ORDER) {
            throw new IllegalArgumentException("density order must be 0.." + MAX_ORDER + ", got " + order);
        }
        if (levels[order] == null) {
            int shift = 2 * (MAX_ORDER - order);
            long[] c = new long[cells.length];
            int[] k = new int[cells.length];
            int m = 0;
            for (int j = 0; j < cells.length; j++) {
                long parent = cells[j] >>> shift;
                if (m > 0 && c[m - 1] == parent) {
                    k[m - 1] += counts[j];
                } else {
                    c[m] = parent;
                    k[m++] = counts[j];
                }
            }
            levels[order] = new Level(order, Arrays.copyOf(c, m), Arrays.copyOf(k, m));
        }
        return levels[order];
    }

    /** The non-empty cells of one order with their counts; cell shapes are computed when first drawn. */
    public static final class Level {
        private final int order;
        private final long[] cells;
        private final int[] counts;
        private final int maxCount;
        /** Per cell: 4 corners then the centre (x, y, z each) and its radius in radians; null until needed. */
        private float[] shapes;

        Level(int order, long[] cells, int[] counts) {
            this.order = order;
            this.cells = cells;
            this.counts = counts;
            this.maxCount = Arrays.stream(counts).max().orElse(0);
        }

        public int order() {
            return order;
        }

        /** The number of non-empty cells. */
        public int size() {
            return cells.length;
        }

        public long cell(int k) {
            return cells[k];
        }

        public int count(int k) {
            return counts[k];
        }

        public int maxCount() {
            return maxCount;
        }

        /** The non-empty cells that may meet a cap of the sky. */
        public void forEachIn(BoundingCircle cap, IntConsumer action) {
            float[] s = shapes();
            if (cap.isFull()) {
                for (int k = 0; k < cells.length; k++) {
                    action.accept(k);
                }
                return;
            }
            UnitVector3d c = cap.center();
            double capRadius = Math.toRadians(cap.openingAngleDeg());
            for (int k = 0; k < cells.length; k++) {
                int o = 16 * k + 12;
                double d = s[o] * c.x() + s[o + 1] * c.y() + s[o + 2] * c.z();
                double angle = Math.acos(Math.max(-1, Math.min(1, d)));
                if (angle <= capRadius + s[o + 3] + 1e-6) {
                    action.accept(k);
                }
            }
        }

        /** Appends the cell's outline (its four corners joined by great circles) to a path. */
        public void outline(int k, SkyPathBuilder builder, PathSink sink, double[] scratch) {
            float[] s = shapes();
            for (int j = 0; j < 12; j++) {
                scratch[j] = s[16 * k + j];
            }
            int o = 16 * k + 12;
            if (builder.isPlain(s[o], s[o + 1], s[o + 2], s[o + 3])) {
                builder.plainRing(scratch, 0, 4, sink);
            } else {
                builder.ring(scratch, 0, 4, sink);
            }
        }

        private synchronized float[] shapes() {
            if (shapes == null) {
                float[] s = new float[16 * cells.length];
                for (int k = 0; k < cells.length; k++) {
                    List<UnitVector3d> corners = HealpixPixelization.cell(order, cells[k]).vertices();
                    double sx = 0;
                    double sy = 0;
                    double sz = 0;
                    for (int j = 0; j < 4; j++) {
                        UnitVector3d v = corners.get(j);
                        s[16 * k + 3 * j] = (float) v.x();
                        s[16 * k + 3 * j + 1] = (float) v.y();
                        s[16 * k + 3 * j + 2] = (float) v.z();
                        sx += v.x();
                        sy += v.y();
                        sz += v.z();
                    }
                    UnitVector3d centre = UnitVector3d.normalize(sx, sy, sz);
                    double reach = 0;
                    for (UnitVector3d v : corners) {
                        reach = Math.max(reach, centre.angleTo(v));
                    }
                    s[16 * k + 12] = (float) centre.x();
                    s[16 * k + 13] = (float) centre.y();
                    s[16 * k + 14] = (float) centre.z();
                    s[16 * k + 15] = (float) (reach * 1.01);
                }
                shapes = s;
            }
            return shapes;
        }
    }
}
