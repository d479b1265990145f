package org.lsst.butlerbrowser.views.sky;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lsst.butlerbrowser.model.region.ConvexPolygon;
import org.lsst.butlerbrowser.model.region.Region;
import org.lsst.butlerbrowser.model.region.UnitVector3d;
import org.lsst.butlerbrowser.model.sky.AngleFormat;
import org.lsst.butlerbrowser.model.sky.Projection;
import org.lsst.butlerbrowser.model.sky.Viewport;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * Pictures drawn headless (Java2D) checked by probing pixels against the exact spherical test
 * {@link Region#contains} at each probe's inverse-projected position: no golden images.
 */
class SkyRendererTest {

    private static final int W = 900;
    private static final int H = 520;
    /** Opaque fills, no outlines, no smoothing: a pixel is exactly one footprint's colour or the sky's. */
    private static final SkyStyle EXACT = SkyStyle.DEFAULT.withFillAlpha(1).withLineWidth(0).withAntialias(false);
    private static final double NEAR_EDGE_PX = 1.5;

    static Stream<Viewport> views() {
        return Stream.of(
                Viewport.wholeSky(Projection.AITOFF, 180, 0, W, H),
                Viewport.wholeSky(Projection.AITOFF, 0, 0, W, H),
                Viewport.wholeSky(Projection.MOLLWEIDE, 180, 0, W, H),
                Viewport.ofFov(Projection.AITOFF, 180, -20, 80, W, H),
                Viewport.ofFov(Projection.TAN, 0, -86.5, 14, W, H),
                Viewport.ofFov(Projection.TAN, 0, -5, 7, W, H),
                Viewport.ofFov(Projection.SIN, 0, -80, 40, W, H),
                Viewport.wholeSky(Projection.SIN, 90, -10, W, H));
    }

    private static BufferedImage draw(Viewport view, SkyLayer... layers) {
        return SkyExport.image(new SkyScene(view, List.of(layers), EXACT, null, false, false, Integer.MAX_VALUE));
    }

    private static int rgb(BufferedImage image, double x, double y) {
        return image.getRGB((int) Math.floor(x), (int) Math.floor(y)) & 0xffffff;
    }

    /** The footprint drawn on top at a sky point: the last one containing it; −1 for none. */
    private static int topmost(List<Region> regions, UnitVector3d p) {
        for (int i = regions.size() - 1; i >= 0; i--) {
            if (regions.get(i) != null && regions.get(i).contains(p)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The footprint on top at pixel (x, y) by the sky test, or null when a neighbour within 1.5 px
     * has another one (an edge, which rasterization may put on either side) or is off the map.
     */
    private static Integer expectedAt(List<Region> regions, Viewport view, double x, double y) {
        Integer top = null;
        for (double dx = -NEAR_EDGE_PX; dx <= NEAR_EDGE_PX; dx += NEAR_EDGE_PX) {
            for (double dy = -NEAR_EDGE_PX; dy <= NEAR_EDGE_PX; dy += NEAR_EDGE_PX) {
                UnitVector3d p = view.toSky(x + dx, y + dy);
                if (p == null) {
                    return null;
                }
                int t = topmost(regions, p);
                if (top != null && top != t) {
                    return null;
                }
                top = t;
            }
        }
        return top;
    }

    @ParameterizedTest
    @MethodSource("views")
    void everyProbeShowsTheFootprintOnTopThereByTheSkyTest(Viewport view) {
        List<Region> regions = new ArrayList<>(SkyFixtures.ra0AndPoleRaws());
        regions.addAll(SkyFixtures.poleFootprints());
        SkyLayer layer = new SkyLayer("ids", regions);
        layer.setRowColors(row -> 0xff000000 | (row + 1)); // each footprint's own colour: its row + 1
        BufferedImage image = draw(view, layer);
        int sky = EXACT.sky() & 0xffffff;
        Set<Integer> hit = new HashSet<>();
        Set<Integer> expectedHit = new HashSet<>();
        int judged = 0;
        for (double y = 0.5; y < H; y += 3) {
            for (double x = 0.5; x < W; x += 3) {
                Integer expected = expectedAt(regions, view, x, y);
                if (expected == null) {
                    continue;
                }
                int pixel = rgb(image, x, y);
                int shown = pixel == sky ? -1 : pixel - 1;
                assertEquals(expected.intValue(), shown, "pixel (" + x + ", " + y + ") at sky " + view.toSky(x, y));
                judged++;
                if (expected >= 0) {
                    expectedHit.add(expected);
                    hit.add(shown);
                }
            }
        }
        assertEquals(expectedHit.size(), hit.size(), "distinct footprints hit by the probes");
        assertTrue(judged > 10_000, judged + " probes judged");
    }

    /**
     * A footprint straddling RA 0 (drawn split across an all-sky seam) and one containing the south
     * pole, in views large enough for them to span many pixels.
     */
    static Stream<Object[]> knownFootprints() {
        List<Region> raws = SkyFixtures.ra0AndPoleRaws();
        Region straddler = raws.stream().filter(r -> {
            List<double[]> v = ((ConvexPolygon) r).verticesDeg();
            return v.stream().anyMatch(p -> p[0] > 359) && v.stream().anyMatch(p -> p[0] < 1)
                    && r.contains(UnitVector3d.fromLonLatDegrees(0, r.boundingCircle().decDeg()));
        }).findFirst().orElseThrow();
        Region pole = SkyFixtures.poleFootprints().stream() // a raw's focal plane, the largest
                .max(java.util.Comparator.comparingDouble(r -> r.boundingCircle().openingAngleDeg())).orElseThrow();
        return Stream.of(
                new Object[] {"straddling RA 0", straddler, Viewport.wholeSky(Projection.AITOFF, 180, 0, 3000, 1600)},
                new Object[] {"straddling RA 0", straddler, Viewport.wholeSky(Projection.MOLLWEIDE, 180, 0, 3000, 1600)},
                new Object[] {"straddling RA 0", straddler, Viewport.ofFov(Projection.TAN, 0, -5, 6, W, H)},
                new Object[] {"containing the south pole", pole, Viewport.wholeSky(Projection.AITOFF, 0, 0, 3000, 1600)},
                new Object[] {"containing the south pole", pole, Viewport.ofFov(Projection.SIN, 30, -75, 60, W, H)},
                new Object[] {"containing the south pole", pole, Viewport.ofFov(Projection.TAN, 0, -90, 8, W, H)});
    }

    /** The pixel box a region's drawn outline spans, clipped to the view. */
    private static double[] drawnBounds(Region region, Viewport view) {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        org.lsst.butlerbrowser.model.sky.PathSink bounds = new org.lsst.butlerbrowser.model.sky.PathSink() {
            @Override
            public void moveTo(double x, double y) {
                lineTo(x, y);
            }

            @Override
            public void lineTo(double x, double y) {
                box[0] = Math.min(box[0], x);
                box[1] = Math.min(box[1], y);
                box[2] = Math.max(box[2], x);
                box[3] = Math.max(box[3], y);
            }

            @Override
            public void closePath() {
            }
        };
        var builder = new org.lsst.butlerbrowser.model.sky.SkyPathBuilder(view);
        region.outlines().forEach(ring -> builder.ring(ring, bounds));
        return new double[] {Math.max(0, box[0]), Math.max(0, box[1]), Math.min(view.width(), box[2]),
            Math.min(view.height(), box[3])};
    }

    @ParameterizedTest
    @MethodSource("knownFootprints")
    void insideAKnownFootprintIsItsFillAndJustOutsideIsTheSky(String what, Region footprint, Viewport view) {
        SkyLayer layer = new SkyLayer(what, List.of(footprint));
        layer.setColor(javafx.scene.paint.Color.web("#2060c0"));
        BufferedImage image = draw(view, layer);
        int fill = 0x2060c0;
        int sky = EXACT.sky() & 0xffffff;
        int inside = 0;
        int outside = 0;
        // Every pixel of the footprint's box and a margin of 6 px round it: within it, "outside" is just outside.
        double[] box = drawnBounds(footprint, view);
        for (double y = Math.max(0.5, Math.floor(box[1]) - 5.5); y < Math.min(view.height(), box[3] + 6); y += 1) {
            for (double x = Math.max(0.5, Math.floor(box[0]) - 5.5); x < Math.min(view.width(), box[2] + 6); x += 1) {
                Integer expected = expectedAt(List.of(footprint), view, x, y);
                if (expected == null) {
                    continue;
                }
                assertEquals(expected == 0 ? fill : sky, rgb(image, x, y), what + " at pixel (" + x + ", " + y + ")");
                if (expected == 0) {
                    inside++;
                } else {
                    outside++;
                }
            }
        }
        assertTrue(inside >= 20 && outside >= 20, inside + " pixels judged inside, " + outside + " outside");
    }

    @Test
    void aCrowdedLayerIsDrawnAsDensityUntilZoomingInBringsBackItsOutlines() {
        List<Region> many = new ArrayList<>();
        java.util.Random random = new java.util.Random(2);
        for (int i = 0; i < 3000; i++) {
            double ra = 150 + 10 * random.nextDouble();
            double dec = -5 + 10 * random.nextDouble();
            many.add(ConvexPolygon.fromDegrees(new double[] {ra, dec}, new double[] {ra + 0.2, dec},
                    new double[] {ra + 0.2, dec + 0.2}, new double[] {ra, dec + 0.2}));
        }
        SkyLayer layer = new SkyLayer("crowd", many);
        SkyScene wide = new SkyScene(Viewport.wholeSky(Projection.AITOFF, 150, 0, W, H), List.of(layer), SkyStyle.DEFAULT,
                AngleFormat.DEGREES, false, true, 1000);
        RenderStats.Layer stats = SkyRenderer.render(wide, new Java2dPainter(W, H, true)).layers().get(0);
        assertEquals(RenderStats.Mode.DENSITY, stats.mode());
        assertEquals(3000, stats.inView());
        SkyScene close = wide.withViewport(Viewport.ofFov(Projection.TAN, 155, 0, 1.5, W, H));
        stats = SkyRenderer.render(close, new Java2dPainter(W, H, true)).layers().get(0);
        assertEquals(RenderStats.Mode.OUTLINES, stats.mode());
        assertTrue(stats.inView() < 1000 && stats.inView() > 10, stats.inView() + " in view");
    }

    @Test
    void theSvgExportIsWellFormedAndHasTheFootprintsAndLabels() throws Exception {
        List<Region> regions = SkyFixtures.poleFootprints();
        SkyLayer layer = new SkyLayer("pole", regions);
        layer.setCategories(FootprintCategories.of("half", regions.stream().map(r -> regions.indexOf(r) % 2 == 0 ? "even" : "odd").toList()));
        String svg = SkyExport.svg(SkyScene.of(Viewport.ofFov(Projection.TAN, 0, -82, 20, W, H), List.of(layer)));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        List<String> texts = new ArrayList<>();
        var nodes = doc.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        assertTrue(texts.containsAll(List.of("pole: half", "even", "odd")), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.matches("−[78]\\d°")), "a declination label: " + texts);
        assertTrue(doc.getElementsByTagNameNS("*", "path").getLength() >= 4, "map, two colours of footprints, grid");
    }
}
