package org.lsst.butlerbrowser.app.bench;

/**
 * One TAP benchmark line: our time (warm, and the process's first run), the STILTS floor on the same
 * source, the heap the result keeps when that is measured, and the goal it is held to.
 *
 * @param firstMs    the first run in this process, before the JIT has compiled the reading path
 * @param floor      STILTS on the same file or URL, less its one-row baseline
 * @param heap       the heap the result keeps, or null when not measured
 * @param maxHeapMb  the most heap the result may keep, or 0 for no heap goal
 */
record TapMeasurement(String name, Timing ours, double firstMs, Timing floor, HeapUse heap, double maxRatio,
                      double maxHeapMb) {

    double ratio() {
        return floor.medianMs() <= 0 ? Double.POSITIVE_INFINITY : ours.medianMs() / floor.medianMs();
    }

    double heapMb() {
        return heap == null ? Double.NaN : heap.retainedBytes() / 1e6;
    }

    double bytesPerRow() {
        return heap == null || ours.rows() == 0 ? Double.NaN : (double) heap.retainedBytes() / ours.rows();
    }

    boolean rowsAgree() {
        return ours.rows() == floor.rows();
    }

    boolean met() {
        return rowsAgree() && ratio() <= maxRatio && (maxHeapMb <= 0 || heapMb() < maxHeapMb);
    }

    String goal() {
        return String.format(java.util.Locale.ROOT, "≤ %.1f× STILTS", maxRatio)
                + (maxHeapMb > 0 ? String.format(java.util.Locale.ROOT, ", heap < %.0f MB", maxHeapMb) : "");
    }
}
