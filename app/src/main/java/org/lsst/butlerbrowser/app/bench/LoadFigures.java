package org.lsst.butlerbrowser.app.bench;

import java.util.Comparator;
import java.util.List;

/**
 * What one load run in its own JVM measured: the heap it used, how long the rows took, each step's
 * worst wait of the JavaFX thread, and for the open-and-close cycles what they left behind. The
 * child JVM prints it as JSON and the benchmark reads it back.
 *
 * @param toolkit     JavaFX's version and pipeline, the window's size and the display
 * @param peakAfterGc the most heap in use after any collection (old garbage included: an upper bound)
 * @param liveAtEnd   heap in use after full collections at the end, every row still shown
 * @param leaks       what the open-and-close cycles left behind; null for the other runs
 */
record LoadFigures(String scenario, String toolkit, long peakAfterGc, long liveAtEnd, List<Load> loads, List<Step> steps,
                   Leaks leaks) {

    /** The bound: heap after GC back to its baseline within this fraction after the cycles. */
    static final double HEAP_TOLERANCE = 0.10;

    /**
     * One answer loaded into a table.
     *
     * @param firstRowsMs from the action to the first rows in the table
     * @param allRowsMs   from the action to the last row in the table
     */
    record Load(String what, long rows, double firstRowsMs, double allRowsMs) {
    }

    /**
     * One step of the run and the wait during it that found the FX thread blocked longest.
     *
     * @param startUp       start-up: the window's first showing, the registry or service it was started on, or
     *                      a warm-up (classes, CSS, fonts, cold code: once per process), reported but not held
     *                      to the bound, which is on the load
     * @param longestWaitMs the longest any probe waited, run-queue time included
     * @param mostFxCpuMs   the most CPU time the FX thread used during any one wait of the step
     */
    record Step(String name, boolean startUp, double millis, long probes, int stallsOverLimit, double longestWaitMs,
                double mostFxCpuMs, Stall worst) {
    }

    /** A stall as the report shows it (see {@link FxStall}). */
    record Stall(double waitMs, double blockedMs, double fxQueuedMs, double renderQueuedMs, double fxCpuMs,
                 double renderCpuMs, double gcMs, String where) {

        static Stall of(FxStall s) {
            return new Stall(s.waitMs(), s.blockedMs(), s.fxQueuedMs(), s.renderQueuedMs(), s.fxCpuMs(), s.renderCpuMs(),
                    s.gcMs(), s.where());
        }
    }

    /**
     * What {@code cycles} registries and as many TAP results, opened and closed, left behind.
     *
     * @param baselineHeap      heap after full collections after one cycle of each, no tab open
     * @param endHeap           the same after all the cycles
     * @param checkpoints       the heap after full collections every quarter of each kind of cycle
     * @param keptByClosedTabs  live results, TAP sessions and their result models, HTTP clients, registry databases and
     *                          pools beyond those at the baseline ("TapResult ×1"), and screens of tabs closed in the cycles
     *                          still reachable ("closed tab's screens ×1")
     * @param newThreads        threads alive at the end that were not at the baseline
     * @param registryFiles     file descriptors still open on the registry's files
     * @param socketsBefore     sockets open at the baseline
     * @param socketsAfter      sockets open at the end
     */
    record Leaks(int cycles, long baselineHeap, long endHeap, List<Checkpoint> checkpoints, List<String> keptByClosedTabs,
                 List<String> newThreads, int registryFiles, int socketsBefore,
                 int socketsAfter) {

        /** The heap's change over the cycles, as a fraction of the baseline. */
        double heapChange() {
            return (double) (endHeap - baselineHeap) / baselineHeap;
        }

        /** Whether nothing leaked: the heap back within the tolerance, no thread, file or socket left. */
        boolean none() {
            return Math.abs(heapChange()) <= HEAP_TOLERANCE && nothingKept();
        }

        /** Whether the closed tabs left no data, thread, registry file or socket (the heap aside). */
        boolean nothingKept() {
            return keptByClosedTabs.isEmpty() && newThreads.isEmpty() && registryFiles == 0 && socketsAfter <= socketsBefore;
        }
    }

    /** The heap after full collections after {@code cycle} cycles of one kind ("registries", "TAP results"). */
    record Checkpoint(String kind, int cycle, long heap) {
    }

    /** The step, start-up aside, that blocked the FX thread longest. */
    Step worstStep() {
        return steps.stream().filter(s -> !s.startUp()).max(Comparator.comparingDouble(s -> s.worst().blockedMs()))
                .orElseThrow();
    }

    /**
     * Whether the run met its bound, as the issue puts them: a load never blocked the FX thread beyond
     * the limit (start-up aside); the open-and-close cycles leaked nothing (their waits are reported,
     * and are those of building and closing whole tabs).
     */
    boolean met() {
        return leaks == null ? worstStep().worst().blockedMs() <= FxWatchdog.LIMIT_MS : leaks.none();
    }
}
