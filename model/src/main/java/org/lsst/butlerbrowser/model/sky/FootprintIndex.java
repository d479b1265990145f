package org.lsst.butlerbrowser.model.sky;

import java.util.Arrays;
import java.util.function.IntConsumer;
import org.lsst.butlerbrowser.model.region.BoundingCircle;
import org.lsst.butlerbrowser.model.region.HealpixPixelization;
import org.lsst.butlerbrowser.model.region.UnitVector3d;

/**
 * A spatial index over a {@link FootprintSet}'s bounding circles: footprints are grouped by the
 * HEALPix cell of their centre (about 24 to a cell), and each group gets a circle that reaches all
 * its members. A search tests the groups' circles, then the members' bounding circles, then (for a
 * point) the exact region: a click among a million footprints touches a few hundred of them. Large
 * footprints only widen their own group's circle.
 */
public final class FootprintIndex {

    private static final int PER_CELL = 24;
    private static final int MAX_ORDER = 8;

    private final FootprintSet set;
    private final int order;
    private final int present;
    private final double[] cellXyz;
    private final double[] cellCos;
    private final double[] cellSin;
    private final int[] cellStart;
    private final int[] members;
    /** Per member position j (not footprint id): its centre and the cosine and sine of its radius. */
    private final double[] memberXyz;
    private final double[] memberCos;
    private final double[] memberSin;

