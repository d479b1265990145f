package org.lsst.butlerbrowser.model.sky;

import java.util.List;
import org.lsst.butlerbrowser.model.region.UnitVector3d;

/**
 * Turns rings and lines on the sphere into pixel paths for one {@link Viewport}, drawing their
 * edges as great-circle arcs and cutting them where the projection must:
 * <ul>
 *   <li>All-sky projections: an arc crossing the seam (the centre's antimeridian) is split there and
 *       each piece is closed along the map's edge, so nothing smears across the map. A ring around a
 *       pole of the view's frame crosses the seam an odd number of times; its open piece is closed
 *       through that pole along the edge, so the pole's side is filled.</li>
 *   <li>TAN and SIN: rings are clipped to a cap about the centre (the visible hemisphere for SIN,
 *       a cap just wider than the view for TAN), the clipped side following the cap's edge.</li>
 *   <li>Arcs are subdivided where the projection curves them (everywhere but TAN, which keeps
 *       great circles straight).</li>
 * </ul>
 * Rings run counter-clockwise seen from outside the sphere (sphgeom's convention), interior on the
 * left, and every piece made of a ring keeps that direction, so all paths turn the same way on the
 * screen: filled with the non-zero rule, footprints batched into one path overlap without holes.
 * Not thread-safe: one per frame.
 */
public final class SkyPathBuilder {

    /** Longest projected segment, in pixels, before a curved arc is subdivided. */
    static final double MAX_SEGMENT_PX = 24;
    /** How far, in pixels, a drawn chord may stray from the arc it stands for. */
    private static final double MAX_DEVIATION_PX = 0.3;
    /** Subdivisions of one arc at most (2^12 pieces). */
    private static final int MAX_DEPTH = 12;
    /** Chords up to this long, in pixels, in the tame zone need no check against their arc. */
    static final double TAME_CHORD_PX = 12;
    /** The tame zone of the all-sky maps: within about 100° of the centre and 58° of its equator. */
    static final double TAME_ALL_SKY_X = -0.2;
    static final double TAME_ALL_SKY_Z = 0.85;
    /** Chords up to this long may be drawn plainly over a wider zone of the all-sky maps. */
    static final double WIDE_CHORD_PX = 7;
    static final double WIDE_ALL_SKY_X = -0.75;
    static final double WIDE_ALL_SKY_Z = 0.95;
    /** The tame zone of SIN: within 60° of the centre. */
    static final double TAME_SIN_X = 0.5;
    /** How far a curve may stray from its chords, in pixels, along the cap edge. */
    private static final double MAX_SAGITTA_PX = 0.3;
    /** The widest cap a TAN view is clipped to. */
    private static final double MAX_TAN_CLIP = Math.toRadians(85);
    /** No projection here stretches an arc by more than this (Hammer-Aitoff reaches √2 at the seam). */
    private static final double MAX_STRETCH = 2;

    private final Projection projection;
    private final SkyFrame frame;
    private final double scale;
    private final double halfWidth;
    private final double halfHeight;
    private final boolean allSky;
    /** Whether arcs are curves on the map (all but TAN), to be followed by subdividing. */
    private final boolean curved;
    /** The clip cap X ≥ capCos (TAN and SIN). */
    private final double capCos;
    private final double capRadius;
    private final double capStep;

    private double[] rx = new double[64];
    private double[] ry = new double[64];
    private double[] rz = new double[64];
    private int rn;
    private final double[] local = new double[3];
    /** The last point drawn, in local and pixel coordinates, where the next arc starts. */
    private double lastX;
    private double lastY;
    private double lastZ;
    private double lastPx;
    private double lastPy;
    private final double[] plane = new double[2];
    private final Events events = new Events();
    private final Events clipped = new Events();

    public SkyPathBuilder(Viewport viewport) {
        this.projection = viewport.projection();
        this.frame = viewport.frame();
        this.scale = viewport.scale();
        this.halfWidth = viewport.width() / 2.0;
        this.halfHeight = viewport.height() / 2.0;
        this.allSky = projection.allSky();
        this.curved = projection != Projection.TAN;
        if (projection == Projection.TAN) {
            double corner = Math.hypot(halfWidth, halfHeight) / scale;
            double angle = Math.min(MAX_TAN_CLIP, Math.atan(corner * 1.05) + 1e-3);
            capCos = Math.cos(angle);
            capRadius = scale * Math.tan(angle);
        } else {
            capCos = 0;
            capRadius = scale;
        }
        capStep = Math.min(Math.PI / 16, Math.sqrt(8 * MAX_SAGITTA_PX / Math.max(capRadius, 1)));
    }

