package org.lsst.butlerbrowser.model.sky;

/**
 * The Hammer-Aitoff projection, u = 2√2 cosφ sin(λ/2) / D, w = √2 sinφ / D with
 * D = √(1 + cosφ cos(λ/2)), and its inverse. Both are written without the ill-conditioned steps of
 * the textbook formulas (half angles by subtraction near the seam, asin near the poles), so a round
 * trip keeps the point to ~1e-15 rad everywhere, seam and poles included.
 */
final class HammerAitoff {

    static final double HALF_WIDTH = 2 * Math.sqrt(2);
    static final double HALF_HEIGHT = Math.sqrt(2);

    private HammerAitoff() {
    }

    /** (u, w) of the local unit vector (x, y, z); a point on the seam (y = ±0, x &lt; 0) goes to the side of y's sign. */
    static void forward(double x, double y, double z, double[] out) {
        double r = Math.sqrt(x * x + y * y); // cos φ
        double c; // cos φ · cos(λ/2)
        double s; // cos φ · sin(λ/2)
        if (r == 0) {
            c = 0;
            s = 0;
        } else if (x >= 0) {
            c = Math.sqrt(r * (r + x) / 2);
            s = y * r / (2 * c);
        } else {
            s = Math.copySign(Math.sqrt(r * (r - x) / 2), y);
            c = y * r / (2 * s);
        }
        double d = Math.sqrt(1 + c);
        out[0] = HALF_WIDTH * s / d;
        out[1] = HALF_HEIGHT * z / d;
    }

    static boolean inverse(double u, double w, double[] out) {
        double e = u * u / 8 + w * w / 2;
        if (!(e <= 1 + Projection.EDGE_TOLERANCE)) {
            return false;
        }
        double z2 = Math.max(0.5, 1 - e / 2);
        double z = Math.sqrt(z2);
        double a = 2 * z2 - 1; // cos φ · cos(λ/2)
        double b = u * z / 2;  // cos φ · sin(λ/2)
        double cosPhi = Math.hypot(a, b);
        double sinPhi = z * w;
        if (cosPhi == 0) {
            out[0] = 0;
            out[1] = 0;
            out[2] = Math.signum(w);
            return w != 0;
        }
        double x = (a * a - b * b) / cosPhi;
        double y = 2 * a * b / cosPhi;
        double n = Math.sqrt(x * x + y * y + sinPhi * sinPhi);
        out[0] = x / n;
        out[1] = y / n;
        out[2] = sinPhi / n;
        return true;
    }
}
