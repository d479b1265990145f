package org.lsst.butlerbrowser.views;

import javafx.animation.AnimationTimer;
import javafx.scene.layout.Region;

/**
 * Shows a table's first rows in new columns over a few pulses, some rows more each pulse, by limiting
 * the height of the node that holds the table. JavaFX makes, skins and styles the cells of all columns
 * of every shown row in one layout (also of the columns out of sight): for a result of 24 columns, the
 * first in a process held the FX thread for 150–200 ms on the benchmark machine, whatever the result's
 * size. Spread over pulses, input is handled between them. When a pulse comes quickly (code that has
 * run before), the rest of the rows are shown at once.
 */
final class StepwiseReveal extends AnimationTimer {

    private static final int ROWS_PER_PULSE = 4;
    /** Room above and below the rows: the header row, a horizontal scroll bar. */
    private static final int ROWS_OF_FRAME = 2;
    /** A pulse shorter than this (about two frames) made its rows quickly: show the rest at once. */
    private static final long QUICK_PULSE_NANOS = 35_000_000;

    private final Region holder;
    private final double rowHeight;
    private int rows;
    private long lastPulse;

    StepwiseReveal(Region holder, double rowHeight) {
        this.holder = holder;
        this.rowHeight = rowHeight;
    }

    /** Shows the first rows at the next layout and more at each pulse after it. */
    @Override
    public void start() {
        rows = ROWS_PER_PULSE;
        lastPulse = 0;
        holder.setMaxHeight((rows + ROWS_OF_FRAME) * rowHeight);
        super.start();
    }

    @Override
    public void handle(long now) {
        long since = now - lastPulse;
        boolean first = lastPulse == 0; // this pulse's layout shows the first rows
        lastPulse = now;
        if (first) {
            return;
        }
        rows += ROWS_PER_PULSE;
        double limit = (rows + ROWS_OF_FRAME) * rowHeight;
        Region parent = holder.getParent() instanceof Region r ? r : null;
        if (since < QUICK_PULSE_NANOS || parent == null || holder.getScene() == null || limit >= parent.getHeight()) {
            stop();
        } else {
            holder.setMaxHeight(limit);
        }
    }

    /** Gives the holder all its room: the rows are shown in full. */
    @Override
    public void stop() {
        super.stop();
        holder.setMaxHeight(Double.MAX_VALUE);
    }
}
