package org.lsst.butlerbrowser.app.bench;

/**
 * One benchmarked operation: our in-process time, the sqlite3 floor for the same SQL (null when
 * the work has no SQL), and the goal it is held to.
 *
 * @param sameRows whether ours and the floor must return the same number of rows (false when
 *                 they produce different shapes, as for opening a registry)
 * @param unit     what a row is, when the rate (rows per second) is a figure of interest; else null
 */
record Measurement(String name, Timing ours, Timing floor, boolean sameRows, Goal goal, String unit) {

    /** Our median over the floor's; infinite when there is no floor or it is too small to measure. */
    double ratio() {
        return floor == null || floor.medianMs() <= 0 ? Double.POSITIVE_INFINITY : ours.medianMs() / floor.medianMs();
    }

    boolean met() {
        return goal.met(this);
    }

    boolean rowsAgree() {
        return floor == null || !sameRows || floor.rows() == ours.rows();
    }
}
