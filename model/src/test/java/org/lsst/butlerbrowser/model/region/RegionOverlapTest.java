package org.lsst.butlerbrowser.model.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Polygon overlap against an independent answer: points sampled densely over one polygon and tested
 * for containment in both. A sample in both proves an overlap; where the samples find none, the
 * polygons must be reported disjoint unless a finer sampling finds the sliver.
 */
class RegionOverlapTest {

    /** A quadrilateral around (ra, dec), half-size h degrees, turned by an angle (counter-clockwise on the sky). */
    private static ConvexPolygon quad(double ra, double dec, double h, double turnDeg) {
        double[][] corners = new double[4][];
        double t = Math.toRadians(turnDeg);
        double[][] unit = {{1, 1}, {-1, 1}, {-1, -1}, {1, -1}};
        for (int i = 0; i < 4; i++) {
            double x = unit[i][0] * h;
            double y = unit[i][1] * h;
            double dx = x * Math.cos(t) - y * Math.sin(t);
            double dy = x * Math.sin(t) + y * Math.cos(t);
            // east is towards smaller x on the sky seen from inside: counter-clockwise means ra decreasing first
            corners[i] = new double[] {ra - dx / Math.cos(Math.toRadians(dec)), dec + dy};
        }
        ConvexPolygon p = ConvexPolygon.fromDegrees(corners);
        return p.contains(UnitVector3d.fromLonLatDegrees(ra, dec)) ? p : ConvexPolygon.fromDegrees(
                corners[3], corners[2], corners[1], corners[0]);
    }

    /** Whether any of n×n samples spread over p's bounding circle lies in both p and q. */
    private static boolean sampledOverlap(ConvexPolygon p, ConvexPolygon q, int n) {
        BoundingCircle bc = p.boundingCircle();
        double r = bc.openingAngleDeg();
        double ra = bc.raDeg();
        double dec = bc.decDeg();
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= n; j++) {
                double d = Math.max(-90, Math.min(90, dec - r + 2 * r * i / n));
                double a = ra + (-r + 2 * r * j / n) / Math.max(0.05, Math.cos(Math.toRadians(d)));
                UnitVector3d v = UnitVector3d.fromLonLatDegrees(a, d);
                if (p.contains(v) && q.contains(v)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void randomPolygonPairsAgreeWithDenseSampling() {
        Random random = new Random(20261205);
        int overlapping = 0;
        int disjoint = 0;
        for (int trial = 0; trial < 3_000; trial++) {
            double ra = random.nextDouble() * 360;
            double dec = -85 + random.nextDouble() * 170;
            ConvexPolygon p = quad(ra, dec, 0.2 + random.nextDouble(), random.nextDouble() * 90);
            ConvexPolygon q = quad(ra + random.nextGaussian() * 2, dec + random.nextGaussian() * 2,
                    0.2 + random.nextDouble(), random.nextDouble() * 90);
            boolean ours = RegionOverlap.overlaps(p, q);
            assertEquals(ours, RegionOverlap.overlaps(q, p), "symmetric");
            boolean sampled = sampledOverlap(p, q, 60) || sampledOverlap(q, p, 60);
            if (sampled) {
                assertTrue(ours, "sampling found a shared point of " + p + " and " + q);
                overlapping++;
            } else {
                assertFalse(ours && !sampledOverlap(p, q, 600) && !sampledOverlap(q, p, 600),
                        "no shared point even sampled finely: " + p + " and " + q);
                disjoint++;
            }
        }
        assertTrue(overlapping > 300 && disjoint > 300, overlapping + " overlapping, " + disjoint + " disjoint");
    }

    @Test
    void crossingEdgesWithNoVertexInsideAreAnOverlap() {
        // a long thin east-west bar across a long thin north-south bar: a plus sign
        ConvexPolygon bar = ConvexPolygon.fromDegrees(new double[] {11, -0.1}, new double[] {11, 0.1},
                new double[] {9, 0.1}, new double[] {9, -0.1});
        ConvexPolygon post = ConvexPolygon.fromDegrees(new double[] {10.1, -1}, new double[] {10.1, 1},
                new double[] {9.9, 1}, new double[] {9.9, -1});
        assertTrue(bar.contains(UnitVector3d.fromLonLatDegrees(10, 0)) && post.contains(UnitVector3d.fromLonLatDegrees(10, 0)));
        assertTrue(RegionOverlap.overlaps(bar, post));
    }

    @Test
    void arcsWhoseGreatCirclesMeetOnlyOnTheFarSideDoNotCross() {
        UnitVector3d a = UnitVector3d.fromLonLatDegrees(-10, 0);
        UnitVector3d b = UnitVector3d.fromLonLatDegrees(10, 0);
        assertTrue(RegionOverlap.arcsCross(a, b, UnitVector3d.fromLonLatDegrees(0, -10), UnitVector3d.fromLonLatDegrees(0, 10)));
        assertFalse(RegionOverlap.arcsCross(a, b, UnitVector3d.fromLonLatDegrees(180, -10), UnitVector3d.fromLonLatDegrees(180, 10)));
    }

    @Test
    void aCircleOverlapsWhatItsCentreOrRimReaches() {
        ConvexPolygon p = quad(30, 20, 1, 0);
        assertTrue(RegionOverlap.overlaps(p, Circle.of(UnitVector3d.fromLonLatDegrees(30, 22.5), Math.toRadians(1.6))));
        assertFalse(RegionOverlap.overlaps(Circle.of(UnitVector3d.fromLonLatDegrees(30, 22.5), Math.toRadians(1.4)), p));
    }
}
