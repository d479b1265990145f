package org.lsst.butlerbrowser.views;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import javafx.animation.AnimationTimer;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;

/**
 * Shows a table's first rows in new columns, or new rows, over a few pulses, some rows more each pulse,
 * by limiting the table's height. JavaFX makes, skins and styles the cells of all columns of every shown
 * row in one layout (also of the columns out of sight): for a result of 24 columns, the first in a
 * process held the FX thread for 150–200 ms on the benchmark machine, whatever the result's size. Spread
 * over pulses, input is handled between them: each pulse adds as many rows as the last step's time per
 * row allows in a budget of the FX thread's time, at most twice the last step's, so rows made by code
 * that has run before come within a few pulses. Rows that replace the shown ones (told by
 * {@link #rowsReplaced}) come stepwise too, in the cells the table has, when laying them all out would
 * take more than the budget; columns only moved are shown at once. {@link RowWindow} installs it on the
 * tables it windows.
 */
final class StepwiseReveal {

    /**
     * None: the first pulse styles and lays out the new header alone, the next one row, and so on. A new
     * result's 24 column headers and its first two rows in one pulse took 53-128 ms of the FX thread in a
     * fresh process; the header alone 35-62, a row then 15-30.
     */
    private static final int FIRST_ROWS = 0;
    /** Room above and below the rows: the header row, a horizontal scroll bar. */
    private static final int ROWS_OF_FRAME = 2;
    /** The FX thread's time a step's rows may take to style and lay out, judged by the step before. */
    private static final long STEP_BUDGET_NANOS = 40_000_000;

    private final TableView<?> table;
    /** Held here: the items list only holds it weakly, and may outlive the table. */
    private final InvalidationListener itemsChanged = o -> revealIfDue();
    /** Every column the table has had, as long as it is kept elsewhere. */
    private final Set<TableColumn<?, ?>> seenColumns = Collections.newSetFromMap(new WeakHashMap<>());
    private final Runnable measureStep = this::measureStep;
    private final AnimationTimer pulses = new AnimationTimer() {
        @Override
        public void handle(long now) {
            step();
        }
    };
    /** The table's items, which {@link #itemsChanged} listens to. */
    private ObservableList<?> items;
    private boolean newColumns;
    private boolean newRows;
    private Scene scene;
    private double rowHeight;
    /** Rows the table has room for, and how many the last step added. */
    private int rows;
    private int stepRows;
    /** When this pulse's step began (0: none), and how long the last one took (-1: not yet measured). */
    private long stepStart;
    private long stepNanos;
    /** The last measured step's time per row (-1: none yet), by which replaced rows are revealed or not. */
    private long nanosPerRow = -1;

    private StepwiseReveal(TableView<?> table) {
        this.table = table;
    }

    /**
     * Reveals {@code table}'s rows stepwise whenever it has rows in columns it has not shown rows in. Its
     * parent keeps it at the top while it is shorter than the room it has (an HBox, as in RowWindow); it
     * needs its fixed cell size set by then.
     */
    static StepwiseReveal install(TableView<?> table) {
        StepwiseReveal reveal = new StepwiseReveal(table);
        InvalidationListener weakly = new WeakInvalidationListener(reveal.itemsChanged);
        // not a ChangeListener: it is not told of a new list equal to the old (two empty lists), and
        // the rows that came later to the new list were then all shown at once
        InvalidationListener follow = o -> {
            if (reveal.items != null) {
                reveal.items.removeListener(weakly);
            }
            reveal.items = table.getItems();
            if (reveal.items != null) {
                reveal.items.addListener(weakly);
            }
            reveal.revealIfDue();
        };
        table.itemsProperty().addListener(follow);
        follow.invalidated(table.itemsProperty());
        table.getColumns().addListener((InvalidationListener) o -> {
            // columns only moved (a header dragged) keep their cells
            if (!table.getColumns().stream().filter(reveal.seenColumns::add).toList().isEmpty()) {
                reveal.newColumns = true;
                reveal.revealIfDue();
            }
        });
        return reveal;
    }

    /**
     * The table's rows were replaced (new rows, a new order, a list emptied for others to come): the
     * next rows are shown stepwise too when all that fit would take more than the budget by the last
     * step's time per row. Their cells are kept, but laying out the new values of every cell of every
     * shown row in one layout held the FX thread up to 110 ms for a TAP result's 24 columns; a small
     * table's rows (new counts) come at once, without a blink.
     */
    void rowsReplaced() {
        newRows = true;
        revealIfDue();
    }