    /** A closed ring of sky vertices, packed x, y, z from vertex {@code from}, {@code count} vertices. */
    public void ring(double[] xyz, int from, int count, PathSink sink) {
        if (count < 2) {
            return;
        }
        load(xyz, from, count);
        if (allSky) {
            seamRing(sink);
        } else {
            capRing(sink);
        }
    }

    /**
     * A ring small enough, and far enough from the seam, the poles, the SIN limb and the TAN clip,
     * that its arcs are its chords: projected vertex by vertex with no clipping or subdivision, the
     * frame's common case. The caller vouches that every vertex lies within {@code radiusRad} of the
     * centre (x, y, z), and {@link #isPlain} says whether such a ring qualifies.
     */
    public void plainRing(double[] xyz, int from, int count, PathSink sink) {
        for (int i = 0; i < count; i++) {
            int o = 3 * (from + i);
            frame.toLocal(xyz[o], xyz[o + 1], xyz[o + 2], local);
            projection.forward(local[0], local[1], local[2], plane);
            double px = halfWidth - scale * plane[0];
            double py = halfHeight - scale * plane[1];
            if (i == 0) {
                sink.moveTo(px, py);
            } else {
                sink.lineTo(px, py);
            }
        }
        sink.closePath();
    }

    /** Whether rings within radiusRad of the centre (x, y, z) may be drawn by {@link #plainRing}. */
    public boolean isPlain(double x, double y, double z, double radiusRad) {
        double reach = radiusRad * scale * MAX_STRETCH;
        if (reach > TAME_CHORD_PX) {
            return false;
        }
        frame.toLocal(x, y, z, local);
        double cx = local[0];
        double margin = Math.sin(radiusRad);
        if (allSky) {
            // the tame zone keeps well clear of the seam too; shorter chords may go nearer the edges
            boolean tame = cx - margin >= TAME_ALL_SKY_X && Math.abs(local[2]) + margin <= TAME_ALL_SKY_Z;
            return tame || (reach <= WIDE_CHORD_PX && cx - margin >= WIDE_ALL_SKY_X
                    && Math.abs(local[2]) + margin <= WIDE_ALL_SKY_Z);
        }
        return cx - margin >= (projection == Projection.SIN ? TAME_SIN_X : capCos);
    }

    public void ring(List<UnitVector3d> ring, PathSink sink) {
        ring(pack(ring), 0, ring.size(), sink);
    }

    /** An open line through sky points, packed x, y, z; broken where it leaves the map or crosses the seam. */
    public void polyline(double[] xyz, int from, int count, PathSink sink) {
        if (count < 2) {
            return;
        }
        load(xyz, from, count);
        if (allSky) {
            seamLine(sink);
        } else {
            capLine(sink);
        }
    }

    public void polyline(List<UnitVector3d> points, PathSink sink) {
        polyline(pack(points), 0, points.size(), sink);
    }

    /**
     * The edge of the map as a closed path: the ellipse of an all-sky projection, the limb of SIN,
     * the clip circle of TAN (usually outside the view).
     */
    public void boundary(PathSink sink) {
        if (allSky) {
            moveTo(-0.0, -0.0, -1, sink);
            seamPath(false, -1, 1, sink);
            lineToSeam(true, 1, sink);
            seamPath(true, 1, -1, sink);
            sink.closePath();
        } else {
            capCircle(sink);
        }
    }

    /** Pixel position of a sky point into out[0..1]; false when the view cannot show it. */
    public boolean point(double x, double y, double z, double[] out) {
        frame.toLocal(x, y, z, local);
        if (!allSky && local[0] < capCos) {
            return false;
        }
        if (!projection.forward(local[0], local[1], local[2], plane)) {
            return false;
        }
        out[0] = halfWidth - scale * plane[0];
        out[1] = halfHeight - scale * plane[1];
        return true;
    }

    private static double[] pack(List<UnitVector3d> points) {
        double[] xyz = new double[3 * points.size()];
        for (int i = 0; i < points.size(); i++) {
            UnitVector3d v = points.get(i);
            xyz[3 * i] = v.x();
            xyz[3 * i + 1] = v.y();
            xyz[3 * i + 2] = v.z();
        }
        return xyz;
    }

