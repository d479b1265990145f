package org.lsst.butlerbrowser.app.bench;

import java.util.List;

/**
 * What one load run in its own JVM measured: the heap it was given and what it used, how long the
 * rows took, and each step's worst wait of the JavaFX thread. The child JVM prints it as JSON and
 * the benchmark reads it back.
 *
 * @param toolkit     JavaFX's version and pipeline, the window's size and the display
 * @param peakAfterGc     the most heap in use after any collection (old garbage included: an upper bound)
 * @param liveAtEnd       heap in use after full collections at the end, every row still shown
 */
record LoadFigures(String scenario, String toolkit, long maxHeap, long peakAfterGc, long liveAtEnd, long collections, long gcMillis,
                   List<Load> loads, List<Step> steps) {

    /**
     * One answer loaded into a table.
     *
     * @param firstRowsMs from the action to the first rows in the table
     * @param allRowsMs   from the action to the last row in the table
     */
    record Load(String what, long rows, double firstRowsMs, double allRowsMs) {
    }

    /** One step of the run and the worst wait of the FX thread during it. */
    record Step(String name, double millis, long probes, int stallsOverLimit, Stall worst) {
    }

    /** A stall as the report shows it (see {@link FxStall}). */
    record Stall(double waitMs, double fxCpuMs, double renderCpuMs, double gcMs, String where) {

        static Stall of(FxStall s) {
            return new Stall(s.waitMs(), s.fxCpuMs(), s.renderCpuMs(), s.gcMs(), s.where());
        }
    }

    /** The step with the longest wait. */
    Step worstStep() {
        return steps.stream().max(java.util.Comparator.comparingDouble(s -> s.worst().waitMs())).orElseThrow();
    }
}
