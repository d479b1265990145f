package org.lsst.butlerbrowser.app.bench;

import java.util.Arrays;

/**
 * Repeated wall-clock times of one measurement, in milliseconds.
 *
 * @param rows what the measured action returned (rows read, regions decoded), to check that
 *             ours and the floor did the same work
 */
record Timing(double medianMs, double minMs, long rows) {

    /** What is timed: returns the number of rows (or items) it produced. */
    @FunctionalInterface
    interface Action {
        long run() throws Exception;
    }

    /**
     * Runs the action {@code warmups} times untimed (class loading, JIT, page cache), then
     * {@code runs} times timed.
     */
    static Timing measure(int warmups, int runs, Action action) throws Exception {
        for (int i = 0; i < warmups; i++) {
            action.run();
        }
        double[] ms = new double[runs];
        long rows = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            rows = action.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        return of(ms, rows);
    }

    /** The median and minimum of these times. */
    static Timing of(double[] ms, long rows) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new Timing(median, sorted[0], rows);
    }

    /**
     * This process's time less a baseline process's median (start-up), never below zero; the
     * median is subtracted from the minimum too, so that the minimum stays below the median.
     */
    Timing minus(Timing baseline) {
        return new Timing(Math.max(0, medianMs - baseline.medianMs), Math.max(0, minMs - baseline.medianMs), rows);
    }

    /** Rows per second at the median time. */
    double rate() {
        return rows / (medianMs / 1000);
    }
}
