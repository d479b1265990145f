package org.lsst.butlerbrowser.model.sky;

import java.util.Arrays;
import java.util.List;
import org.lsst.butlerbrowser.model.region.BoundingCircle;
import org.lsst.butlerbrowser.model.region.Region;
import org.lsst.butlerbrowser.model.region.UnitVector3d;

/**
 * The footprints of one layer prepared for drawing and searching: each region's outline rings
 * packed into one array of vertex coordinates, and its bounding circle as centre and radius. Built
 * once; a frame then reads flat arrays instead of walking a million region objects. A footprint may
 * be null (a row without a region): it has no rings and is never found.
 */
public final class FootprintSet {

    private final List<Region> regions;
    /** x, y, z of every outline vertex, ring after ring, footprints near each other stored together. */
    private final double[] xyz;
    /** Footprint i owns rings firstRing[i] .. firstRing[i] + ringCount[i] − 1. */
    private final int[] firstRing;
    private final int[] ringCount;
    /** Ring r holds vertices vertexStart[r] .. vertexStart[r + 1] − 1. */
    private final int[] vertexStart;
    private final double[] centre;
    private final double[] radius;
    private volatile FootprintIndex index;
    private volatile DensityMap density;

    public FootprintSet(List<Region> regions) {
        this.regions = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(regions));
        int n = this.regions.size();
        firstRing = new int[n];
        ringCount = new int[n];
        centre = new double[3 * n];
        radius = new double[n];
        List<List<List<UnitVector3d>>> outlines = new java.util.ArrayList<>(java.util.Collections.nCopies(n, List.of()));
        int[] vertexCount = new int[n];
        // Bounding circles are most of the work, and independent: on every core.
        java.util.stream.IntStream.range(0, n).parallel().forEach(i -> {
            Region r = this.regions.get(i);
            radius[i] = -1;
            List<List<UnitVector3d>> rs = r == null ? List.of() : r.outlines();
            outlines.set(i, rs);
            ringCount[i] = rs.size();
            for (List<UnitVector3d> ring : rs) {
                vertexCount[i] += ring.size();
            }
            BoundingCircle bc = r == null ? BoundingCircle.EMPTY : r.boundingCircle();
            if (!bc.isEmpty()) {
                UnitVector3d c = bc.center();
                centre[3 * i] = c.x();
                centre[3 * i + 1] = c.y();
                centre[3 * i + 2] = c.z();
                radius[i] = Math.toRadians(Math.min(180, bc.openingAngleDeg()));
            }
        });
        int rings = 0;
        int vertices = 0;
        for (int i = 0; i < n; i++) {
            rings += ringCount[i];
            vertices += vertexCount[i];
        }
        // Pack the outlines in sky order (by the index's HEALPix cell of their centres), so that a
        // frame, which meets footprints cell by cell, reads them from memory in order.
        int order = FootprintIndex.orderFor(n);
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            long cell = radius[i] < 0 ? 0 : org.lsst.butlerbrowser.model.region.HealpixPixelization.index(order,
                    centre[3 * i], centre[3 * i + 1], centre[3 * i + 2]);
            keys[i] = (cell << 32) | i;
        }
        Arrays.sort(keys);
        vertexStart = new int[rings + 1];
        xyz = new double[3 * vertices];
        int ring = 0;
        int v = 0;
        for (long key : keys) {
            int i = (int) key;
            firstRing[i] = ring;
            for (List<UnitVector3d> outline : outlines.get(i)) {
                vertexStart[ring++] = v;
                for (UnitVector3d p : outline) {
                    xyz[3 * v] = p.x();
                    xyz[3 * v + 1] = p.y();
                    xyz[3 * v + 2] = p.z();
                    v++;
                }
            }
        }
        vertexStart[ring] = v;
    }

    public int size() {
        return radius.length;
    }

    /** The footprint's region, or null. */
    public Region region(int i) {
        return regions.get(i);
    }

    public List<Region> regions() {
        return regions;
    }

    /** Whether the footprint has a region that is not empty. */
    public boolean present(int i) {
        return radius[i] >= 0;
    }

    /** Its bounding circle's radius in radians; negative for none. */
    public double radiusRad(int i) {
        return radius[i];
    }

    public double centreX(int i) {
        return centre[3 * i];
    }

    public double centreY(int i) {
        return centre[3 * i + 1];
    }

    public double centreZ(int i) {
        return centre[3 * i + 2];
    }

    public UnitVector3d centre(int i) {
        return UnitVector3d.normalize(centre[3 * i], centre[3 * i + 1], centre[3 * i + 2]);
    }

    /** Appends the footprint's outline rings, projected and clipped, to a path. */
    public void outline(int i, SkyPathBuilder builder, PathSink sink) {
        boolean plain = builder.isPlain(centre[3 * i], centre[3 * i + 1], centre[3 * i + 2], radius[i]);
        for (int r = firstRing[i]; r < firstRing[i] + ringCount[i]; r++) {
            if (plain) {
                builder.plainRing(xyz, vertexStart[r], vertexStart[r + 1] - vertexStart[r], sink);
            } else {
                builder.ring(xyz, vertexStart[r], vertexStart[r + 1] - vertexStart[r], sink);
            }
        }
    }

    /** The spatial index over the bounding circles, built on first use. */
    public FootprintIndex index() {
        FootprintIndex i = index;
        if (i == null) {
            synchronized (this) {
                if (index == null) {
                    index = new FootprintIndex(this);
                }
                i = index;
            }
        }
        return i;
    }

    /** Counts of footprint centres per HEALPix cell, built on first use. */
    public DensityMap density() {
        DensityMap d = density;
        if (d == null) {
            synchronized (this) {
                if (density == null) {
                    density = new DensityMap(this);
                }
                d = density;
            }
        }
        return d;
    }

    @Override
    public String toString() {
        return "FootprintSet[" + size() + " footprints, " + (vertexStart.length - 1) + " rings, "
                + Arrays.stream(radius).filter(r -> r < 0).count() + " without a region]";
    }
}
