package org.lsst.butlerbrowser.app.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs the steps of a load run one after another, each watched by the FX watchdog, and keeps what
 * each cost: its time, and the longest the JavaFX thread kept a probe waiting meanwhile. The stack
 * samples of each step's longest wait go to a file of their own, the profile behind the report.
 */
final class LoadSteps {

    /** One step, run from the benchmark's thread. */
    @FunctionalInterface
    interface Body {
        void run() throws Exception;
    }

    private final FxWatchdog watchdog;
    private final Path samples;
    private final PrintWriter log;
    private final List<LoadFigures.Step> done = new ArrayList<>();

    /** {@code samples} is the folder for the samples' files (made when missing). */
    LoadSteps(FxWatchdog watchdog, Path samples, PrintWriter log) throws IOException {
        this.watchdog = watchdog;
        this.samples = Files.createDirectories(samples);
        this.log = log;
    }

    /** Runs the step and returns its time in milliseconds. */
    double run(String name, Body body) throws Exception {
        return run(name, false, body);
    }

    /**
     * Runs a step of start-up (the window's first showing, the registry or service it was started on, a
     * warm-up), reported but not held to the bound.
     */
    void startUp(String name, Body body) throws Exception {
        run(name, true, body);
    }

    private double run(String name, boolean startUp, Body body) throws Exception {
        log.printf("  %-72s", name);
        log.flush();
        watchdog.reset();
        long start = System.nanoTime();
        body.run();
        double ms = (System.nanoTime() - start) / 1e6;
        FxWatchdog.Reading seen = watchdog.reading();
        FxStall worst = seen.worst();
        LoadFigures.Step step = new LoadFigures.Step(name, startUp, ms, seen.probes(), seen.overLimit(), seen.longestWaitMs(),
                seen.mostFxCpuMs(), LoadFigures.Stall.of(worst));
        done.add(step);
        Files.writeString(samples.resolve(String.format(Locale.ROOT, "step-%d.txt", done.size())), name + "\n"
                + worst.summary() + "\n\n" + worst.samplesText() + "\n");
        log.printf(Locale.ROOT, "%9.1f s   FX blocked %7.1f ms, longest wait %7.1f ms, most FX CPU in a wait %6.1f ms%s%n",
                ms / 1000, worst.blockedMs(), step.longestWaitMs(), step.mostFxCpuMs(),
                worst.blockedMs() > FxWatchdog.LIMIT_MS ? "  " + worst.summary() : "");
        log.flush();
        return ms;
    }

    List<LoadFigures.Step> steps() {
        return List.copyOf(done);
    }
}
