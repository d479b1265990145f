package org.lsst.butlerbrowser.app.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lsst.butlerbrowser.model.tap.Cancellation;
import org.lsst.butlerbrowser.model.tap.ResultFormat;
import org.lsst.butlerbrowser.model.tap.TapProgress;
import org.lsst.butlerbrowser.model.tap.TapQuery;
import org.lsst.butlerbrowser.model.tap.TapResult;
import org.lsst.butlerbrowser.model.tap.TapService;

/**
 * The TAP issue's measurements: the 300,000-row table read from the local service as BINARY2 and as
 * TABLEDATA, the same bytes parsed from a local copy, and a million ObsCore rows; each against
 * {@code stilts tpipe omode=count} on the same URL or file in the same run, with the heap the result
 * keeps. A JVM capped at 400 MB of heap then reads the million rows, to show they fit.
 */
final class TapBenchmarks {

    /** The heap budget for a million ObsCore rows. */
    static final double OBSCORE_HEAP_MB = 400;

    private final TapService service;
    private final TapBenchFiles files;
    private final StiltsShell stilts;
    private final int warmups;
    private final int runs;
    private final PrintWriter log;
    private final List<Double> baselines = new ArrayList<>();

    TapBenchmarks(TapService service, TapBenchFiles files, StiltsShell stilts, int warmups, int runs, PrintWriter log) {
        this.service = service;
        this.files = files;
        this.stilts = stilts;
        this.warmups = warmups;
        this.runs = runs;
        this.log = log;
    }

    /** The serializations compared: how we ask for it, DaCHS's alias for the URL, the local copy's name. */
    private record Serialization(String label, ResultFormat format, String alias, String file) {
    }

    private static final List<Serialization> SERIALIZATIONS = List.of(
            new Serialization("BINARY2", ResultFormat.VOTABLE_BINARY2, "votable/b2", "big_sources-binary2.vot"),
            new Serialization("TABLEDATA", ResultFormat.VOTABLE_TABLEDATA, "votable/td", "big_sources-tabledata.vot"));

    List<TapMeasurement> run() throws Exception {
        List<TapMeasurement> out = new ArrayList<>();
        for (Serialization s : SERIALIZATIONS) {
            TapQuery query = new TapQuery(TapBenchFiles.BIG_QUERY, TapBenchFiles.BIG_MAXREC, s.format());
            out.add(measure("kit.big_sources from the service as " + s.label(),
                    () -> service.query(query, TapProgress.NONE, Cancellation.none()).rowCount(),
                    files.syncUrl(s.alias()), null, 0));
        }
        for (Serialization s : SERIALIZATIONS) {
            Path file = files.bigTable(s.alias(), s.file());
            out.add(measure(String.format(Locale.ROOT, "kit.big_sources parsed from a local %s copy (%.0f MB)",
                    s.label(), Files.size(file) / 1e6), () -> read(file).rowCount(), file.toString(), file, 0));
        }
        Path obscore = files.obsCore();
        out.add(measure(String.format(Locale.ROOT, "%,d synthetic ObsCore rows parsed from BINARY2 (%.0f MB)",
                SyntheticObsCore.ROWS, Files.size(obscore) / 1e6), () -> read(obscore).rowCount(), obscore.toString(),
                obscore, OBSCORE_HEAP_MB));
        return out;
    }

    private static TapResult read(Path file) {
        return TapResult.read(file, TapProgress.NONE, Cancellation.none());
    }

    /**
     * Ours first run, then warm-ups of both, then timed rounds of ours, STILTS on the source and STILTS
     * on the one-row table, interleaved so that other work on the machine weighs on both alike; then
     * the heap ours keeps (for files).
     */
    private TapMeasurement measure(String name, Timing.Action action, String stiltsSource, Path heapOf, double maxHeapMb)
            throws Exception {
        log.println("  " + name);
        log.flush();
        double first = millis(action);
        for (int i = 1; i < warmups; i++) {
            action.run();
            stilts.once(stiltsSource);
        }
        double[] ours = new double[runs];
        double[] floor = new double[runs];
        long rows = 0;
        long floorRows = 0;
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            rows = action.run();
            ours[r] = (System.nanoTime() - start) / 1e6;
            StiltsShell.Run run = stilts.once(stiltsSource);
            StiltsShell.Run tiny = stilts.baselineOnce();
            floor[r] = Math.max(0, run.ms() - tiny.ms());
            floorRows = run.rows();
            baselines.add(tiny.ms());
        }
        HeapUse heap = heapOf == null ? null : HeapUse.of(() -> read(heapOf));
        return new TapMeasurement(name, Timing.of(ours, rows), first, Timing.of(floor, floorRows), heap, 1.0, maxHeapMb);
    }

    private static double millis(Timing.Action action) throws Exception {
        long start = System.nanoTime();
        action.run();
        return (System.nanoTime() - start) / 1e6;
    }

    /** STILTS on the one-row table, every time it ran: what was subtracted from its floors. */
    Timing baseline() {
        return Timing.of(baselines.stream().mapToDouble(Double::doubleValue).toArray(), 1);
    }

    /**
     * Reads the file in a new JVM whose heap is capped at {@code maxHeapMb}: the row count when the
     * rows fit, else why not.
     */
    static String fitsIn(Path file, int maxHeapMb) throws IOException, InterruptedException {
        List<String> command = ProjectPaths.javaCommand(List.of("-Xmx" + maxHeapMb + "m"), HeapCheck.class.getName());
        command.add(file.toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text;
        try (InputStream in = p.getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        int exit = p.waitFor();
        String last = text.lines().reduce((a, b) -> b).orElse("");
        return exit == 0 ? String.format(Locale.ROOT, "yes: %,d rows read with -Xmx%dm", Long.parseLong(last), maxHeapMb)
                : "no: " + last + " with -Xmx" + maxHeapMb + "m";
    }
}
