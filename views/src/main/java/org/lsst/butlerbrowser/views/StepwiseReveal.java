package org.lsst.butlerbrowser.views;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import javafx.animation.AnimationTimer;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;

/**
 * Shows a table's first rows in new columns over a few pulses, some rows more each pulse, by limiting
 * the height of the node that holds the table. JavaFX makes, skins and styles the cells of all columns
 * of every shown row in one layout (also of the columns out of sight): for a result of 24 columns, the
 * first in a process held the FX thread for 150–200 ms on the benchmark machine, whatever the result's
 * size. Spread over pulses, input is handled between them: each pulse adds as many rows as the last
 * step's time per row allows in a budget of the FX thread's time, so rows made by code that has run
 * before come all at once, the next pulse. Rows that replace others in the same columns
 * keep their cells and are shown at once, as are columns only moved.
 */
public final class StepwiseReveal extends AnimationTimer {

    private static final int FIRST_ROWS = 2;
    /** Room above and below the rows: the header row, a horizontal scroll bar. */
    private static final int ROWS_OF_FRAME = 2;
    /** The FX thread's time a step's rows may take to style and lay out, judged by the step before. */
    private static final long STEP_BUDGET_NANOS = 40_000_000;

    private final Region holder;
    private final double rowHeight;
    private final TableView<?> table;
    /** Held here: the items list only holds it weakly, and may outlive the table. */
    private final InvalidationListener itemsChanged = o -> revealIfDue();
    /** Every column the table has had, as long as it is kept elsewhere. */
    private final Set<TableColumn<?, ?>> seenColumns = Collections.newSetFromMap(new WeakHashMap<>());
    private boolean newColumns;
    private final Runnable measureStep = this::measureStep;
    private Scene scene;
    /** Rows the holder has room for, and how many the last step added. */
    private int rows;
    private int stepRows;
    /** When this pulse's step began (0: none), and how long the last one took (-1: not yet measured). */
    private long stepStart;
    private long stepNanos;

    private StepwiseReveal(TableView<?> table, Region holder) {
        this.table = table;
        this.holder = holder;
        this.rowHeight = table.getFixedCellSize();
    }

    /**
     * Reveals {@code table}'s rows stepwise whenever it has rows in columns it has not shown rows in.
     * {@code holder} holds the table (or is it) and its parent keeps it at the top while it is shorter
     * than the room it has. The table needs its fixed cell size set.
     */
    public static void install(TableView<?> table, Region holder) {
        StepwiseReveal reveal = new StepwiseReveal(table, holder);
        InvalidationListener weakly = new WeakInvalidationListener(reveal.itemsChanged);
        ChangeListener<ObservableList<?>> follow = (obs, was, now) -> {
            if (was != null) {
                was.removeListener(weakly);
            }
            if (now != null) {
                now.addListener(weakly);
            }
            reveal.revealIfDue();
        };
        table.itemsProperty().addListener(follow);
        follow.changed(table.itemsProperty(), null, table.getItems());
        table.getColumns().addListener((InvalidationListener) o -> {
            // columns only moved (a header dragged) keep their cells
            if (!table.getColumns().stream().filter(reveal.seenColumns::add).toList().isEmpty()) {
                reveal.newColumns = true;
                reveal.revealIfDue();
            }
        });
    }

    private void revealIfDue() {
        if (newColumns && table.getItems() != null && !table.getItems().isEmpty()) {
            newColumns = false;
            start();
        }
    }

    /** Shows the first rows at the next layout and more at each pulse after it. */
    @Override
    public void start() {
        scene = holder.getScene();
        if (scene == null) {
            return; // not shown: its first layout will come when it is, all at once
        }
        rows = FIRST_ROWS;
        stepRows = FIRST_ROWS;
        stepStart = 0;
        stepNanos = -1;
        holder.setMaxHeight(height(rows));
        scene.addPostLayoutPulseListener(measureStep);
        super.start();
    }

    /** At the start of a pulse, before its styling and layout: room for as many more rows as the budget allows. */
    @Override
    public void handle(long now) {
        if (stepNanos >= 0) {
            double perRow = (double) stepNanos / stepRows;
            stepRows = (int) Math.max(1, Math.min(Integer.MAX_VALUE / 2, STEP_BUDGET_NANOS / Math.max(perRow, 1)));
            rows += stepRows;
            Region parent = holder.getParent() instanceof Region r ? r : null;
            if (parent == null || height(rows) >= parent.getHeight()) {
                stop();
                return;
            }
            holder.setMaxHeight(height(rows));
        }
        stepStart = System.nanoTime();
        stepNanos = -1;
    }

    /** After the pulse's layout: how long styling and laying out this step's rows took the FX thread. */
    private void measureStep() {
        if (stepStart != 0) {
            stepNanos = System.nanoTime() - stepStart;
            stepStart = 0;
        }
    }

    private double height(int rowCount) {
        return (rowCount + ROWS_OF_FRAME) * rowHeight;
    }

    /** Gives the holder all its room: the rows are shown in full. */
    @Override
    public void stop() {
        super.stop();
        holder.setMaxHeight(Double.MAX_VALUE);
        if (scene != null) {
            scene.removePostLayoutPulseListener(measureStep);
            scene = null;
        }
    }
}
