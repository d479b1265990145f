package org.lsst.butlerbrowser.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lsst.butlerbrowser.model.region.BoundingCircle;
import org.lsst.butlerbrowser.model.region.Region;
import org.lsst.butlerbrowser.model.region.UnitVector3d;
import org.lsst.butlerbrowser.model.sky.Projection;
import org.lsst.butlerbrowser.model.sky.Viewport;
import org.lsst.butlerbrowser.model.tap.ObsCoreResult;
import org.lsst.butlerbrowser.model.tap.TapQuery;
import org.lsst.butlerbrowser.model.tap.TapService;
import org.lsst.butlerbrowser.views.sky.SkyLayer;
import org.lsst.butlerbrowser.views.sky.SkyPalette;
import org.lsst.butlerbrowser.views.sky.SkyStyle;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * {@code render-sky} through the command line: the DaCHS service's ObsCore result drawn into a PNG
 * whose every probe is filled exactly where one of the service's own s_region footprints holds the
 * probe's sky position, and bare sky elsewhere; a registry's visits coloured by band, with daf_butler's
 * bands in the legend; and bad input ending in one line and exit status 2.
 */
class RenderSkyCliTest {

    private static final String ADQL = "SELECT obs_publisher_did, s_region, lsst_band FROM ivoa.obscore";

    @TempDir
    Path dir;

    private static String tapUrl() {
        String url = System.getProperty("butler.test.tap.url", "");
        if (url.isBlank() && Boolean.getBoolean("butler.test.require.tap")) {
            throw new IllegalStateException("TAP tests are required but butler.test.tap.url is not set");
        }
        Assumptions.assumeFalse(url.isBlank(), "no TAP service (set butler.test.tap.url)");
        return url;
    }

    /** The views the picture is asked for: the seam through RA 0, the field at RA 0, the south pole. */
    static Stream<Object[]> views() {
        return Stream.of(
                new Object[] {"aitoff", "180,0", "360", Viewport.ofFov(Projection.AITOFF, 180, 0, 360, 3200, 1800)},
                new Object[] {"tan", "0,-5", "8", Viewport.ofFov(Projection.TAN, 0, -5, 8, 1600, 900)},
                new Object[] {"sin", "0,-90", "14", Viewport.ofFov(Projection.SIN, 0, -90, 14, 1600, 900)});
    }

    @ParameterizedTest
    @MethodSource("views")
    void theServicesObsCoreFootprintsLandWhereTheSkyTestPutsThem(String projection, String centre, String fov,
                                                                 Viewport view) throws Exception {
        String url = tapUrl();
        Path png = dir.resolve("obscore.png");
        CliRunner.Result r = CliRunner.run(List.of("render-sky", "--tap", url, "--adql", ADQL, "--out", png.toString(),
                "--projection", projection, "--center", centre, "--fov", fov, "--size", view.width() + "x" + view.height(),
                "--grid", "none"));
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("wrote " + png + ": 1,980 footprints of 1,980 TAP result rows"), r.out());

