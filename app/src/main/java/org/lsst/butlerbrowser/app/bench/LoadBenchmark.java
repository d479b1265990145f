package org.lsst.butlerbrowser.app.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code benchmark --load}: each load run ({@link LoadRun}) in a new JVM whose heap is capped at
 * 1 GB, on the display this process has: a million ObsCore rows in the TAP window, the scale
 * registry's largest answers in the main window, and registries and TAP results opened and closed
 * again and again. A run that runs out of heap is reported as such.
 */
final class LoadBenchmark {

    /** The bound for the heap. */
    static final String HEAP = "-Xmx1g";

    /**
     * For the cycles: every collection clears softly reachable objects, so that the heap after GC
     * counts what is kept, not JavaFX's caches that the collector empties when memory runs short
     * (the effects' image pool holds the software renderer's surfaces softly: +60 MB per 50 TAP tabs
     * with soft references kept, none with them cleared; see docs/reliability.md).
     */
    static final String CLEAR_SOFT_REFERENCES = "-XX:SoftRefLRUPolicyMSPerMB=0";

    /** One run: its figures, or why it has none. */
    record Outcome(String scenario, LoadFigures figures, String failure) {
    }

    private final Path samples;
    private final PrintWriter log;

    /** {@code samples}: the folder where each run writes the FX thread's stack samples (a folder per run). */
    LoadBenchmark(Path samples, PrintWriter log) {
        this.samples = samples;
        this.log = log;
    }

    /** A million ObsCore rows from {@code votable} in the TAP window. */
    Outcome tap(Path votable, long rows, Path shared) throws IOException, InterruptedException {
        return run("tap", votable.toString(), Long.toString(rows), shared.toString());
    }

    /** The largest dataset query and element of the scale registry in {@code dir}. */
    Outcome registry(Path dir) throws IOException, InterruptedException {
        return run("registry", dir.toString());
    }

    /** {@code cycles} registries and as many TAP results opened and closed in one window, and what they left behind. */
    Outcome cycles(int cycles, Path shared) throws IOException, InterruptedException {
        return run("cycles", Integer.toString(cycles), shared.toString());
    }

    private Outcome run(String scenario, String... args) throws IOException, InterruptedException {
        List<String> options = new ArrayList<>(List.of(HEAP, "-XX:+ExitOnOutOfMemoryError"));
        if (scenario.equals("cycles")) {
            options.add(CLEAR_SOFT_REFERENCES);
        }
        List<String> command = ProjectPaths.javaCommand(options, LoadRun.class.getName());
        command.addAll(List.of(scenario, samples.resolve(scenario).toString()));
        command.addAll(List.of(args));
        log.printf("%s, in a new JVM with %s:%n", scenario, HEAP);
        log.flush();
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String figures = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith(LoadRun.FIGURES)) {
                    figures = line.substring(LoadRun.FIGURES.length());
                } else {
                    log.println(line);
                }
            }
        }
        int exit = p.waitFor();
        if (exit == LoadRun.OUT_OF_MEMORY) {
            return new Outcome(scenario, null, "ran out of heap (" + HEAP + ")");
        }
        if (exit != 0 || figures == null) {
            return new Outcome(scenario, null, "failed (exit status " + exit + "; its log is above)");
        }
        return new Outcome(scenario, new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .readValue(figures, LoadFigures.class), null);
    }
}
