package org.lsst.butlerbrowser.model.sky;

import org.lsst.butlerbrowser.model.region.BoundingCircle;
import org.lsst.butlerbrowser.model.region.UnitVector3d;

/**
 * What a sky view shows: a projection centred on a sky position, a scale in pixels per plane unit
 * and a size in pixels. North is up and east is to the left, as on the sky. Pixel (0, 0) is the top
 * left corner; pixel centres are at half-integers. Immutable: panning and zooming return new
 * viewports.
 */
public final class Viewport {

    /** The narrowest field a view may show, in degrees (half an arcsecond). */
    public static final double MIN_FOV_DEG = 0.5 / 3600;
    /** How much smaller than the whole map an all-sky or SIN view may be zoomed out to. */
    private static final double ZOOM_OUT_LIMIT = 3;
    private static final double WHOLE_SKY_MARGIN = 0.96;
    private static final double DEFAULT_TAN_FOV_DEG = 60;
    /** Border points sampled per side to find the sky a view shows. */
    private static final int BORDER_SAMPLES = 8;
    private static final int PLACING_STEPS = 8;
    /** A fitted circle fills this fraction of the view's shorter side. */
    private static final double FIT_MARGIN = 1.3;
    private static final double MIN_FIT_FOV_DEG = 0.01;

    private final Projection projection;
    private final SkyFrame frame;
    private final double scale;
    private final int width;
    private final int height;