    FootprintIndex(FootprintSet set) {
        this.set = set;
        int n = set.size();
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (set.present(i)) {
                count++;
            }
        }
        present = count;
        order = orderFor(count);
        long[] keys = new long[count];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (set.present(i)) {
                long cell = HealpixPixelization.index(order, set.centreX(i), set.centreY(i), set.centreZ(i));
                keys[m++] = (cell << 32) | i;
            }
        }
        Arrays.sort(keys);
        members = new int[count];
        memberXyz = new double[3 * count];
        memberCos = new double[count];
        memberSin = new double[count];
        int cells = 0;
        for (int j = 0; j < count; j++) {
            int i = (int) keys[j];
            members[j] = i;
            memberXyz[3 * j] = set.centreX(i);
            memberXyz[3 * j + 1] = set.centreY(i);
            memberXyz[3 * j + 2] = set.centreZ(i);
            memberCos[j] = Math.cos(set.radiusRad(i));
            memberSin[j] = Math.sin(set.radiusRad(i));
            if (j == 0 || (keys[j] >>> 32) != (keys[j - 1] >>> 32)) {
                cells++;
            }
        }
        cellStart = new int[cells + 1];
        cellXyz = new double[3 * cells];
        cellCos = new double[cells];
        cellSin = new double[cells];
        int c = -1;
        for (int j = 0; j < count; j++) {
            if (j == 0 || (keys[j] >>> 32) != (keys[j - 1] >>> 32)) {
                cellStart[++c] = j;
            }
        }
        cellStart[cells] = count;
        for (c = 0; c < cells; c++) {
            describeCell(c);
        }
    }

    /** The HEALPix order that groups this many footprints about PER_CELL to a cell. */
    static int orderFor(int footprints) {
        int k = 0;
        while (k < MAX_ORDER && HealpixPixelization.cellCount(k) * PER_CELL < footprints) {
            k++;
        }
        return k;
    }

    /** The cell's centre (mean of its members' centres) and the angle reaching all of them. */
    private void describeCell(int c) {
        double sx = 0;
        double sy = 0;
        double sz = 0;
        for (int j = cellStart[c]; j < cellStart[c + 1]; j++) {
            int i = members[j];
            sx += set.centreX(i);
            sy += set.centreY(i);
            sz += set.centreZ(i);
        }
        UnitVector3d centre = UnitVector3d.normalize(sx, sy, sz);
        double reach = 0;
        for (int j = cellStart[c]; j < cellStart[c + 1]; j++) {
            int i = members[j];
            reach = Math.max(reach, centre.angleTo(set.centre(i)) + set.radiusRad(i));
        }
        reach = Math.min(Math.PI, reach + 1e-12);
        cellXyz[3 * c] = centre.x();
        cellXyz[3 * c + 1] = centre.y();
        cellXyz[3 * c + 2] = centre.z();
        cellCos[c] = Math.cos(reach);
        cellSin[c] = Math.sin(reach);
    }

    /**
     * A circle holding every footprint (the union of the groups' circles; empty when there are
     * none): where to look to see them all.
     */
    public BoundingCircle bounds() {
        BoundingCircle all = BoundingCircle.EMPTY;
        for (int c = 0; c < cellCos.length; c++) {
            UnitVector3d centre = UnitVector3d.normalize(cellXyz[3 * c], cellXyz[3 * c + 1], cellXyz[3 * c + 2]);
            all = all.expandedTo(new BoundingCircle(centre, Math.toDegrees(Math.atan2(cellSin[c], cellCos[c]))));
        }
        return all;
    }

    /** The HEALPix order the footprints are grouped at. */
    public int order() {
        return order;
    }

    /** Footprints that have a region. */
    public int presentCount() {
        return present;
    }

    /**
     * Every footprint whose bounding circle meets the circle of {@code radiusRad} about {@code centre}
     * (a superset of those whose region does), in index order.
     */
    public void forEachNear(UnitVector3d centre, double radiusRad, IntConsumer action) {
        double x = centre.x();
        double y = centre.y();
        double z = centre.z();
        double cosR = Math.cos(radiusRad);
        double sinR = Math.sin(radiusRad);
        boolean everything = radiusRad >= Math.PI;
        for (int c = 0; c < cellCos.length; c++) {
            // angle ≤ reach + radius ⟺ cos(angle) ≥ cos(reach + radius), when reach + radius < π
            double dot = cellXyz[3 * c] * x + cellXyz[3 * c + 1] * y + cellXyz[3 * c + 2] * z;
            if (!everything && !meets(dot, cellCos[c], cellSin[c], cosR, sinR)) {
                continue;
            }
            for (int j = cellStart[c]; j < cellStart[c + 1]; j++) {
                double d = memberXyz[3 * j] * x + memberXyz[3 * j + 1] * y + memberXyz[3 * j + 2] * z;
                if (everything || meets(d, memberCos[j], memberSin[j], cosR, sinR)) {
                    action.accept(members[j]);
                }
            }
        }
    }

    /** Whether two circles with radii a and b whose centres have dot product d overlap. */
    private static boolean meets(double d, double cosA, double sinA, double cosB, double sinB) {
        double sinSum = sinA * cosB + cosA * sinB;
        double cosSum = cosA * cosB - sinA * sinB;
        // a + b ≥ π (sine of the sum below zero or cosine at −1) reaches everything.
        return sinSum < 0 || cosSum <= -1 || d >= cosSum - 1e-15;
    }

    /** The footprints meeting a cap of the sky (the whole sky when it is full). */
    public void forEachIn(BoundingCircle cap, IntConsumer action) {
        if (cap.isEmpty()) {
            return;
        }
        forEachNear(cap.center(), cap.isFull() ? Math.PI : Math.toRadians(cap.openingAngleDeg()), action);
    }

    /** How many footprints' bounding circles meet the cap. */
    public int countIn(BoundingCircle cap) {
        if (cap.isFull()) {
            return present;
        }
        int[] n = {0};
        forEachIn(cap, i -> n[0]++);
        return n[0];
    }

    /** The footprints whose region contains the point (the exact spherical test), ascending. */
    public int[] containing(UnitVector3d point) {
        int[] found = new int[8];
        int[] size = {0};
        int[][] holder = {found};
        forEachNear(point, 0, i -> {
            if (set.region(i).contains(point)) {
                if (size[0] == holder[0].length) {
                    holder[0] = Arrays.copyOf(holder[0], 2 * size[0]);
                }
                holder[0][size[0]++] = i;
            }
        });
        int[] out = Arrays.copyOf(holder[0], size[0]);
        Arrays.sort(out);
        return out;
    }
}
