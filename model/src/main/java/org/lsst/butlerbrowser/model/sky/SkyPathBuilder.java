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
 * left; paths are meant to be filled with the even-odd rule. Not thread-safe: one per frame.
 */
public final class SkyPathBuilder {

    /** Longest projected segment, in pixels, before a curved arc is subdivided. */
    static final double MAX_SEGMENT_PX = 24;
    /** How far a curve may stray from its chords, in pixels, along the cap edge. */
    private static final double MAX_SAGITTA_PX = 0.3;
    /** The widest cap a TAN view is clipped to. */
    private static final double MAX_TAN_CLIP = Math.toRadians(85);
    /** All-sky projections stretch arcs by at most about this much. */
    private static final double ALL_SKY_STRETCH = 2;

    private final Projection projection;
    private final SkyFrame frame;
    private final double scale;
    private final double halfWidth;
    private final double halfHeight;
    private final boolean allSky;
    /** Largest arc, in radians, drawn as one segment (infinite for TAN). */
    private final double maxStep;
    private final double maxChord2;
    /** The clip cap X ≥ capCos (TAN and SIN). */
    private final double capCos;
    private final double capRadius;
    private final double capStep;

    private double[] rx = new double[64];
    private double[] ry = new double[64];
    private double[] rz = new double[64];
    private int rn;
    private final double[] local = new double[3];
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
        double stretch = allSky ? ALL_SKY_STRETCH : 1;
        this.maxStep = projection == Projection.TAN ? Double.POSITIVE_INFINITY
                : Math.min(Math.PI / 8, MAX_SEGMENT_PX / (scale * stretch));
        double chord = 2 * Math.sin(Math.min(maxStep, Math.PI) / 2);
        this.maxChord2 = projection == Projection.TAN ? Double.POSITIVE_INFINITY : chord * chord;
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

    /** The largest arc drawn as one straight segment, in radians (infinite for TAN). */
    public double maxStep() {
        return maxStep;
    }

    /** A closed ring of sky vertices, packed x, y, z from vertex {@code from}, {@code count} vertices. */
    public void ring(double[] xyz, int from, int count, PathSink sink) {
        if (count < 2) {
            return;
        }
        load(xyz, from, count, true);
        if (allSky) {
            seamRing(sink);
        } else {
            capRing(sink);
        }
    }

    public void ring(List<UnitVector3d> ring, PathSink sink) {
        ring(pack(ring), 0, ring.size(), sink);
    }

    /** An open line through sky points, packed x, y, z; broken where it leaves the map or crosses the seam. */
    public void polyline(double[] xyz, int from, int count, PathSink sink) {
        if (count < 2) {
            return;
        }
        load(xyz, from, count, false);
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
            moveTo(-1, 0, -0.0, sink);
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

    /** The points in local coordinates, with arcs longer than maxStep subdivided (closing arc too for rings). */
    private void load(double[] xyz, int from, int count, boolean closed) {
        rn = 0;
        int base = 3 * from;
        frame.toLocal(xyz[base], xyz[base + 1], xyz[base + 2], local);
        double ax = local[0];
        double ay = local[1];
        double az = local[2];
        double fx = ax;
        double fy = ay;
        double fz = az;
        int edges = closed ? count : count - 1;
        for (int i = 0; i < edges; i++) {
            add(ax, ay, az);
            double bx;
            double by;
            double bz;
            if (i + 1 < count) {
                int o = base + 3 * (i + 1);
                frame.toLocal(xyz[o], xyz[o + 1], xyz[o + 2], local);
                bx = local[0];
                by = local[1];
                bz = local[2];
            } else {
                bx = fx;
                by = fy;
                bz = fz;
            }
            double dx = bx - ax;
            double dy = by - ay;
            double dz = bz - az;
            if (dx * dx + dy * dy + dz * dz > maxChord2) {
                subdivide(ax, ay, az, bx, by, bz);
            }
            ax = bx;
            ay = by;
            az = bz;
        }
        if (!closed) {
            add(ax, ay, az);
        }
    }

    /** Adds the interior points of the arc a→b at spacing at most maxStep. */
    private void subdivide(double ax, double ay, double az, double bx, double by, double bz) {
        double cx = ay * bz - az * by;
        double cy = az * bx - ax * bz;
        double cz = ax * by - ay * bx;
        double sin = Math.sqrt(cx * cx + cy * cy + cz * cz);
        double angle = Math.atan2(sin, ax * bx + ay * by + az * bz);
        if (sin < 1e-12) {
            return; // antipodal or equal: no unique arc to follow
        }
        int n = (int) Math.ceil(angle / maxStep);
        for (int k = 1; k < n; k++) {
            double t = (double) k / n;
            double p = Math.sin((1 - t) * angle) / sin;
            double q = Math.sin(t * angle) / sin;
            add(p * ax + q * bx, p * ay + q * by, p * az + q * bz);
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

    private void emit(double x, double y, double z, boolean move, PathSink sink) {
        projection.forward(x, y, z, plane);
        double px = halfWidth - scale * plane[0];
        double py = halfHeight - scale * plane[1];
        if (move) {
            sink.moveTo(px, py);
        } else {
            sink.lineTo(px, py);
        }
    }

    private void moveTo(double x, double y, double z, PathSink sink) {
        emit(x, y, z, true, sink);
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
        int n = Math.max(1, (int) Math.ceil(Math.abs(b - a) / Math.min(maxStep, Math.PI / 32)));
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
            moveTo(rx[0], ry[0], rz[0], sink);
            for (int i = 1; i < rn; i++) {
                emit(rx[i], ry[i], rz[i], false, sink);
            }
            sink.closePath();
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
            for (int i = 0; i < rn; i++) {
                emit(rx[i], ry[i], rz[i], i == 0, sink);
            }
            sink.closePath();
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
        int start = events.firstEntering();
        clipped.clear();
        double[] lastExit = null;
        for (int k = 0; k < events.size(); k++) {
            int e = (start + k) % events.size();
            int type = events.type(e);
            double[] p = events.point(e);
            if (type == Events.INSIDE) {
                clipped.add(p, type);
            } else if (type == Events.EXIT) {
                clipped.add(p, type);
                lastExit = p;
            } else if (type == Events.ENTRY) {
                if (lastExit != null) {
                    capArc(lastExit, p, clipped);
                }
                clipped.add(p, type);
                lastExit = null;
            }
        }
        if (lastExit != null) {
            capArc(lastExit, events.point(start), clipped);
        }
        for (int k = 0; k < clipped.size(); k++) {
            double[] p = clipped.point(k);
            emit(p[0], p[1], p[2], k == 0, sink);
        }
        sink.closePath();
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
        for (int k = 0; k < n; k++) {
            double psi = 2 * Math.PI * k / n;
            emit(capCos, rho * Math.cos(psi), rho * Math.sin(psi), k == 0, sink);
        }
        sink.closePath();
    }

    /**
     * Whether the (subdivided) ring holds the view's centre (1, 0, 0): seen along the centre's axis a
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

        /** The first inside vertex or entry: where a walk starts inside the cap. */
        int firstEntering() {
            for (int i = 0; i < size; i++) {
                if (types[i] == INSIDE || types[i] == ENTRY) {
                    return i;
                }
            }
            return 0;
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
