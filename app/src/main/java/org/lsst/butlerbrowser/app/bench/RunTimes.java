package org.lsst.butlerbrowser.app.bench;

/**
 * One click timed until its first rows are painted, in milliseconds, split where the work changes
 * hands.
 *
 * @param total  from the click to the painted frame
 * @param click  the click's handlers on the FX thread (view models react, background jobs start)
 * @param query  from then until the rows reach the table: the background job, then its hand-over to the FX thread
 * @param layout from then until a layout pass has put the first rows in visible cells (includes waiting for the pulse)
 * @param paint  from then until the renderer has painted that frame
 * @param rows   rows in the table when they arrived
 */
record RunTimes(double total, double click, double query, double layout, double paint, int rows) {
}