    public Viewport(Projection projection, double centreRaDeg, double centreDecDeg, double scale, int width, int height) {
        if (projection == null) {
            throw new IllegalArgumentException("a viewport needs a projection");
        }
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a viewport needs a size of at least 1 × 1 pixels, not " + width + " × " + height);
        }
        if (!(scale > 0) || !Double.isFinite(scale)) {
            throw new IllegalArgumentException("a viewport needs a positive scale, not " + scale);
        }
        this.projection = projection;
        this.frame = new SkyFrame(centreRaDeg, centreDecDeg);
        this.width = width;
        this.height = height;
        this.scale = clampScale(projection, scale, width, height);
    }

    /** The whole map fitted into the size (all-sky and SIN), or a 60° field (TAN). */
    public static Viewport wholeSky(Projection projection, double raDeg, double decDeg, int width, int height) {
        if (projection == Projection.TAN) {
            return ofFov(projection, raDeg, decDeg, DEFAULT_TAN_FOV_DEG, width, height);
        }
        return new Viewport(projection, raDeg, decDeg, fitScale(projection, width, height), width, height);
    }

    /** A view whose width spans {@code fovDeg} degrees through the centre. */
    public static Viewport ofFov(Projection projection, double raDeg, double decDeg, double fovDeg, int width, int height) {
        if (!(fovDeg > 0) || !Double.isFinite(fovDeg)) {
            throw new IllegalArgumentException("the field of view must be a positive number of degrees, not " + fovDeg);
        }
        double h = projection.halfWidth(Math.toRadians(fovDeg / 2));
        return new Viewport(projection, raDeg, decDeg, width / 2.0 / h, width, height);
    }

    /**
     * A view centred on a circle of the sky that shows it whole, with a margin: for an all-sky
     * projection the whole map when the circle is too large for a closer look.
     */
    public static Viewport fitting(Projection projection, BoundingCircle circle, int width, int height) {
        if (circle.isEmpty() || circle.isFull()) {
            return wholeSky(projection, 0, 0, width, height);
        }
        double across = Math.min(width, height) / (double) width;
        double fov = Math.max(MIN_FIT_FOV_DEG, 2 * circle.openingAngleDeg() * FIT_MARGIN / across);
        double widest = projection.allSky() ? 360 : projection == Projection.SIN ? 180 : 120;
        if (fov >= widest && projection.allSky()) {
            return wholeSky(projection, circle.raDeg(), 0, width, height);
        }
        return ofFov(projection, circle.raDeg(), circle.decDeg(), Math.min(fov, widest), width, height);
    }

    private static double fitScale(Projection p, int width, int height) {
        return WHOLE_SKY_MARGIN * Math.min(width / (2 * p.mapHalfWidth()), height / (2 * p.mapHalfHeight()));
    }

    private static double clampScale(Projection p, double scale, int width, int height) {
        double max = width / 2.0 / p.halfWidth(Math.toRadians(MIN_FOV_DEG / 2));
        double min = p == Projection.TAN ? width / 2.0 / p.mapHalfWidth() : fitScale(p, width, height) / ZOOM_OUT_LIMIT;
        return Math.max(min, Math.min(max, scale));
    }

    public Projection projection() {
        return projection;
    }

    public SkyFrame frame() {
        return frame;
    }

    public double centreRaDeg() {
        return frame.raDeg();
    }

    public double centreDecDeg() {
        return frame.decDeg();
    }

    public UnitVector3d centre() {
        return frame.centre();
    }

    /** Pixels per plane unit; a plane unit is a radian at the centre of every projection but Mollweide. */
    public double scale() {
        return scale;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The angle across the view's width through its centre, in degrees (over 360 when zoomed out past the whole sky). */
    public double fovDeg() {
        return 2 * Math.toDegrees(projection.angleOfHalfWidth(width / 2.0 / scale));
    }

    public Viewport withCentre(double raDeg, double decDeg) {
        return new Viewport(projection, raDeg, decDeg, scale, width, height);
    }

    public Viewport withScale(double newScale) {
        return new Viewport(projection, frame.raDeg(), frame.decDeg(), newScale, width, height);
    }

    /** The same centre and scale in another size (a resized window shows more, not bigger). */
    public Viewport withSize(int newWidth, int newHeight) {
        return new Viewport(projection, frame.raDeg(), frame.decDeg(), scale, newWidth, newHeight);
    }

    /** The same centre and field of view in another projection (as near as its limits allow). */
    public Viewport withProjection(Projection newProjection) {
        if (newProjection == projection) {
            return this;
        }
        double fov = Math.min(fovDeg(), newProjection.allSky() ? 720 : newProjection == Projection.SIN ? 180 : 150);
        return ofFov(newProjection, frame.raDeg(), frame.decDeg(), fov, width, height);
    }

    /** The view after the sky was dragged by (dx, dy) pixels: what was at the centre moves with the drag. */
    public Viewport panned(double dx, double dy) {
        UnitVector3d c = toSky(width / 2.0 - dx, height / 2.0 - dy);
        return c == null ? this : withCentre(c.raDeg(), c.decDeg());
    }

    /** The view zoomed by {@code factor} (over 1 zooms in) keeping the sky at pixel (px, py) where it is. */
    public Viewport zoomedAt(double factor, double px, double py) {
        UnitVector3d under = toSky(px, py);
        Viewport scaled = withScale(scale * factor);
        return under == null ? scaled : scaled.withPointAt(under, px, py);
    }

    /**
     * The view re-centred so that the sky point lands on pixel (px, py): what a drag does with the
     * point grabbed. Found by a few pans, each correcting what the last one missed (a pan moves the
     * centre exactly and points away from it nearly); the nearest it got when the point cannot land
     * there.
     */
    public Viewport withPointAt(UnitVector3d sky, double px, double py) {
        Viewport view = this;
        for (int k = 0; k < PLACING_STEPS; k++) {
            double[] at = view.toScreen(sky);
            if (at == null) {
                break;
            }
            double dx = px - at[0];
            double dy = py - at[1];
            if (Math.abs(dx) + Math.abs(dy) < 1e-6) {
                break;
            }
            view = view.panned(dx, dy);
        }
        return view;
    }

    /** Pixel position of the sky vector (x, y, z) into out[0..1]; false when the projection cannot show it. */
    public boolean toScreen(double x, double y, double z, double[] out) {
        double[] local = new double[3];
        frame.toLocal(x, y, z, local);
        if (!projection.forward(local[0], local[1], local[2], out)) {
            return false;
        }
        out[0] = width / 2.0 - scale * out[0];
        out[1] = height / 2.0 - scale * out[1];
        return true;
    }

    /** Pixel position of v, or null when the projection cannot show it. */
    public double[] toScreen(UnitVector3d v) {
        double[] out = new double[2];
        return toScreen(v.x(), v.y(), v.z(), out) ? out : null;
    }

    /** The sky at pixel (px, py), or null off the map. */
    public UnitVector3d toSky(double px, double py) {
        double[] local = new double[3];
        if (!projection.inverse((width / 2.0 - px) / scale, (height / 2.0 - py) / scale, local)) {
            return null;
        }
        return frame.fromLocal(local[0], local[1], local[2]);
    }

    /**
     * A circle on the sky holding everything the view shows: from the centre to the farthest of
     * points sampled along the border, with a margin for the border between samples; the whole sky
     * when part of the border is off the map (an all-sky view showing its edge).
     */
    public BoundingCircle visibleCap() {
        UnitVector3d c = toSky(width / 2.0, height / 2.0);
        if (c == null) {
            return BoundingCircle.FULL;
        }
        double reach = 0;
        for (int i = 0; i <= BORDER_SAMPLES; i++) {
            double fx = width * (double) i / BORDER_SAMPLES;
            double fy = height * (double) i / BORDER_SAMPLES;
            for (double[] p : new double[][] {{fx, 0}, {fx, height}, {0, fy}, {width, fy}}) {
                UnitVector3d v = toSky(p[0], p[1]);
                if (v == null) {
                    return projection == Projection.SIN ? new BoundingCircle(centre(), 90) : BoundingCircle.FULL;
                }
                reach = Math.max(reach, c.angleTo(v));
            }
        }
        // Between samples the border may bulge outwards by up to a sample spacing's worth of angle.
        double spacing = Math.max(width, height) / (double) BORDER_SAMPLES / pixelsPerRadian();
        double radius = Math.toDegrees(reach + spacing);
        return radius >= 180 ? BoundingCircle.FULL : new BoundingCircle(c, radius);
    }

    /** Pixels per radian of sky at the centre, along the width. */
    public double pixelsPerRadian() {
        return scale * projection.halfWidth(1e-6) / 1e-6;
    }
}
