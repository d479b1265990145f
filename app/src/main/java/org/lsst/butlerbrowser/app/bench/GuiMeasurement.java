package org.lsst.butlerbrowser.app.bench;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * One window measurement: its timed runs, held to a ceiling on the median total.
 *
 * @param first the process's first click of this kind (the first warm-up run): what a user meets
 *              first after starting the app, before the JIT has compiled anything of it
 */
record GuiMeasurement(String name, double goalMs, RunTimes first, List<RunTimes> runs) {

    Timing total() {
        return of(RunTimes::total);
    }

    /** The median and minimum of one part of the runs, taken on that part alone. */
    Timing of(ToDoubleFunction<RunTimes> part) {
        return Timing.of(runs.stream().mapToDouble(part).toArray(), runs.get(0).rows());
    }

    boolean met() {
        return total().medianMs() <= goalMs;
    }
}
