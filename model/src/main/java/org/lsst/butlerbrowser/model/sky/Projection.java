package org.lsst.butlerbrowser.model.sky;

/**
 * The map projections of the sky view, each written in the local frame of the view's centre
 * (see {@link SkyFrame}): a local unit vector (X, Y, Z) = (c·v, e·v, n·v) maps to plane coordinates
 * (u, w) with u towards the east and w towards the north, and back. The all-sky projections show
 * the whole sphere with the seam at the antimeridian of the centre; TAN and SIN show less than a
 * hemisphere about the centre.
 */
public enum Projection {

    /** Hammer-Aitoff, equal-area, the whole sky in an ellipse 4√2 × 2√2. */
    AITOFF("Hammer-Aitoff", true, HammerAitoff.HALF_WIDTH, HammerAitoff.HALF_HEIGHT) {
        @Override
        public boolean forward(double x, double y, double z, double[] out) {
            HammerAitoff.forward(x, y, z, out);
            return true;
        }

        @Override
        public boolean inverse(double u, double w, double[] out) {
            return HammerAitoff.inverse(u, w, out);
        }

        @Override
        public double halfWidth(double angleRad) {
            if (angleRad >= Math.PI) {
                return HammerAitoff.HALF_WIDTH * angleRad / Math.PI;
            }
            double[] p = new double[2];
            HammerAitoff.forward(Math.cos(angleRad), Math.sin(angleRad), 0, p);
            return p[0];
        }

        @Override
        public double angleOfHalfWidth(double h) {
            if (h >= HammerAitoff.HALF_WIDTH) {
                return Math.PI * h / HammerAitoff.HALF_WIDTH;
            }
            double[] v = new double[3];
            HammerAitoff.inverse(h, 0, v);
            return Math.atan2(v[1], v[0]);
        }

    },

    /** Mollweide, equal-area with straight parallels, the whole sky in an ellipse 4√2 × 2√2. */
    MOLLWEIDE("Mollweide", true, Mollweide.HALF_WIDTH, Mollweide.HALF_HEIGHT) {
        @Override
        public boolean forward(double x, double y, double z, double[] out) {
            Mollweide.forward(x, y, z, out);
            return true;
        }

        @Override
        public boolean inverse(double u, double w, double[] out) {
            return Mollweide.inverse(u, w, out);
        }

        @Override
        public double halfWidth(double angleRad) {
            return Mollweide.HALF_WIDTH * angleRad / Math.PI;
        }

        @Override
        public double angleOfHalfWidth(double h) {
            return Math.PI * h / Mollweide.HALF_WIDTH;
        }

    },

    /** Gnomonic: great circles are straight lines; shows less than a hemisphere (X &gt; 0). */
    TAN("gnomonic (TAN)", false, Math.tan(Math.toRadians(80)), Math.tan(Math.toRadians(80))) {
        @Override
        public boolean forward(double x, double y, double z, double[] out) {
            if (!(x > 0)) {
                return false;
            }
            out[0] = y / x;
            out[1] = z / x;
            return true;
        }

        @Override
        public boolean inverse(double u, double w, double[] out) {
            double n = Math.sqrt(1 + u * u + w * w);
            out[0] = 1 / n;
            out[1] = u / n;
            out[2] = w / n;
            return Double.isFinite(n);
        }

        @Override
        public double halfWidth(double angleRad) {
            return Math.tan(Math.min(angleRad, MAX_TAN_ANGLE));
        }

        @Override
        public double angleOfHalfWidth(double h) {
            return Math.atan(h);
        }

    },

    /** Orthographic: the sphere seen from afar; shows the hemisphere about the centre (X ≥ 0). */
    SIN("orthographic (SIN)", false, 1, 1) {
        @Override
        public boolean forward(double x, double y, double z, double[] out) {
            if (!(x >= 0)) {
                return false;
            }
            out[0] = y;
            out[1] = z;
            return true;
        }

        @Override
        public boolean inverse(double u, double w, double[] out) {
            double r2 = u * u + w * w;
            if (!(r2 <= 1 + EDGE_TOLERANCE)) {
                return false;
            }
            out[0] = Math.sqrt(Math.max(0, 1 - r2));
            out[1] = u;
            out[2] = w;
            if (r2 > 1) {
                double n = Math.sqrt(r2);
                out[1] = u / n;
                out[2] = w / n;
            }
            return true;
        }

        @Override
        public double halfWidth(double angleRad) {
            return angleRad >= 0.5 * Math.PI ? angleRad / (0.5 * Math.PI) : Math.sin(angleRad);
        }

        @Override
        public double angleOfHalfWidth(double h) {
            return h >= 1 ? 0.5 * Math.PI * h : Math.asin(h);
        }

    };

    /** How far outside its map a plane point may be and still count as on it (rounding). */
    static final double EDGE_TOLERANCE = 1e-12;
    /** The widest angle from the centre a gnomonic view is allowed to show. */
    static final double MAX_TAN_ANGLE = Math.toRadians(80);

    private final String title;
    private final boolean allSky;
    private final double mapHalfWidth;
    private final double mapHalfHeight;

    Projection(String title, boolean allSky, double mapHalfWidth, double mapHalfHeight) {
        this.title = title;
        this.allSky = allSky;
        this.mapHalfWidth = mapHalfWidth;
        this.mapHalfHeight = mapHalfHeight;
    }

    /** The name users know it by. */
    public String title() {
        return title;
    }

    /** Whether the projection shows the whole sphere (with a seam at the centre's antimeridian). */
    public boolean allSky() {
        return allSky;
    }

    /**
     * Plane coordinates (u east, w north) of the local unit vector (x, y, z) into out[0..1]; false
     * when the projection cannot show the point (behind a TAN or SIN view).
     */
    public abstract boolean forward(double x, double y, double z, double[] out);

    /** The local unit vector at plane point (u, w) into out[0..2]; false when (u, w) is off the map. */
    public abstract boolean inverse(double u, double w, double[] out);

    /**
     * The plane distance from the centre of the point {@code angleRad} east of it along the local
     * equator: how wide a field of 2·angle is. Beyond the map it grows linearly, so that zooming out
     * past the whole sky stays continuous.
     */
    public abstract double halfWidth(double angleRad);

    /** The inverse of {@link #halfWidth}: the angle east of the centre shown at plane distance h. */
    public abstract double angleOfHalfWidth(double h);

    /** Half the width of the whole map in plane units (TAN: of the widest field it shows). */
    public double mapHalfWidth() {
        return mapHalfWidth;
    }

    /** Half the height of the whole map in plane units. */
    public double mapHalfHeight() {
        return mapHalfHeight;
    }
}