    private void revealIfDue() {
        if ((newColumns || newRows) && table.getItems() != null && !table.getItems().isEmpty()) {
            int first = newColumns ? FIRST_ROWS : firstRowsReplaced(nanosPerRow, roomInRows());
            newColumns = false;
            newRows = false;
            if (first >= 0) {
                start(first);
            }
        }
    }

    /**
     * The rows to show first of rows that replace others in the same cells, {@code fitting} of which fit:
     * -1 (all at once) when they fit the budget at {@code nanosPerRow}, else as many as do (at least one);
     * {@link #FIRST_ROWS} while no step has been measured ({@code nanosPerRow} -1).
     */
    static int firstRowsReplaced(long nanosPerRow, int fitting) {
        if (nanosPerRow < 0) {
            return FIRST_ROWS;
        }
        if (nanosPerRow * fitting <= STEP_BUDGET_NANOS) {
            return -1;
        }
        return (int) Math.max(1, STEP_BUDGET_NANOS / Math.max(nanosPerRow, 1));
    }

    /** How many rows the table's room holds, besides its header and scroll bar. */
    private int roomInRows() {
        double rowSize = table.getFixedCellSize();
        double room = room();
        return rowSize > 0 && !Double.isNaN(room) ? (int) Math.ceil(room / rowSize) - ROWS_OF_FRAME : Integer.MAX_VALUE;
    }

    /** The height the table may grow to at the top of its parent (the row window); NaN without one. */
    private double room() {
        return table.getParent() instanceof Region parent ? parent.getHeight() : Double.NaN;
    }

    /**
     * Shows {@code firstRows} at the next layout and more at each pulse after it (from the first again, if
     * under way).
     */
    private void start(int firstRows) {
        if (scene != null) {
            // under way: registered twice, the listener would stay on the scene after the end, and keep the table
            scene.removePostLayoutPulseListener(measureStep);
        }
        scene = table.getScene();
        rowHeight = table.getFixedCellSize();
        if (scene == null || rowHeight <= 0) {
            scene = null;
            pulses.stop();
            table.setMaxHeight(Double.MAX_VALUE);
            return; // not shown (its first layout will come when it is), or no row height to go by: all at once
        }
        rows = firstRows;
        stepRows = firstRows;
        stepStart = 0;
        stepNanos = -1;
        table.setMaxHeight(height(rows));
        scene.addPostLayoutPulseListener(measureStep);
        pulses.start();
    }

    /** At the start of a pulse, before its styling and layout: room for as many more rows as the budget allows. */
    private void step() {
        if (stepNanos >= 0) {
            stepRows = nextStep(stepRows, stepNanos);
            rows += stepRows;
            double room = room();
            if (Double.isNaN(room) || height(rows) >= room) {
                finish();
                return;
            }
            table.setMaxHeight(height(rows));
        }
        stepStart = System.nanoTime();
        stepNanos = -1;
    }

    /**
     * The rows of the next step, after a step of {@code rows} took {@code nanos}: as many as fit the budget at
     * that time per row, but at most twice as many. A step can measure far less than its rows cost, e.g. when
     * their cells are styled in a later pulse; the rest of a 30-row table then came in one layout of 150 ms.
     */
    static int nextStep(int rows, long nanos) {
        return (int) Math.max(1, Math.min(2L * rows, STEP_BUDGET_NANOS * rows / Math.max(nanos, 1)));
    }

    /** After the pulse's layout: how long styling and laying out this step's rows took the FX thread. */
    private void measureStep() {
        if (stepStart != 0) {
            stepNanos = System.nanoTime() - stepStart;
            stepStart = 0;
            if (stepRows > 0) {
                nanosPerRow = stepNanos / stepRows;
            }
        }
    }

    private double height(int rowCount) {
        return (rowCount + ROWS_OF_FRAME) * rowHeight;
    }

    /** Gives the table all its room: the rows are shown in full. */
    private void finish() {
        pulses.stop();
        table.setMaxHeight(Double.MAX_VALUE);
        scene.removePostLayoutPulseListener(measureStep);
        scene = null;
    }
}