    // ---- loading and subdividing ----

    /** The points in local coordinates. Arcs are followed when they are drawn (see {@link #refine}). */
    private void load(double[] xyz, int from, int count) {
        rn = 0;
        for (int i = 0; i < count; i++) {
            int o = 3 * (from + i);
            frame.toLocal(xyz[o], xyz[o + 1], xyz[o + 2], local);
            add(local[0], local[1], local[2]);
        }
    }

    private void add(double x, double y, double z) {
        if (rn == rx.length) {
            rx = java.util.Arrays.copyOf(rx, 2 * rn);
            ry = java.util.Arrays.copyOf(ry, 2 * rn);
            rz = java.util.Arrays.copyOf(rz, 2 * rn);
        }
        rx[rn] = x;
        ry[rn] = y;
        rz[rn] = z;
        rn++;
    }

    // ---- emitting ----

    /**
     * Projects a local point and moves or draws to it; a line follows the arc from the previous point,
     * subdivided where the projection curves it.
     */
    private void emit(double x, double y, double z, boolean move, PathSink sink) {
        projection.forward(x, y, z, plane);
        double px = halfWidth - scale * plane[0];
        double py = halfHeight - scale * plane[1];
        if (move) {
            sink.moveTo(px, py);
        } else {
            if (curved) {
                refine(lastX, lastY, lastZ, lastPx, lastPy, x, y, z, px, py, 0, sink);
            }
            sink.lineTo(px, py);
        }
        lastX = x;
        lastY = y;
        lastZ = z;
        lastPx = px;
        lastPy = py;
    }

    /**
     * Whether a local point is where the projection bends great circles gently (away from the
     * all-sky maps' poles and edges, and from the SIN limb), so that a short chord there stays within
     * MAX_DEVIATION_PX of its arc (SkyPathBuilderTest holds it to that over the whole tame zone).
     */
    private boolean tame(double x, double z) {
        return allSky ? x >= TAME_ALL_SKY_X && Math.abs(z) <= TAME_ALL_SKY_Z : x >= TAME_SIN_X;
    }

    /**
     * Draws the interior of the arc a→b (both ends already projected) as chords that stray less than
     * MAX_DEVIATION_PX from it and are at most MAX_SEGMENT_PX long: the arc's midpoint is projected
     * and, where it is off the chord's middle, each half is refined in turn (adaptive resampling). An
     * arc too short to stray that far on any projection here is drawn as it is.
     */
    private void refine(double ax, double ay, double az, double apx, double apy,
                        double bx, double by, double bz, double bpx, double bpy, int depth, PathSink sink) {
        double dx = bx - ax;
        double dy = by - ay;
        double dz = bz - az;
        double reach = (dx * dx + dy * dy + dz * dz) * scale * scale * MAX_STRETCH * MAX_STRETCH;
        if (depth >= MAX_DEPTH || reach < MAX_DEVIATION_PX * MAX_DEVIATION_PX) {
            return;
        }
        double chord2 = (bpx - apx) * (bpx - apx) + (bpy - apy) * (bpy - apy);
        if (chord2 <= TAME_CHORD_PX * TAME_CHORD_PX && tame(ax, az) && tame(bx, bz)) {
            return;
        }
        double mx = ax + bx;
        double my = ay + by;
        double mz = az + bz;
        double n = Math.sqrt(mx * mx + my * my + mz * mz);
        if (n < 1e-9 || !projection.forward(mx / n, my / n, mz / n, plane)) {
            return;
        }
        mx /= n;
        my /= n;
        mz /= n;
        double mpx = halfWidth - scale * plane[0];
        double mpy = halfHeight - scale * plane[1];
        double ex = mpx - (apx + bpx) / 2;
        double ey = mpy - (apy + bpy) / 2;
        double length2 = (bpx - apx) * (bpx - apx) + (bpy - apy) * (bpy - apy);
        if (ex * ex + ey * ey <= MAX_DEVIATION_PX * MAX_DEVIATION_PX && length2 <= MAX_SEGMENT_PX * MAX_SEGMENT_PX) {
            return;
        }
        refine(ax, ay, az, apx, apy, mx, my, mz, mpx, mpy, depth + 1, sink);
        sink.lineTo(mpx, mpy);
        refine(mx, my, mz, mpx, mpy, bx, by, bz, bpx, bpy, depth + 1, sink);
    }

