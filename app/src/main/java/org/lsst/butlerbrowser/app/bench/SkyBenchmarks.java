package org.lsst.butlerbrowser.app.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.lsst.butlerbrowser.model.region.Region;
import org.lsst.butlerbrowser.model.region.UnitVector3d;
import org.lsst.butlerbrowser.model.sky.AngleFormat;
import org.lsst.butlerbrowser.model.sky.Projection;
import org.lsst.butlerbrowser.model.sky.Viewport;
import org.lsst.butlerbrowser.views.sky.Java2dPainter;
import org.lsst.butlerbrowser.views.sky.RenderStats;
import org.lsst.butlerbrowser.views.sky.SkyLayer;
import org.lsst.butlerbrowser.views.sky.SkyRenderer;
import org.lsst.butlerbrowser.views.sky.SkyScene;
import org.lsst.butlerbrowser.views.sky.SkyStyle;

/**
 * The sky view's speed on synthetic footprints ({@link SyntheticSky}): preparing a layer, frames
 * of the whole sky and of a 10° field while the view pans (what a user dragging the sky waits for),
 * a click's hit test, and STILTS drawing the same picture. Frames are drawn by the view's own
 * renderer into a 1600 × 900 Java2D image (the PNG export's painter; the window's canvas is drawn
 * by the same code through JavaFX).
 */
final class SkyBenchmarks {

    static final int WIDTH = 1600;
    static final int HEIGHT = 900;
    private static final long SEED = 5;
    private static final int CLICKS = 2_000;
    private static final double PAN_PX = 3;

    private final int warmups;
    private final int runs;
    private final PrintWriter log;
    private final Path work;
    private final StiltsShell stilts;

    SkyBenchmarks(int warmups, int runs, PrintWriter log, Path work, StiltsShell stilts) {
        this.warmups = warmups;
        this.runs = runs;
        this.log = log;
        this.work = work;
        this.stilts = stilts;
    }

    List<SkyMeasurement> run(int n) throws Exception {
        List<SkyMeasurement> out = new ArrayList<>();
        List<Region> regions = SyntheticSky.footprints(n, SEED);
        long start = System.nanoTime();
        SkyLayer layer = new SkyLayer("synthetic", regions);
        layer.footprints().index();
        layer.footprints().density().level(6);
        double prepare = (System.nanoTime() - start) / 1e6;
        out.add(SkyMeasurement.of(n, "prepare the layer", Timing.of(new double[] {prepare}, n),
                "packed outlines, spatial index, density counts; once per layer"));
        log.printf(Locale.ROOT, "%,d footprints: layer prepared in %.0f ms%n", n, prepare);

        Viewport allSky = Viewport.wholeSky(Projection.AITOFF, 0, 0, WIDTH, HEIGHT);
        Viewport field = Viewport.ofFov(Projection.TAN, 150, 2, 10, WIDTH, HEIGHT);
        SkyScene scene = new SkyScene(allSky, List.of(layer), SkyStyle.DEFAULT, AngleFormat.SEXAGESIMAL, false, true,
                SkyScene.DEFAULT_DENSITY_THRESHOLD);
        Java2dPainter painter = new Java2dPainter(WIDTH, HEIGHT, true);

        long first = System.nanoTime();
        RenderStats stats = SkyRenderer.render(scene, painter);
        double firstMs = (System.nanoTime() - first) / 1e6;
        out.add(SkyMeasurement.of(n, "whole sky, first frame", Timing.of(new double[] {firstMs}, n), describe(stats)));
        out.add(frames(n, "whole sky, panning", scene, painter, n >= 1_000_000 ? 100 : n >= 100_000 ? 16 : Double.NaN));
        SkyScene outlines = scene.withDensityThreshold(Integer.MAX_VALUE);
        if (n <= 100_000) {
            out.add(frames(n, "whole sky, panning, every outline", outlines, painter, Double.NaN));
        } else {
            out.add(single(n, "whole sky, every outline, one frame", outlines, painter));
        }
        out.add(frames(n, "10° field (TAN), panning", scene.withViewport(field), painter, n >= 1_000_000 ? 100 : 16));
        out.add(clicks(n, layer, allSky));
        // STILTS' picture: every footprint filled in one opaque colour, no outlines, a grid.
        SkyScene stiltsPicture = outlines.withStyle(SkyStyle.DEFAULT.withFillAlpha(1).withLineWidth(0)).withLegend(false);
        out.addAll(stilts(n, regions, stiltsPicture, painter));
        return out;
    }

    private static String describe(RenderStats stats) {
        RenderStats.Layer l = stats.layers().get(0);
        return l.mode() == RenderStats.Mode.DENSITY
                ? String.format(Locale.ROOT, "density map: %,d in view, %,d cells", l.inView(), l.drawn())
                : String.format(Locale.ROOT, "outlines: %,d drawn", l.drawn());
    }

