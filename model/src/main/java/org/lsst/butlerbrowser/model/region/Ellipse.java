package org.lsst.butlerbrowser.model.region;

import java.util.List;

/**
 * A spherical ellipse as sphgeom encodes it: the rows b0, b1, center of an orthogonal matrix S that
 * takes the centre to (0, 0, 1), then a = α − π/2 and b = β − π/2 (α, β the semi-axis angles along
 * b0 and b1), gamma (half the angle between the foci), and |tan a|, |tan b|. Storing a and b rather
 * than α and β is sphgeom's choice: it makes the complement an exact sign flip.
 *
 * <p>In the frame of S a point (x, y, z) is inside when z ≥ 0 and (x·tan a)² + (y·tan b)² ≤ z²;
 * ellipses wider than a hemisphere (a &gt; 0) are the complement of such a cone.
 */
public record Ellipse(UnitVector3d b0, UnitVector3d b1, UnitVector3d center,
                      double a, double b, double gamma, double tanA, double tanB) implements Region {

    private static final double HALF_PI = 0.5 * Math.PI;
    /** sphgeom's allowance for asin error, added to bounding radii. */
    private static final double MAX_ASIN_ERROR = 1.5e-8;
    private static final int AREA_SAMPLES = 1024;

    public Ellipse {
        if (b0 == null || b1 == null || center == null) {
            throw new IllegalArgumentException("an Ellipse needs all three rows of its matrix");
        }
        if (!Double.isFinite(a) || !Double.isFinite(b) || !Double.isFinite(gamma)) {
            throw new IllegalArgumentException("Ellipse angles must be finite: a=" + a + ", b=" + b + ", gamma=" + gamma);
        }
        // |tan| values are non-negative; +∞ is how sphgeom writes the empty and full ellipses.
        if (!(tanA >= 0.0) || !(tanB >= 0.0)) {
            throw new IllegalArgumentException("Ellipse |tan a|, |tan b| must be ≥ 0: " + tanA + ", " + tanB);
        }
        boolean emptyOrFull = HALF_PI + a < 0.0 || HALF_PI - a <= 0.0;
        if (!emptyOrFull && (tanA == Double.POSITIVE_INFINITY || tanB == Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("Ellipse |tan a|, |tan b| must be finite unless it is empty or full: "
                    + tanA + ", " + tanB);
        }
    }

    @Override
    public String typeName() {
        return "Ellipse";
    }

    /** Semi-axis angle along b0, radians. */
    public double alphaRad() {
        return a + HALF_PI;
    }

    /** Semi-axis angle along b1, radians. */
    public double betaRad() {
        return b + HALF_PI;
    }

    public boolean isEmpty() {
        return HALF_PI + a < 0.0;
    }

    public boolean isFull() {
        return HALF_PI - a <= 0.0;
    }

    @Override
    public boolean contains(UnitVector3d v) {
        if (isEmpty()) {
            return false;
        }
        if (isFull()) {
            return true;
        }
        double x = b0.dot(v) * tanA;
        double y = b1.dot(v) * tanB;
        double z = center.dot(v);
        double d = x * x + y * y - z * z;
        return a > 0.0 ? (z >= 0.0 || d >= 0.0) : (z >= 0.0 && d <= 0.0);
    }

    @Override
    public BoundingCircle boundingCircle() {
        if (isEmpty()) {
            return BoundingCircle.EMPTY;
        }
        if (isFull()) {
            return BoundingCircle.FULL;
        }
        double r = Math.max(alphaRad(), betaRad()) + 2.0 * MAX_ASIN_ERROR;
        return r >= Math.PI ? BoundingCircle.FULL : new BoundingCircle(center, Math.toDegrees(r));
    }

    /**
     * Angular distance from the centre to the boundary in direction φ (measured from b0 towards b1):
     * tan ρ = 1 / √(cos²φ tan²a + sin²φ tan²b), on the far side of the equator when a &gt; 0.
     */
    private double boundaryDistance(double phi) {
        double c = Math.cos(phi) * tanA;
        double s = Math.sin(phi) * tanB;
        double rho = Math.atan2(1.0, Math.sqrt(c * c + s * s));
        return a > 0.0 ? Math.PI - rho : rho;
    }

    /**
     * ∫ (1 − cos ρ(φ)) dφ over a full turn, by the trapezoid rule, which converges very fast for a
     * smooth periodic integrand. The region is star-shaped about its centre, so this is its area.
     */
    @Override
    public double areaSquareDegrees() {
        if (isEmpty()) {
            return 0.0;
        }
        if (isFull()) {
            return 4.0 * Math.PI * SQ_DEG_PER_SR;
        }
        double sum = 0.0;
        for (int i = 0; i < AREA_SAMPLES; i++) {
            sum += 1.0 - Math.cos(boundaryDistance(2.0 * Math.PI * i / AREA_SAMPLES));
        }
        return sum * (2.0 * Math.PI / AREA_SAMPLES) * SQ_DEG_PER_SR;
    }

    @Override
    public List<List<UnitVector3d>> outlines() {
        if (isEmpty() || isFull()) {
            return List.of();
        }
        UnitVector3d[] pts = new UnitVector3d[Circle.OUTLINE_POINTS];
        for (int i = 0; i < pts.length; i++) {
            double phi = 2.0 * Math.PI * i / pts.length;
            double rho = boundaryDistance(phi);
            double sr = Math.sin(rho);
            double u = sr * Math.cos(phi);
            double w = sr * Math.sin(phi);
            double cz = Math.cos(rho);
            // Back from the ellipse frame: S is orthogonal, so its transpose is its inverse.
            pts[i] = UnitVector3d.normalize(
                    u * b0.x() + w * b1.x() + cz * center.x(),
                    u * b0.y() + w * b1.y() + cz * center.y(),
                    u * b0.z() + w * b1.z() + cz * center.z());
        }
        return List.of(List.of(pts));
    }
}
