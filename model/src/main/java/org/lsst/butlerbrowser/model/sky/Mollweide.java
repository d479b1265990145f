package org.lsst.butlerbrowser.model.sky;

/**
 * The Mollweide projection, u = (2√2/π) λ cosθ, w = √2 sinθ where 2θ + sin 2θ = π sinφ, and its
 * inverse. The auxiliary angle is solved for as ε = π/2 − |θ| from 2ε − sin 2ε = π(1 − |sinφ|), with
 * a series where that difference cancels, so that the poles keep full precision.
 */
final class Mollweide {

    static final double HALF_WIDTH = 2 * Math.sqrt(2);
    static final double HALF_HEIGHT = Math.sqrt(2);
    private static final double X_SCALE = 2 * Math.sqrt(2) / Math.PI;
    private static final int MAX_ITERATIONS = 60;

    private Mollweide() {
    }

    static void forward(double x, double y, double z, double[] out) {
        double r2 = x * x + y * y;
        double lambda = r2 == 0 ? 0 : Math.atan2(y, x);
        double q = Math.PI * r2 / (1 + Math.abs(z)); // π (1 − |sin φ|)
        double eps = solve(q);
        out[0] = X_SCALE * lambda * Math.sin(eps);
        out[1] = Math.copySign(HALF_HEIGHT * Math.cos(eps), z);
    }

    static boolean inverse(double u, double w, double[] out) {
        double s = Math.abs(w) / HALF_HEIGHT;
        if (!(s <= 1 + Projection.EDGE_TOLERANCE)) {
            return false;
        }
        s = Math.min(s, 1);
        double sinEps = Math.sqrt((1 - s) * (1 + s)); // cos θ
        double eps = Math.atan2(sinEps, s);
        if (sinEps == 0 && Math.abs(u) > 1e-7) { // cos ε rounds to 1 for ε < 1.5e-8, where x is up to 4e-8
            return false;
        }
        double lambda = sinEps > 0 ? u / (X_SCALE * sinEps) : 0;
        // Near a pole w keeps fewer digits of ε = π/2 − |θ| than x does (cos ε is close to 1), so
        // λ = x / sin ε carries a relative error of ~1e-16 / ε²: an x a little past the edge there is
        // rounding, not a point off the map.
        double slack = Math.max(1e-12, 1e-15 / Math.max(sinEps * sinEps, 1e-300));
        if (!(Math.abs(lambda) <= Math.PI * (1 + slack))) {
            return false;
        }
        lambda = u == 0 ? 0 : Math.max(-Math.PI, Math.min(Math.PI, lambda));
        double p = g(eps) / Math.PI; // 1 − |sin φ|
        double cosPhi = Math.sqrt(p * (2 - p));
        out[0] = cosPhi * Math.cos(lambda);
        out[1] = cosPhi * Math.sin(lambda);
        out[2] = Math.copySign(1 - p, w);
        return true;
    }

    /** ε in [0, π/2] with g(ε) = q, by Newton's method from below the root. */
    static double solve(double q) {
        if (q <= 0) {
            return 0;
        }
        if (q >= Math.PI) {
            return 0.5 * Math.PI;
        }
        double eps = Math.min(0.5 * Math.PI, Math.cbrt(0.75 * q)); // g(ε) ≤ 4ε³/3, so this is at or below the root
        double lastStep = Double.POSITIVE_INFINITY;
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double s = Math.sin(eps);
            double slope = 4 * s * s;
            if (slope == 0) {
                break;
            }
            double delta = (g(eps) - q) / slope;
            double step = Math.abs(delta);
            // Quadratic convergence ends in rounding noise: stop once a step no longer shrinks.
            if (step >= lastStep) {
                break;
            }
            eps = Math.max(0, Math.min(0.5 * Math.PI, eps - delta));
            if (step <= 1e-17 * eps) {
                break;
            }
            lastStep = step;
        }
        return eps;
    }

    /** 2ε − sin 2ε, by its series where the subtraction would cancel. */
    static double g(double eps) {
        double t = 2 * eps;
        if (t >= 0.25) {
            return t - Math.sin(t);
        }
        double t2 = t * t;
        return t * t2 * (1.0 / 6 - t2 * (1.0 / 120 - t2 * (1.0 / 5040 - t2 * (1.0 / 362880
                - t2 * (1.0 / 39916800 - t2 / 6227020800.0)))));
    }
}
