package org.lsst.butlerbrowser.app.bench;

/**
 * One sky benchmark figure.
 *
 * @param footprints how many footprints the layer holds
 * @param timing     median and minimum, in milliseconds
 * @param detail     how it was drawn or what was compared
 * @param goal       the target for it, or null
 * @param met        whether the target was met (false without one)
 */
record SkyMeasurement(int footprints, String name, Timing timing, String detail, String goal, boolean met) {

    static SkyMeasurement of(int footprints, String name, Timing timing, String detail) {
        return new SkyMeasurement(footprints, name, timing, detail, null, false);
    }

    /** Held to a ceiling on the median. */
    static SkyMeasurement atMost(int footprints, String name, Timing timing, String detail, double goalMs) {
        return new SkyMeasurement(footprints, name, timing, detail, String.format(java.util.Locale.ROOT, "≤ %s ms",
                goalMs < 10 ? Double.toString(goalMs) : Long.toString(Math.round(goalMs))), timing.medianMs() <= goalMs);
    }
}
