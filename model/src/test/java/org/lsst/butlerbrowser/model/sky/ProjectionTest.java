package org.lsst.butlerbrowser.model.sky;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lsst.butlerbrowser.model.region.UnitVector3d;

/**
 * The projections against their textbook formulas (Calabretta &amp; Greisen 2002, "Representations of
 * celestial coordinates in FITS", written here in longitude/latitude the plain way), and
 * forward/inverse round trips over the whole sky, seam and poles included.
 */
class ProjectionTest {

    private static final double ROUND_TRIP = 1e-9;

    /** Points over the sphere: a 1° grid, the seam from both sides, the poles and their surroundings, random points. */
    private static List<double[]> lonLatSamples() {
        List<double[]> points = new ArrayList<>();
        for (int lat = -90; lat <= 90; lat++) {
            for (int lon = -180; lon <= 180; lon++) {
                points.add(new double[] {lon, lat});
            }
        }
        for (double eps : new double[] {1e-3, 1e-6, 1e-9, 1e-12}) {
            for (double lat = -90; lat <= 90; lat += 7.5) {
                points.add(new double[] {180 - eps, lat});
                points.add(new double[] {-180 + eps, lat});
            }
            for (double lon = -180; lon < 180; lon += 15) {
                points.add(new double[] {lon, 90 - eps});
                points.add(new double[] {lon, -90 + eps});
            }
        }
        Random random = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            points.add(new double[] {360 * random.nextDouble() - 180, Math.toDegrees(Math.asin(2 * random.nextDouble() - 1))});
        }
        return points;
    }

    private static double[] local(double lonDeg, double latDeg) {
        double lon = Math.toRadians(lonDeg);
        double lat = Math.toRadians(latDeg);
        return new double[] {Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat)};
    }

    private static double angle(double[] a, double[] b) {
        double cx = a[1] * b[2] - a[2] * b[1];
        double cy = a[2] * b[0] - a[0] * b[2];
        double cz = a[0] * b[1] - a[1] * b[0];
        return Math.atan2(Math.sqrt(cx * cx + cy * cy + cz * cz), a[0] * b[0] + a[1] * b[1] + a[2] * b[2]);
    }

    @ParameterizedTest
    @EnumSource(Projection.class)
    void inverseUndoesForwardEverywhereTheProjectionShows(Projection p) {
        double[] plane = new double[2];
        double[] back = new double[3];
        int checked = 0;
        for (double[] ll : lonLatSamples()) {
            double[] v = local(ll[0], ll[1]);
            boolean shown = switch (p) {
                case TAN -> v[0] > Math.cos(Projection.MAX_TAN_ANGLE);
                case SIN -> v[0] >= 0;
                default -> true;
            };
            // SIN squeezes its limb: from (u, w) alone a point there is known to √ε only, so round
            // trips are held to 1e-9 up to within 0.006° of the limb.
            if (!shown || (p == Projection.SIN && v[0] < 1e-4)) {
                continue;
            }
            assertTrue(p.forward(v[0], v[1], v[2], plane), p + " shows " + ll[0] + ", " + ll[1]);
            assertTrue(p.inverse(plane[0], plane[1], back), p + " inverts " + ll[0] + ", " + ll[1]);
            assertTrue(angle(v, back) < ROUND_TRIP, p + " round trip at lon " + ll[0] + ", lat " + ll[1] + " is off by "
                    + angle(v, back) + " rad");
            checked++;
        }
        assertTrue(checked > 10_000);
    }

    /** Calabretta & Greisen's AIT: (x, y) = (2γ cosθ sin(φ/2), γ sinθ), γ = √(2 / (1 + cosθ cos(φ/2))). */
    @Test
    void hammerAitoffMatchesTheTextbookFormula() {
        double[] plane = new double[2];
        for (double[] ll : lonLatSamples()) {
            double lon = Math.toRadians(ll[0]);
            double lat = Math.toRadians(ll[1]);
            double gamma = Math.sqrt(2 / (1 + Math.cos(lat) * Math.cos(lon / 2)));
            double[] v = local(ll[0], ll[1]);
            Projection.AITOFF.forward(v[0], v[1], v[2], plane);
            if (Math.abs(Math.abs(ll[0]) - 180) > 1e-3 || Math.abs(ll[1]) == 90) { // the seam's side is ours to choose
                assertEquals(2 * gamma * Math.cos(lat) * Math.sin(lon / 2), plane[0], 1e-12);
            }
            assertEquals(gamma * Math.sin(lat), plane[1], 1e-12);
        }
    }

    /** MOL: x = (2√2/π) φ cos γ, y = √2 sin γ with γ solving γ + sin γ cos γ = (π/2) sin θ, here by bisection. */
    @Test
    void mollweideMatchesTheTextbookFormula() {
        double[] plane = new double[2];
        for (double[] ll : lonLatSamples()) {
            double lon = Math.toRadians(ll[0]);
            double lat = Math.toRadians(ll[1]);
            double target = Math.PI / 2 * Math.sin(lat);
            double lo = -Math.PI / 2;
            double hi = Math.PI / 2;
            for (int i = 0; i < 200; i++) {
                double mid = (lo + hi) / 2;
                if (mid + Math.sin(mid) * Math.cos(mid) < target) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            double gamma = (lo + hi) / 2;
            double[] v = local(ll[0], ll[1]);
            Projection.MOLLWEIDE.forward(v[0], v[1], v[2], plane);
            // Bisection on γ + sinγ cosγ cannot resolve γ within ~1e-5 of ±π/2 (the left side is flat
            // there), so the textbook x is only an oracle away from the poles.
            if (Math.abs(Math.abs(ll[0]) - 180) > 1e-3 && Math.abs(ll[1]) < 89.9) {
                assertEquals(2 * Math.sqrt(2) / Math.PI * lon * Math.cos(gamma), plane[0], 1e-7);
            }
            assertEquals(Math.sqrt(2) * Math.sin(gamma), plane[1], 1e-7);
        }
    }

    /** TAN and SIN about a centre (α0, δ0): the standard coordinates ξ, η of Calabretta & Greisen §5.1. */
    @Test
    void zenithalProjectionsMatchStandardCoordinatesAboutAnyCentre() {
        Random random = new Random(11);
        double[] out = new double[2];
        for (int i = 0; i < 5_000; i++) {
            double ra0 = 360 * random.nextDouble();
            double dec0 = 180 * random.nextDouble() - 90;
            double ra = ra0 + 60 * random.nextDouble() - 30;
            double dec = Math.max(-90, Math.min(90, dec0 + 60 * random.nextDouble() - 30));
            double a = Math.toRadians(ra - ra0);
            double d = Math.toRadians(dec);
            double d0 = Math.toRadians(dec0);
            double cosC = Math.sin(d0) * Math.sin(d) + Math.cos(d0) * Math.cos(d) * Math.cos(a);
            double xi = Math.cos(d) * Math.sin(a);
            double eta = Math.cos(d0) * Math.sin(d) - Math.sin(d0) * Math.cos(d) * Math.cos(a);
            for (Projection p : new Projection[] {Projection.TAN, Projection.SIN}) {
                Viewport view = new Viewport(p, ra0, dec0, 1000, 2000, 2000);
                UnitVector3d v = UnitVector3d.fromLonLatDegrees(ra, dec);
                if (cosC <= 0.2) {
                    continue;
                }
                assertTrue(view.toScreen(v.x(), v.y(), v.z(), out));
                double k = p == Projection.TAN ? 1 / cosC : 1;
                // east is to the left, north up: pixel x falls as ξ grows, pixel y as η grows
                assertEquals(1000 - 1000 * k * xi, out[0], 1e-7);
                assertEquals(1000 - 1000 * k * eta, out[1], 1e-7);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Projection.class, names = {"AITOFF", "MOLLWEIDE"})
    void allSkyMapsPutTheSeamAtTheEdgesAndThePolesAtTheTopAndBottom(Projection p) {
        double[] plane = new double[2];
        p.forward(1, 0, 0, plane);
        assertEquals(0, plane[0], 1e-15);
        assertEquals(0, plane[1], 1e-15);
        p.forward(-1, 0.0, 0, plane);
        assertEquals(p.mapHalfWidth(), plane[0], 1e-12, "the antimeridian seen from the east side");
        p.forward(-1, -0.0, 0, plane);
        assertEquals(-p.mapHalfWidth(), plane[0], 1e-12, "the antimeridian seen from the west side");
        for (double lon = -180; lon <= 180; lon += 30) {
            double[] north = local(lon, 90); // 6e-17 rad from the pole, which Mollweide's x magnifies to ~1e-10
            p.forward(north[0], north[1], north[2], plane);
            assertEquals(0, plane[0], 1e-9);
            assertEquals(p.mapHalfHeight(), plane[1], 1e-12);
        }
        double[] v = new double[3];
        assertTrue(p.inverse(0, -p.mapHalfHeight(), v));
        assertEquals(-1, v[2], 1e-15);
        assertFalse(p.inverse(p.mapHalfWidth() * 0.8, p.mapHalfHeight() * 0.8, v), "outside the ellipse");
        // Just either side of the seam the points land at opposite edges of the map.
        double[] east = local(179.999, 10);
        double[] west = local(-179.999, 10);
        p.forward(east[0], east[1], east[2], plane);
        double xEast = plane[0];
        p.forward(west[0], west[1], west[2], plane);
        assertTrue(xEast > 0.99 * p.mapHalfWidth() * Math.cos(Math.toRadians(10)) && plane[0] < -0.99 * xEast);
    }

    @Test
    void theZenithalProjectionsRefuseTheFarSide() {
        double[] plane = new double[2];
        assertFalse(Projection.TAN.forward(0, 1, 0, plane));
        assertFalse(Projection.SIN.forward(-1e-9, 1, 0, plane));
        double[] v = new double[3];
        assertFalse(Projection.SIN.inverse(0.9, 0.9, v));
        assertTrue(Projection.SIN.inverse(1, 0, v));
        assertEquals(0, v[0], 1e-15);
    }

    @ParameterizedTest
    @EnumSource(Projection.class)
    void viewportsRoundTripThroughPixelsAboutAnyCentre(Projection p) {
        Random random = new Random(3);
        for (int i = 0; i < 2_000; i++) {
            double ra0 = 360 * random.nextDouble();
            double dec0 = i < 10 ? (i % 2 == 0 ? 90 : -90) : 180 * random.nextDouble() - 90;
            Viewport view = Viewport.ofFov(p, ra0, dec0, p.allSky() ? 360 : 60, 1600, 900);
            UnitVector3d v = view.toSky(1600 * random.nextDouble(), 900 * random.nextDouble());
            if (v == null) {
                continue;
            }
            double[] px = view.toScreen(v);
            assertNotNull(px);
            UnitVector3d back = view.toSky(px[0], px[1]);
            assertTrue(back.angleTo(v) < ROUND_TRIP, p + " at " + ra0 + ", " + dec0);
        }
        Viewport view = Viewport.wholeSky(p, 10, 20, 800, 600);
        UnitVector3d c = view.toSky(400, 300);
        assertTrue(c.angleTo(UnitVector3d.fromLonLatDegrees(10, 20)) < 1e-12, "the centre pixel is the centre");
        double[] px = view.toScreen(UnitVector3d.fromLonLatDegrees(11, 20));
        assertTrue(px[0] < 400, "east is to the left");
        px = view.toScreen(UnitVector3d.fromLonLatDegrees(10, 21));
        assertTrue(px[1] < 300, "north is up");
    }

    @ParameterizedTest
    @EnumSource(Projection.class)
    void zoomingKeepsTheSkyUnderTheCursorAndPanningFollowsTheDrag(Projection p) {
        Viewport view = Viewport.ofFov(p, 150, 2, 40, 1600, 900);
        UnitVector3d under = view.toSky(1200, 300);
        Viewport zoomed = view.zoomedAt(1.5, 1200, 300);
        assertEquals(view.scale() * 1.5, zoomed.scale(), 1e-9);
        double[] px = zoomed.toScreen(under);
        assertEquals(1200, px[0], 1e-3);
        assertEquals(300, px[1], 1e-3);
        UnitVector3d grabbed = view.toSky(300, 700);
        px = view.withPointAt(grabbed, 420, 650).toScreen(grabbed);
        assertEquals(420, px[0], 1e-3);
        assertEquals(650, px[1], 1e-3);
        // A pan moves the centre with the drag, to a fraction of a pixel (exactly only for the centre's own point).
        UnitVector3d centre = view.centre();
        px = view.panned(50, -20).toScreen(centre);
        assertEquals(800 + 50, px[0], 0.5);
        assertEquals(450 - 20, px[1], 0.5);
        assertEquals(40, Viewport.ofFov(p, 0, 0, 40, 1600, 900).fovDeg(), 1e-9);
    }

    @Test
    void offTheMapThereIsNoSky() {
        Viewport view = Viewport.wholeSky(Projection.AITOFF, 0, 0, 800, 400);
        assertNull(view.toSky(2, 2));
        assertTrue(view.visibleCap().isFull());
        Viewport narrow = Viewport.ofFov(Projection.TAN, 30, 40, 2, 800, 400);
        assertTrue(narrow.visibleCap().openingAngleDeg() < 2);
        assertTrue(narrow.visibleCap().openingAngleDeg() > Math.hypot(1, 0.5));
    }
}