    private void moveTo(double x, double y, double z, PathSink sink) {
        emit(x, y, z, true, sink);
    }

    /** The loaded ring as it is, its closing arc followed like the others. */
    private void closedRing(PathSink sink) {
        moveTo(rx[0], ry[0], rz[0], sink);
        for (int i = 1; i < rn; i++) {
            emit(rx[i], ry[i], rz[i], false, sink);
        }
        emit(rx[0], ry[0], rz[0], false, sink);
        sink.closePath();
    }

    // ---- all-sky: the seam ----

    /** Where the chord from point i to point j meets the seam half-plane (Y = 0, X < 0), as its Z; NaN if it does not. */
    private double seamCrossing(int i, int j) {
        double yi = ry[i];
        double yj = ry[j];
        if ((yi >= 0) == (yj >= 0)) {
            return Double.NaN;
        }
        double t = yi / (yi - yj);
        double x = rx[i] + t * (rx[j] - rx[i]);
        if (!(x < 0)) {
            return Double.NaN;
        }
        double z = rz[i] + t * (rz[j] - rz[i]);
        return z / Math.sqrt(x * x + z * z);
    }

    /** A point of the seam at height z (sine of the frame latitude) on the east (+π) or west (−π) side. */
    private void lineToSeam(boolean east, double z, PathSink sink) {
        double x = -Math.sqrt(Math.max(0, (1 - z) * (1 + z)));
        emit(x, east ? 0.0 : -0.0, z, false, sink);
    }

    /** Along one side of the seam from height z0 to z1 (end included, start not). */
    private void seamPath(boolean east, double z0, double z1, PathSink sink) {
        double a = Math.asin(Math.max(-1, Math.min(1, z0)));
        double b = Math.asin(Math.max(-1, Math.min(1, z1)));
        int n = Math.max(1, (int) Math.ceil(Math.abs(b - a) / (Math.PI / 32)));
        for (int k = 1; k <= n; k++) {
            lineToSeam(east, Math.sin(a + (b - a) * k / n), sink);
        }
    }

    private void seamRing(PathSink sink) {
        int crossings = 0;
        int[] edge = events.edges(rn);
        double[] height = events.heights(rn);
        for (int i = 0; i < rn; i++) {
            double z = seamCrossing(i, (i + 1) % rn);
            if (!Double.isNaN(z)) {
                edge[crossings] = i;
                height[crossings] = z;
                crossings++;
            }
        }
        if (crossings == 0) {
            closedRing(sink);
            return;
        }
        for (int c = 0; c < crossings; c++) {
            int next = (c + 1) % crossings;
            int startEdge = edge[c];
            int endEdge = edge[next];
            boolean startEast = ry[(startEdge + 1) % rn] >= 0;
            boolean endEast = ry[endEdge] >= 0;
            double z0 = height[c];
            double z1 = height[next];
            double x0 = -Math.sqrt(Math.max(0, (1 - z0) * (1 + z0)));
            moveTo(x0, startEast ? 0.0 : -0.0, z0, sink);
            int i = (startEdge + 1) % rn;
            int steps = crossings == 1 ? rn : Math.floorMod(endEdge - startEdge, rn);
            for (int s = 0; s < steps; s++) {
                emit(rx[i], ry[i], rz[i], false, sink);
                i = (i + 1) % rn;
            }
            lineToSeam(endEast, z1, sink);
            if (startEast == endEast) {
                seamPath(endEast, z1, z0, sink);
            } else {
                // The piece runs all the way round a pole of the frame: eastwards (west side to east
                // side) with the interior on its left means the north pole, westwards the south.
                double pole = endEast ? 1 : -1;
                seamPath(endEast, z1, pole, sink);
                lineToSeam(startEast, pole, sink);
                seamPath(startEast, pole, z0, sink);
            }
            sink.closePath();
        }
    }

    private void seamLine(PathSink sink) {
        moveTo(rx[0], ry[0], rz[0], sink);
        for (int i = 1; i < rn; i++) {
            double z = seamCrossing(i - 1, i);
            if (!Double.isNaN(z)) {
                boolean fromEast = ry[i - 1] >= 0;
                lineToSeam(fromEast, z, sink);
                double x = -Math.sqrt(Math.max(0, (1 - z) * (1 + z)));
                moveTo(x, fromEast ? -0.0 : 0.0, z, sink);
            }
            emit(rx[i], ry[i], rz[i], false, sink);
        }
    }

