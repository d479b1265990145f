package org.lsst.butlerbrowser.model.region;

import java.util.List;

/**
 * Whether a region overlaps a circle (a point when the radius is 0): exact for polygons and
 * circles, by bounding circle for the other shapes (a superset, never a miss).
 */
public final class CircleOverlap {

    private CircleOverlap() {
    }

    public static boolean overlaps(Region region, UnitVector3d center, double radiusRad) {
        if (region instanceof ConvexPolygon p) {
            return polygon(p, center, radiusRad);
        }
        if (region instanceof Circle c) {
            return !c.isEmpty() && (c.isFull() || c.center().angleTo(center) <= c.openingAngleRad() + radiusRad);
        }
        if (region instanceof UnionRegion u) {
            return u.operands().stream().anyMatch(r -> overlaps(r, center, radiusRad));
        }
        if (radiusRad == 0 && region.contains(center)) {
            return true;
        }
        BoundingCircle bc = region.boundingCircle();
        return !bc.isEmpty() && bc.center().angleTo(center) <= Math.toRadians(bc.openingAngleDeg()) + radiusRad;
    }

    private static boolean polygon(ConvexPolygon p, UnitVector3d center, double radius) {
        if (p.contains(center)) {
            return true;
        }
        if (radius <= 0) {
            return false;
        }
        List<UnitVector3d> vs = p.vertices();
        int n = vs.size();
        for (int i = 0; i < n; i++) {
            if (distanceToArc(center, vs.get(i), vs.get((i + 1) % n)) <= radius) {
                return true;
            }
        }
        return false;
    }

    /** (a × b) · n, unnormalized so that parallel a and b give 0 rather than fail. */
    private static double triple(UnitVector3d a, UnitVector3d b, UnitVector3d n) {
        return (a.y() * b.z() - a.z() * b.y()) * n.x() + (a.z() * b.x() - a.x() * b.z()) * n.y()
                + (a.x() * b.y() - a.y() * b.x()) * n.z();
    }

    /** Angle from {@code v} to the great-circle arc a→b (the shorter arc). */
    static double distanceToArc(UnitVector3d v, UnitVector3d a, UnitVector3d b) {
        UnitVector3d n = a.crossNormalized(b);
        double s = v.dot(n);
        double qx = v.x() - s * n.x();
        double qy = v.y() - s * n.y();
        double qz = v.z() - s * n.z();
        double norm = Math.sqrt(qx * qx + qy * qy + qz * qz);
        if (norm > 1e-15) {
            UnitVector3d q = UnitVector3d.normalize(qx, qy, qz);
            // q lies on the arc when it is between a and b as seen along n
            if (triple(a, q, n) >= 0 && triple(q, b, n) >= 0) {
                return Math.asin(Math.min(1, Math.abs(s)));
            }
        }
        return Math.min(v.angleTo(a), v.angleTo(b));
    }
}