    /**
     * Frames while the view pans a few pixels each time, as during a drag: wall time (what a user
     * waits) and this thread's CPU time (what the frame costs, whatever else the machine runs).
     */
    private SkyMeasurement frames(int n, String name, SkyScene scene, Java2dPainter painter, double goalMs) {
        Viewport view = scene.viewport();
        RenderStats stats = null;
        for (int i = 0; i < warmups; i++) {
            view = view.panned(PAN_PX, 0);
            stats = SkyRenderer.render(scene.withViewport(view), painter);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            view = view.panned(PAN_PX, 0);
            long cpu0 = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            stats = SkyRenderer.render(scene.withViewport(view), painter);
            wall[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
        }
        Timing t = Timing.of(wall, stats.layers().get(0).drawn());
        double cpuMedian = Timing.of(cpu, 0).medianMs();
        String detail = describe(stats) + String.format(Locale.ROOT, "; CPU %.1f ms", cpuMedian);
        log.printf(Locale.ROOT, "  %-40s median %8.2f ms (%s)%n", name, t.medianMs(), detail);
        return Double.isNaN(goalMs) ? SkyMeasurement.of(n, name, t, detail) : SkyMeasurement.atMost(n, name, t, detail, goalMs);
    }

    private SkyMeasurement single(int n, String name, SkyScene scene, Java2dPainter painter) {
        long start = System.nanoTime();
        RenderStats stats = SkyRenderer.render(scene, painter);
        Timing t = Timing.of(new double[] {(System.nanoTime() - start) / 1e6}, n);
        log.printf(Locale.ROOT, "  %-40s %8.2f ms (%s)%n", name, t.medianMs(), describe(stats));
        return SkyMeasurement.of(n, name, t, describe(stats));
    }

    /** Clicks at random pixels of the map: the sky there, then the rows whose footprint holds it. */
    private SkyMeasurement clicks(int n, SkyLayer layer, Viewport view) {
        SplittableRandom random = new SplittableRandom(SEED);
        double[] ms = new double[CLICKS];
        int hits = 0;
        int k = 0;
        int warm = warmups * 50;
        while (k < CLICKS) {
            double x = random.nextDouble(0, WIDTH);
            double y = random.nextDouble(0, HEIGHT);
            long start = System.nanoTime();
            UnitVector3d p = view.toSky(x, y);
            if (p == null) {
                continue;
            }
            int[] rows = layer.rowsAt(p);
            long took = System.nanoTime() - start;
            if (warm > 0) {
                warm--;
            } else {
                ms[k++] = took / 1e6;
                hits += rows.length;
            }
        }
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        Timing t = Timing.of(ms, hits);
        String detail = String.format(Locale.ROOT, "%,d clicks on the whole sky, %,d rows hit; slowest %.3f ms", CLICKS, hits,
                sorted[sorted.length - 1]);
        log.printf(Locale.ROOT, "  %-40s median %8.4f ms (%s)%n", "hit-test a click", t.medianMs(), detail);
        return SkyMeasurement.atMost(n, "hit-test a click", t, detail, 1);
    }

    /** STILTS drawing the same footprints, against our frame of the same picture and our command line on the same file. */
    private List<SkyMeasurement> stilts(int n, List<Region> regions, SkyScene picture, Java2dPainter painter) throws Exception {
        Path csv = work.resolve("footprints-" + n + ".csv");
        if (!Files.isRegularFile(csv)) {
            SyntheticSky.writeCsv(regions, csv);
        }
        Path png = work.resolve("stilts-" + n + ".png");
        Files.deleteIfExists(png);
        double stiltsMs = stilts.plotSky(csv, png, WIDTH, HEIGHT);
        long start = System.nanoTime();
        SkyRenderer.render(picture, painter);
        double ours = (System.nanoTime() - start) / 1e6;
        Path ourPng = work.resolve("render-sky-" + n + ".png");
        long cli = System.nanoTime();
        ColdStart.run("render-sky", csv.toString(), "--out", ourPng.toString(), "--projection", "aitoff",
                "--size", WIDTH + "x" + HEIGHT);
        double cliMs = (System.nanoTime() - cli) / 1e6;
        log.printf(Locale.ROOT, "  %-40s %8.0f ms; our frame %.1f ms (%.0f×), our render-sky process %.0f ms (%.1f×)%n",
                "STILTS plot2sky", stiltsMs, ours, stiltsMs / ours, cliMs, stiltsMs / cliMs);
        List<SkyMeasurement> out = new ArrayList<>();
        out.add(SkyMeasurement.of(n, "STILTS plot2sky, same picture", Timing.of(new double[] {stiltsMs}, n),
                "one run: a new JVM reading the CSV of STC-S and filling every footprint"));
        out.add(new SkyMeasurement(n, "ours: same picture, one frame", Timing.of(new double[] {ours}, n),
                String.format(Locale.ROOT, "STILTS took %.0f× as long", stiltsMs / ours), "≥ 10× faster than STILTS",
                stiltsMs / ours >= 10));
        out.add(SkyMeasurement.of(n, "ours: render-sky process, same CSV", Timing.of(new double[] {cliMs}, n),
                String.format(Locale.ROOT, "new JVM, reads the CSV, draws (default level of detail), writes the PNG;"
                        + " STILTS took %.1f× as long", stiltsMs / cliMs)));
        return out;
    }
}
