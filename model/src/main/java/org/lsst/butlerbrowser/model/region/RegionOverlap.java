package org.lsst.butlerbrowser.model.region;

import java.util.List;

/**
 * Whether two regions overlap, as a spatial join between two dimension elements asks (e.g.
 * {@code visit_detector_region.region OVERLAPS patch.region}): exact for pairs of convex polygons
 * (what registries store for visits, detectors, tracts and patches) and for circles, and by bounding
 * circle for other shapes, a superset that never misses a true overlap.
 */
public final class RegionOverlap {

    private RegionOverlap() {
    }

    public static boolean overlaps(Region a, Region b) {
        if (a instanceof UnionRegion u) {
            return u.operands().stream().anyMatch(r -> overlaps(r, b));
        }
        if (b instanceof UnionRegion u) {
            return u.operands().stream().anyMatch(r -> overlaps(a, r));
        }
        if (a instanceof ConvexPolygon p && b instanceof ConvexPolygon q) {
            return polygons(p, q);
        }
        if (b instanceof Circle c) {
            return !c.isEmpty() && CircleOverlap.overlaps(a, c.center(), c.openingAngleRad());
        }
        if (a instanceof Circle c) {
            return !c.isEmpty() && CircleOverlap.overlaps(b, c.center(), c.openingAngleRad());
        }
        BoundingCircle ca = a.boundingCircle();
        BoundingCircle cb = b.boundingCircle();
        return !ca.isEmpty() && !cb.isEmpty()
                && ca.center().angleTo(cb.center()) <= Math.toRadians(ca.openingAngleDeg() + cb.openingAngleDeg());
    }

    /**
     * Two convex polygons meet exactly when a vertex of one lies in the other (boundary included) or
     * two of their edges cross; with neither, one cannot reach into the other.
     */
    private static boolean polygons(ConvexPolygon p, ConvexPolygon q) {
        List<UnitVector3d> pv = p.vertices();
        List<UnitVector3d> qv = q.vertices();
        return anyVertexInside(pv, q) || anyVertexInside(qv, p) || edgesCross(pv, qv);
    }

    private static boolean anyVertexInside(List<UnitVector3d> vertices, ConvexPolygon in) {
        for (UnitVector3d v : vertices) {
            if (in.contains(v)) {
                return true;
            }
        }
        return false;
    }

    private static boolean edgesCross(List<UnitVector3d> p, List<UnitVector3d> q) {
        int n = p.size();
        int m = q.size();
        for (int i = 0; i < n; i++) {
            UnitVector3d a = p.get(i);
            UnitVector3d b = p.get((i + 1) % n);
            for (int j = 0; j < m; j++) {
                if (arcsCross(a, b, q.get(j), q.get((j + 1) % m))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the arcs a→b and c→d (each shorter than a half circle) cross at a point inside both.
     * c and d must lie on opposite sides of a→b's great circle and a and b on opposite sides of
     * c→d's; the last sign test rejects the case where the great circles meet only on the far side
     * of the sphere from both arcs. Touching cases are left to the vertex tests.
     */
    static boolean arcsCross(UnitVector3d a, UnitVector3d b, UnitVector3d c, UnitVector3d d) {
        int acb = -UnitVector3d.orientation(a, b, c);
        if (acb == 0 || UnitVector3d.orientation(a, b, d) != acb) {
            return false;
        }
        int cbd = -UnitVector3d.orientation(c, d, b);
        return cbd == acb && UnitVector3d.orientation(c, d, a) == acb;
    }
}
