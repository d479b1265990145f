package org.lsst.butlerbrowser.model.sky;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lsst.butlerbrowser.model.region.Box;
import org.lsst.butlerbrowser.model.region.Circle;
import org.lsst.butlerbrowser.model.region.ConvexPolygon;
import org.lsst.butlerbrowser.model.region.Region;
import org.lsst.butlerbrowser.model.region.UnionRegion;
import org.lsst.butlerbrowser.model.region.UnitVector3d;
import org.lsst.butlerbrowser.model.tap.Cancellation;
import org.lsst.butlerbrowser.model.tap.ObsCoreResult;
import org.lsst.butlerbrowser.model.tap.TapProgress;
import org.lsst.butlerbrowser.model.tap.TapResult;
import org.lsst.butlerbrowser.model.testing.Fixtures;

/**
 * Built paths cover exactly the pixels whose sky the region contains (the exact spherical test,
 * {@link Region#contains}, at the pixel's inverse-projected position), for the DaCHS fixtures'
 * footprints that straddle RA = 0 and that contain the south pole, in views that put the seam, a
 * pole, the SIN limb or the TAN clip across them. Pixels within 1.5 px of an edge (of the region or
 * of the path) are not judged: there a straight chord of a curved arc may stray by a fraction of a
 * pixel; a path that left out or added anything wider than that would be caught.
 */
class SkyPathBuilderTest {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 450;
    private static final double EDGE = 1.5;

    private static List<Region> ra0;
    private static List<Region> pole;

    @BeforeAll
    static void readFixtures() {
        ra0 = footprints("images-stcs-and-dali-tabledata.vot");
        pole = footprints("obscore-pole-tabledata.vot");
    }

    private static List<Region> footprints(String fixture) {
        TapResult result = TapResult.read(Fixtures.shared().resolve("fixtures/tap").resolve(fixture), TapProgress.NONE,
                Cancellation.none());
        ObsCoreResult obscore = result.obsCore();
        List<Region> out = new ArrayList<>();
        for (int r = 0; r < obscore.rowCount(); r++) {
            out.add(obscore.footprint(r));
        }
        return out;
    }

    static Stream<Viewport> views() {
        return Stream.of(
                Viewport.wholeSky(Projection.AITOFF, 180, 0, WIDTH, HEIGHT),
                Viewport.wholeSky(Projection.AITOFF, 0, 0, WIDTH, HEIGHT),
                Viewport.wholeSky(Projection.MOLLWEIDE, 180, 0, WIDTH, HEIGHT),
                Viewport.wholeSky(Projection.MOLLWEIDE, 90, 30, WIDTH, HEIGHT),
                Viewport.ofFov(Projection.AITOFF, 180, -10, 60, WIDTH, HEIGHT),
                Viewport.ofFov(Projection.TAN, 0, -86.5, 15, WIDTH, HEIGHT),
                Viewport.ofFov(Projection.TAN, 0, -5, 8, WIDTH, HEIGHT),
                Viewport.wholeSky(Projection.SIN, 0, 0, WIDTH, HEIGHT),
                Viewport.wholeSky(Projection.SIN, 90, 0, WIDTH, HEIGHT),
                Viewport.ofFov(Projection.SIN, 0, -80, 30, WIDTH, HEIGHT));
    }

    private static String describe(Viewport v) {
        return v.projection() + " at (" + v.centreRaDeg() + ", " + v.centreDecDeg() + "), fov " + Math.round(v.fovDeg());
    }

    private static final double[][] NEIGHBOURS = {{0, 0}, {EDGE, 0}, {-EDGE, 0}, {0, EDGE}, {0, -EDGE}, {EDGE, EDGE},
        {-EDGE, -EDGE}, {EDGE, -EDGE}, {-EDGE, EDGE}};

    /**
     * Whether pixel (x, y) is inside the region, or null when that cannot be judged from one pixel:
     * off the map, or within EDGE of an edge of the region or of the path (a sliver thinner than
     * 2·EDGE has no pixel far from its edges).
     */
    private static Boolean truth(Region region, PathRecorder path, Viewport view, double x, double y) {
        Boolean inside = null;
        Boolean covered = null;
        for (double[] d : NEIGHBOURS) {
            UnitVector3d v = view.toSky(x + d[0], y + d[1]);
            if (v == null) {
                return null;
            }
            boolean in = region.contains(v);
            boolean cov = path.covers(x + d[0], y + d[1]);
            if (inside != null && (inside != in || covered != cov)) {
                return null;
            }
            inside = in;
            covered = cov;
        }
        return inside;
    }