        ObsCoreResult truth = TapService.of(url).query(TapQuery.adql(ADQL)).obsCore();
        List<Region> regions = new ArrayList<>();
        for (int i = 0; i < truth.rowCount(); i++) {
            regions.add(truth.footprint(i));
        }
        Truth footprints = new Truth(regions, view);
        BufferedImage image = ImageIO.read(png.toFile());
        SkyStyle style = SkyStyle.DEFAULT;
        int colour = SkyPalette.argb(SkyLayer.DEFAULT_COLOR.getRed(), SkyLayer.DEFAULT_COLOR.getGreen(),
                SkyLayer.DEFAULT_COLOR.getBlue(), 1);
        Map<Integer, Integer> probesByDepth = new HashMap<>();
        int step = view.projection().allSky() ? 3 : 4; // the footprints are a few pixels wide on the whole sky
        for (double y = 0.5; y < view.height(); y += step) {
            for (double x = 0.5; x < view.width(); x += step) {
                if (footprints.nearAnEdge(x, y) || !onTheMap(view, x, y)) {
                    continue;
                }
                int depth = footprints.count(x, y);
                // One colour's footprints are filled as one shape, their union, at the fill opacity.
                int expected = blend(style.sky(), colour, style.fillAlpha(), Math.min(depth, 1));
                int pixel = image.getRGB((int) x, (int) y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    assertEquals((expected >> shift) & 0xff, (pixel >> shift) & 0xff, 2,
                            "pixel (" + x + ", " + y + ") under " + depth + " footprints: " + Integer.toHexString(pixel));
                }
                probesByDepth.merge(depth, 1, Integer::sum);
            }
        }
        assertTrue(probesByDepth.getOrDefault(0, 0) > 1000, "probes on bare sky: " + probesByDepth);
        assertTrue(probesByDepth.keySet().stream().anyMatch(d -> d >= 1), "probes inside footprints: " + probesByDepth);
    }

    /**
     * The footprints as the probes judge them, independently of the renderer: points along each
     * edge's great-circle arc about a pixel apart, projected; pixels within 2 px of one are "near an
     * edge" (where outlines and smoothing are drawn) and not judged; elsewhere a pixel shows a fill
     * when some footprint contains its sky position. The projected edges also give each footprint a
     * pixel box (with a margin for a pole between its edges), so a probe tests only the few whose
     * box holds it.
     */
    private static final class Truth {
        private static final int CELL = 32;
        private static final int MARGIN = 2;
        private static final int BOX_MARGIN = 12;

        private final List<Region> regions;
        private final Viewport view;
        private final boolean[][] near;
        private final List<List<Integer>> cells = new ArrayList<>();
        private final int columns;

        Truth(List<Region> regions, Viewport view) {
            this.regions = regions;
            this.view = view;
            this.near = new boolean[view.height()][view.width()];
            this.columns = view.width() / CELL + 1;
            for (int c = 0; c < columns * (view.height() / CELL + 1); c++) {
                cells.add(new ArrayList<>());
            }
            for (int i = 0; i < regions.size(); i++) {
                double[] box = stampEdges((org.lsst.butlerbrowser.model.region.ConvexPolygon) regions.get(i));
                for (int cy = cell(box[1] - BOX_MARGIN, view.height()); cy <= cell(box[3] + BOX_MARGIN, view.height()); cy++) {
                    for (int cx = cell(box[0] - BOX_MARGIN, view.width()); cx <= cell(box[2] + BOX_MARGIN, view.width()); cx++) {
                        cells.get(cy * columns + cx).add(i);
                    }
                }
            }
        }

        private static int cell(double pixel, int size) {
            return (int) Math.max(0, Math.min(size - 1, pixel)) / CELL;
        }

        /** Stamps the pixels near the polygon's edges; returns the box of its projected edge points. */
        private double[] stampEdges(org.lsst.butlerbrowser.model.region.ConvexPolygon polygon) {
            double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            List<UnitVector3d> vs = polygon.vertices();
            for (int k = 0; k < vs.size(); k++) {
                UnitVector3d a = vs.get(k);
                UnitVector3d b = vs.get((k + 1) % vs.size());
                double[] pa = view.toScreen(a);
                double[] pb = view.toScreen(b);
                double length = pa != null && pb != null ? Math.hypot(pb[0] - pa[0], pb[1] - pa[1]) : 4000;
                int n = (int) Math.min(20_000, Math.ceil(length) + 2);
                double angle = a.angleTo(b);
                for (int j = 0; j <= n; j++) {
                    double t = (double) j / n;
                    double p = Math.sin((1 - t) * angle) / Math.sin(angle);
                    double q = Math.sin(t * angle) / Math.sin(angle);
                    double[] px = view.toScreen(UnitVector3d.normalize(p * a.x() + q * b.x(), p * a.y() + q * b.y(),
                            p * a.z() + q * b.z()));
                    if (px == null) {
                        continue;
                    }
                    box[0] = Math.min(box[0], px[0]);
                    box[1] = Math.min(box[1], px[1]);
                    box[2] = Math.max(box[2], px[0]);
                    box[3] = Math.max(box[3], px[1]);
                    for (int y = (int) px[1] - MARGIN; y <= (int) px[1] + MARGIN; y++) {
                        for (int x = (int) px[0] - MARGIN; x <= (int) px[0] + MARGIN; x++) {
                            if (y >= 0 && x >= 0 && y < view.height() && x < view.width()) {
                                near[y][x] = true;
                            }
                        }
                    }
                }
            }
            return box;
        }

        boolean nearAnEdge(double x, double y) {
            return near[(int) y][(int) x];
        }

        /** How many footprints contain the sky at pixel (x, y). */
        int count(double x, double y) {
            UnitVector3d p = view.toSky(x, y);
            int n = 0;
            for (int i : cells.get(((int) y / CELL) * columns + (int) x / CELL)) {
                if (regions.get(i).contains(p)) {
                    n++;
                }
            }
            return n;
        }
    }

    /** Whether the map (not the background round it) is all round the pixel, 2 px out. */
    private static boolean onTheMap(Viewport view, double x, double y) {
        for (double[] d : new double[][] {{0, 0}, {2, 0}, {-2, 0}, {0, 2}, {0, -2}}) {
            if (view.toSky(x + d[0], y + d[1]) == null) {
                return false;
            }
        }
        return true;
    }

    /** The sky colour with the fill painted over it {@code depth} times at {@code alpha}. */
    private static int blend(int sky, int fill, double alpha, int depth) {
        int out = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            double c = (sky >> shift) & 0xff;
            for (int k = 0; k < depth; k++) {
                c = c * (1 - alpha) + ((fill >> shift) & 0xff) * alpha;
            }
            out |= ((int) Math.round(c)) << shift;
        }
        return out;
    }

    @Test
    void visitsColouredByBandListDafButlersBandsInTheLegend() throws Exception {
        Path svg = dir.resolve("visits.svg");
        CliRunner.Result r = CliRunner.run(List.of("render-sky", CliRunner.repoArgument(CliRunner.RC2_SQLITE),
                "--element", "visit", "--color-by", "band", "--projection", "tan", "--out", svg.toString()));
        assertEquals(0, r.status(), r.err());
        // daf_butler's visits, their physical filters and those filters' bands.
        JsonNode elements = new ObjectMapper().readTree(CliRunner.expectedDir(CliRunner.RC2_SQLITE)
                .resolve("dimension_records.json").toFile()).get("elements");
        Map<String, String> bandOfFilter = new HashMap<>();
        Set<String> filtersOfVisits = new TreeSet<>();
        int visits = 0;
        for (JsonNode e : elements) {
            for (JsonNode record : e.get("records")) {
                if (e.get("element").asText().equals("physical_filter")) {
                    bandOfFilter.put(record.get("name").asText(), record.get("band").asText());
                } else if (e.get("element").asText().equals("visit")) {
                    filtersOfVisits.add(record.get("physical_filter").asText());
                    visits++;
                }
            }
        }
        Set<String> bands = new TreeSet<>();
        filtersOfVisits.forEach(f -> bands.add(bandOfFilter.get(f)));
        assertTrue(r.out().contains(visits + " footprints of " + visits + " visit records"), r.out());

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Files.newInputStream(svg));
        NodeList texts = doc.getElementsByTagName("text");
        List<String> words = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            words.add(texts.item(i).getTextContent());
        }
        int title = words.indexOf("visit records: band");
        assertTrue(title >= 0, words.toString());
        assertEquals(bands, new TreeSet<>(words.subList(title + 1, title + 1 + bands.size())));
    }

    @Test
    void datasetsAreDrawnWithTheirDataIdsRegions() throws Exception {
        Path png = dir.resolve("calexp.png");
        CliRunner.Result r = CliRunner.run(List.of("render-sky", CliRunner.repoArgument(CliRunner.RC2_SQLITE),
                "--datasets", "calexp", "--collections", "HSC/runs/RC2/w_2026_34/DM-50002", "--where", "band='y'",
                "--out", png.toString(), "--format", "png"));
        assertEquals(0, r.status(), r.err());
        CliRunner.Result all = CliRunner.run(List.of("query-datasets", CliRunner.repoArgument(CliRunner.RC2_SQLITE), "calexp",
                "--collections", "HSC/runs/RC2/w_2026_34/DM-50002", "--where", "band='y'", "--limit", "0", "--format", "csv"));
        long datasets = all.out().lines().count() - 1;
        assertTrue(datasets > 10);
        assertTrue(r.out().contains(datasets + " footprints of " + datasets + " calexp datasets"), r.out());
        assertEquals(1600, ImageIO.read(png.toFile()).getWidth());
    }

    static Stream<Object[]> badInputs() {
        String repo = CliRunner.repoArgument(CliRunner.RC2_SQLITE);
        return Stream.of(
                new Object[] {List.of("render-sky", "--out", "x.png"), "give a SOURCE"},
                new Object[] {List.of("render-sky", repo, "--out", "x.png"), "give one of --element"},
                new Object[] {List.of("render-sky", repo, "--element", "instrument", "--out", "x.png"), "'instrument' has no regions"},
                new Object[] {List.of("render-sky", repo, "--element", "nosuch", "--out", "x.png"), "nosuch"},
                new Object[] {List.of("render-sky", repo, "--datasets", "camera", "--collections", "HSC/calib", "--out", "x.png"),
                    "dataset type camera has no spatial dimensions"},
                new Object[] {List.of("render-sky", repo, "--datasets", "calexp", "--out", "x.png"), "--datasets needs --collections"},
                new Object[] {List.of("render-sky", repo, "--element", "visit", "--where", "band=", "--out", "x.png"), "in --where"},
                new Object[] {List.of("render-sky", repo, "--element", "visit", "--color-by", "colour", "--out", "x.png"),
                    "no column 'colour'"},
                new Object[] {List.of("render-sky", repo, "--element", "visit", "--size", "big", "--out", "x.png"), "--size"},
                new Object[] {List.of("render-sky", repo, "--element", "visit", "--center", "25:00:00 +01:00:00", "--out", "x.png"),
                    "RA 25:00:00"},
                new Object[] {List.of("render-sky", repo, "--element", "visit", "--fov", "-3", "--out", "x.png"), "field of view"},
                new Object[] {List.of("render-sky", repo, "--element", "visit", "--out", "/no/such/folder/x.png"), "no folder"},
                new Object[] {List.of("render-sky", "--adql", "SELECT 1", "--out", "x.png"), "--tap and --adql go together"},
                new Object[] {List.of("render-sky", "/no/such/repo", "--element", "visit", "--out", "x.png"), "/no/such/repo"});
    }

    @ParameterizedTest
    @MethodSource("badInputs")
    void badInputEndsInOneLineAndStatusTwo(List<String> args, String mentions) {
        CliRunner.Result r = CliRunner.run(args);
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("butler-browser: error: ") && r.err().contains(mentions), r.err());
    }
}