    // ---- TAN and SIN: the cap ----

    private boolean inside(int i) {
        return rx[i] >= capCos;
    }

    /**
     * The points where the arc from point i to point j crosses the cap's edge, into the event list
     * as entries and exits in the order met.
     */
    private void capCrossings(int i, int j, Events out) {
        boolean in0 = inside(i);
        boolean in1 = inside(j);
        if (in0 && in1) {
            return; // the cap is convex: an arc between two inside points stays inside
        }
        double ax = rx[i];
        double ay = ry[i];
        double az = rz[i];
        double d = ax * rx[j] + ay * ry[j] + az * rz[j];
        double tx = rx[j] - d * ax;
        double ty = ry[j] - d * ay;
        double tz = rz[j] - d * az;
        double tn = Math.sqrt(tx * tx + ty * ty + tz * tz);
        if (tn == 0) {
            return;
        }
        tx /= tn;
        ty /= tn;
        tz /= tn;
        double length = Math.atan2(tn, d);
        // Along the arc X(θ) = R cos(θ − φ0); it is at least capCos where |θ − φ0| ≤ α.
        double r = Math.hypot(ax, tx);
        if (in0 == in1 && r <= capCos) {
            return;
        }
        double phi0 = Math.atan2(tx, ax);
        double alpha = Math.acos(Math.min(1, capCos / r));
        double enter = mod2Pi(phi0 - alpha);
        double exit = mod2Pi(phi0 + alpha);
        if (in0) {
            out.add(arcPoint(ax, ay, az, tx, ty, tz, Math.min(exit, length)), Events.EXIT);
        } else if (in1) {
            out.add(arcPoint(ax, ay, az, tx, ty, tz, Math.min(enter, length)), Events.ENTRY);
        } else if (enter < exit && exit < length) {
            out.add(arcPoint(ax, ay, az, tx, ty, tz, enter), Events.ENTRY);
            out.add(arcPoint(ax, ay, az, tx, ty, tz, exit), Events.EXIT);
        }
    }

    /** The angle reduced to [0, 2π). */
    private static double mod2Pi(double a) {
        double r = a % (2 * Math.PI);
        return r < 0 ? r + 2 * Math.PI : r;
    }

    private double[] arcPoint(double ax, double ay, double az, double tx, double ty, double tz, double theta) {
        double c = Math.cos(theta);
        double s = Math.sin(theta);
        double x = Math.max(capCos, c * ax + s * tx); // on the cap's edge, never a rounding outside it
        return new double[] {x, c * ay + s * ty, c * az + s * tz};
    }

    private void capRing(PathSink sink) {
        boolean allInside = true;
        for (int i = 0; i < rn && allInside; i++) {
            allInside = inside(i);
        }
        if (allInside) {
            closedRing(sink);
            return;
        }
        events.clear();
        boolean anyInside = false;
        for (int i = 0; i < rn; i++) {
            boolean in = inside(i);
            anyInside |= in;
            events.add(new double[] {rx[i], ry[i], rz[i]}, in ? Events.INSIDE : Events.OUTSIDE);
            capCrossings(i, (i + 1) % rn, events);
        }
        if (!anyInside && !events.hasCrossing()) {
            if (ringAroundCentre()) {
                capCircle(sink);
            }
            return;
        }
        // Each exit joins, along the cap's edge counter-clockwise, the first entry met there; a ring
        // crossing the edge several times may so make several loops (Weiler and Atherton's clipping
        // against a convex region).
        int n = events.size();
        boolean[] done = new boolean[n];
        for (int first = 0; first < n; first++) {
            if (events.type(first) != Events.ENTRY || done[first]) {
                continue;
            }
            clipped.clear();
            int e = first;
            while (true) {
                done[e] = true;
                clipped.add(events.point(e), Events.ENTRY);
                int k = (e + 1) % n;
                while (events.type(k) != Events.EXIT) {
                    if (events.type(k) == Events.INSIDE) {
                        clipped.add(events.point(k), Events.INSIDE);
                    }
                    k = (k + 1) % n;
                }
                double[] exit = events.point(k);
                clipped.add(exit, Events.EXIT);
                int next = nextEntryAlongEdge(exit);
                capArc(exit, events.point(next), clipped);
                if (done[next]) {
                    break;
                }
                e = next;
            }
            for (int j = 0; j < clipped.size(); j++) {
                double[] p = clipped.point(j);
                emit(p[0], p[1], p[2], j == 0, sink);
            }
            double[] start = clipped.point(0);
            emit(start[0], start[1], start[2], false, sink);
            sink.closePath();
        }
    }