    private static int assertCoversExactly(Region region, Viewport view, String what) {
        SkyPathBuilder builder = new SkyPathBuilder(view);
        PathRecorder path = new PathRecorder();
        for (List<UnitVector3d> ring : region.outlines()) {
            builder.ring(ring, path);
        }
        if (view.projection().allSky()) {
            assertTrue(path.longestSegment < 0.1 * WIDTH, what + ": a segment of " + path.longestSegment
                    + " px smears across the map in " + describe(view));
        }
        List<double[]> probes = new ArrayList<>();
        for (double y = 0.5; y < HEIGHT; y += 20) {
            for (double x = 0.5; x < WIDTH; x += 20) {
                probes.add(new double[] {x, y});
            }
        }
        Rectangle2D bounds = path.path.getBounds2D().createIntersection(new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        for (double y = Math.floor(bounds.getMinY()) + 0.5; y < bounds.getMaxY(); y += 3) {
            for (double x = Math.floor(bounds.getMinX()) + 0.5; x < bounds.getMaxX(); x += 3) {
                probes.add(new double[] {x, y});
            }
        }
        int insides = 0;
        for (double[] p : probes) {
            Boolean expected = truth(region, path, view, p[0], p[1]);
            if (expected != null) {
                assertEquals(expected, path.covers(p[0], p[1]), what + " at pixel (" + p[0] + ", " + p[1] + ") in "
                        + describe(view) + ", sky " + view.toSky(p[0], p[1]));
                insides += expected ? 1 : 0;
            }
        }
        return insides;
    }

    @ParameterizedTest
    @MethodSource("views")
    void footprintsStraddlingRaZeroCoverTheirOwnPixels(Viewport view) {
        int inside = 0;
        for (int i = 0; i < ra0.size(); i++) {
            inside += assertCoversExactly(ra0.get(i), view, "RA0WRAP/SPOLE footprint " + i);
        }
        if (view.projection().allSky() && view.fovDeg() > 300) {
            assertTrue(inside > 0, "some footprint pixels were judged in " + describe(view));
        }
    }

    @ParameterizedTest
    @MethodSource("views")
    void footprintsContainingTheSouthPoleCoverTheirOwnPixels(Viewport view) {
        for (int i = 0; i < pole.size(); i++) {
            assertCoversExactly(pole.get(i), view, "pole footprint " + i);
        }
    }

    @Test
    void theFixturesHoldWhatTheTestsAreAbout() {
        UnitVector3d southPole = new UnitVector3d(0, 0, -1);
        assertEquals(9, pole.size());
        assertTrue(pole.stream().allMatch(r -> r.contains(southPole)));
        long straddling = ra0.stream().filter(r -> {
            List<double[]> vs = ((ConvexPolygon) r).verticesDeg();
            return vs.stream().anyMatch(v -> v[0] > 180) && vs.stream().anyMatch(v -> v[0] < 180)
                    && !r.contains(southPole);
        }).count();
        assertTrue(straddling > 10, straddling + " footprints have vertices either side of RA 0");
    }

    @ParameterizedTest
    @MethodSource("views")
    void capsBandsBoxesAndUnionsAcrossTheSeamAndThePoles(Viewport view) {
        List<Region> shapes = List.of(
                Circle.of(UnitVector3d.fromLonLatDegrees(0, 90), Math.toRadians(12)),
                Circle.of(UnitVector3d.fromLonLatDegrees(0, -88), Math.toRadians(5)),
                Circle.of(UnitVector3d.fromLonLatDegrees(180, 20), Math.toRadians(15)),
                Box.fromDegrees(350, 10, -20, -5),
                Box.fromDegrees(0, 360, 60, 75),
                new UnionRegion(List.of(ConvexPolygon.fromDegrees(new double[] {178, 0}, new double[] {179, 0}, new double[] {179, 1}),
                        ConvexPolygon.fromDegrees(new double[] {181, 0}, new double[] {182, 0}, new double[] {182, 1}))));
        for (Region r : shapes) {
            assertCoversExactly(r, view, r.toString());
        }
    }

    @Test
    void aRingOnTheFarSideOfAnOrthographicViewDrawsNothing() {
        Viewport view = Viewport.wholeSky(Projection.SIN, 0, 0, WIDTH, HEIGHT);
        PathRecorder path = new PathRecorder();
        new SkyPathBuilder(view).ring(Circle.of(UnitVector3d.fromLonLatDegrees(180, 0), 0.2).outlines().get(0), path);
        assertEquals(0, path.subpaths);
    }

    @Test
    void aGnomonicViewInsideAHugeCircleIsFilledWhole() {
        Viewport view = Viewport.ofFov(Projection.TAN, 40, 10, 30, WIDTH, HEIGHT);
        Region huge = Circle.of(UnitVector3d.fromLonLatDegrees(40, 10), Math.toRadians(120));
        int inside = assertCoversExactly(huge, view, "a circle of radius 120°");
        assertTrue(inside > 1000);
    }

    @Test
    void gridLinesAreBrokenAtTheSeamNotDrawnAcrossIt() {
        Viewport view = Viewport.wholeSky(Projection.AITOFF, 0, 0, WIDTH, HEIGHT);
        SkyPathBuilder builder = new SkyPathBuilder(view);
        for (SkyGrid.Line line : SkyGrid.lines(view, SkyGrid.System.GALACTIC, AngleFormat.DEGREES)) {
            PathRecorder path = new PathRecorder();
            builder.polyline(line.points(), 0, line.size(), path);
            assertTrue(path.longestSegment < 0.1 * WIDTH, line.label() + ": " + path.longestSegment);
        }
        PathRecorder equator = new PathRecorder();
        List<UnitVector3d> points = new ArrayList<>();
        for (int ra = 0; ra <= 360; ra += 5) {
            points.add(UnitVector3d.fromLonLatDegrees(ra + 180.5, 0));
        }
        builder.polyline(points, equator);
        assertEquals(2, equator.subpaths, "the equator from RA 180.5 round to 180.5 is cut once, at RA 180");
        assertFalse(equator.covers(WIDTH / 2.0, HEIGHT / 2.0 + 5));
    }

    /** Rings the builder draws plainly (vertex to vertex) lie where chords stay within 0.3 px of their arcs. */
    @Test
    void plainRingsAreOnlyThoseWhoseChordsFollowTheirArcs() {
        java.util.Random random = new java.util.Random(9);
        int plain = 0;
        for (Projection p : Projection.values()) {
            for (double zoom : new double[] {1, 4, 16}) {
                Viewport whole = p == Projection.TAN ? Viewport.ofFov(p, 30, 20, 100, 1600, 900)
                        : Viewport.wholeSky(p, 30, 20, 1600, 900);
                Viewport view = whole.withScale(whole.scale() * zoom);
                SkyPathBuilder builder = new SkyPathBuilder(view);
                for (int k = 0; k < 4000; k++) {
                    UnitVector3d c = view.toSky(1600 * random.nextDouble(), 900 * random.nextDouble());
                    if (c == null) {
                        continue;
                    }
                    double radius = Math.toRadians(0.05 + 4 * random.nextDouble() / zoom);
                    ConvexPolygon ring = ConvexPolygon.regular(c, radius, 4, random.nextDouble());
                    if (!builder.isPlain(c.x(), c.y(), c.z(), radius)) {
                        continue;
                    }
                    plain++;
                    List<UnitVector3d> vs = ring.vertices();
                    for (int i = 0; i < 4; i++) {
                        UnitVector3d a = vs.get(i);
                        UnitVector3d b = vs.get((i + 1) % 4);
                        double[] pa = view.toScreen(a);
                        double[] pb = view.toScreen(b);
                        for (double t : new double[] {0.25, 0.5, 0.75}) {
                            double angle = a.angleTo(b);
                            double wa = Math.sin((1 - t) * angle) / Math.sin(angle);
                            double wb = Math.sin(t * angle) / Math.sin(angle);
                            double[] pm = view.toScreen(UnitVector3d.normalize(wa * a.x() + wb * b.x(), wa * a.y() + wb * b.y(),
                                    wa * a.z() + wb * b.z()));
                            // distance from the arc's point to the chord
                            double dx = pb[0] - pa[0];
                            double dy = pb[1] - pa[1];
                            double d = Math.abs(dx * (pm[1] - pa[1]) - dy * (pm[0] - pa[0])) / Math.hypot(dx, dy);
                            assertTrue(d <= 0.3, p + " ×" + zoom + ": the arc strays " + d + " px from its chord at " + c);
                        }
                    }
                }
            }
        }
        assertTrue(plain > 3_000, plain + " plain rings checked");
    }
}