    /** The entry met first going counter-clockwise along the cap's edge from a point on it. */
    private int nextEntryAlongEdge(double[] from) {
        double psi = Math.atan2(from[2], from[1]);
        int best = -1;
        double bestDelta = Double.POSITIVE_INFINITY;
        for (int i = 0; i < events.size(); i++) {
            if (events.type(i) == Events.ENTRY) {
                double[] p = events.point(i);
                double delta = mod2Pi(Math.atan2(p[2], p[1]) - psi);
                if (delta < bestDelta) {
                    best = i;
                    bestDelta = delta;
                }
            }
        }
        return best;
    }

    /** The cap's edge counter-clockwise (seen from outside) from a to b, both ends excluded. */
    private void capArc(double[] a, double[] b, Events out) {
        double from = Math.atan2(a[2], a[1]);
        double delta = mod2Pi(Math.atan2(b[2], b[1]) - from);
        int n = (int) Math.ceil(delta / capStep);
        double rho = Math.sqrt(1 - capCos * capCos);
        for (int k = 1; k < n; k++) {
            double psi = from + delta * k / n;
            out.add(new double[] {capCos, rho * Math.cos(psi), rho * Math.sin(psi)}, Events.INSIDE);
        }
    }

    private void capCircle(PathSink sink) {
        int n = (int) Math.ceil(2 * Math.PI / capStep);
        double rho = Math.sqrt(1 - capCos * capCos);
        for (int k = 0; k <= n; k++) {
            double psi = 2 * Math.PI * k / n;
            emit(capCos, rho * Math.cos(psi), rho * Math.sin(psi), k == 0, sink);
        }
        sink.closePath();
    }

    /**
     * Whether the ring holds the view's centre (1, 0, 0): seen along the centre's axis a
     * counter-clockwise ring winds +2π round it when it holds the centre, −2π when it holds the
     * antipode, 0 when neither.
     */
    private boolean ringAroundCentre() {
        double total = 0;
        for (int i = 0; i < rn; i++) {
            int j = (i + 1) % rn;
            double cross = ry[i] * rz[j] - rz[i] * ry[j];
            double dot = ry[i] * ry[j] + rz[i] * rz[j];
            total += Math.atan2(cross, dot);
        }
        return total > Math.PI;
    }

    private void capLine(PathSink sink) {
        boolean penDown = false;
        for (int i = 0; i < rn; i++) {
            if (i > 0) {
                events.clear();
                capCrossings(i - 1, i, events);
                for (int k = 0; k < events.size(); k++) {
                    double[] p = events.point(k);
                    boolean entry = events.type(k) == Events.ENTRY;
                    emit(p[0], p[1], p[2], entry, sink);
                    penDown = entry;
                }
            }
            if (inside(i)) {
                emit(rx[i], ry[i], rz[i], !penDown, sink);
                penDown = true;
            } else {
                penDown = false;
            }
        }
    }

    /** Points met along a ring, each an inside or outside vertex or an entry into or exit from the cap. */
    private static final class Events {
        static final int INSIDE = 0;
        static final int OUTSIDE = 1;
        static final int ENTRY = 2;
        static final int EXIT = 3;

        private double[][] points = new double[32][];
        private int[] types = new int[32];
        private int size;
        private int[] edges = new int[16];
        private double[] heights = new double[16];

        void clear() {
            size = 0;
        }

        void add(double[] p, int type) {
            if (size == types.length) {
                points = java.util.Arrays.copyOf(points, 2 * size);
                types = java.util.Arrays.copyOf(types, 2 * size);
            }
            points[size] = p;
            types[size] = type;
            size++;
        }

        int size() {
            return size;
        }

        int type(int i) {
            return types[i];
        }

        double[] point(int i) {
            return points[i];
        }

        boolean hasCrossing() {
            for (int i = 0; i < size; i++) {
                if (types[i] >= ENTRY) {
                    return true;
                }
            }
            return false;
        }

        /** Scratch space for seam crossings of a ring of n points. */
        int[] edges(int n) {
            if (edges.length < n) {
                edges = new int[n];
                heights = new double[n];
            }
            return edges;
        }

        double[] heights(int n) {
            edges(n);
            return heights;
        }
    }
}
