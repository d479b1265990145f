package org.lsst.butlerbrowser.views;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Region;

/**
 * Shows a table's or tree's first rows in new cells, or new rows, over a few pulses, some rows more each
 * pulse, by limiting the control's height. JavaFX makes, skins and styles the cells of every shown row in
 * one layout (for a table, of all columns, also those out of sight): for a result of 24 columns, the first
 * in a process held the FX thread for 150-200 ms on the benchmark machine, whatever the result's size. Spread
 * over pulses, input is handled between them: each pulse adds as many rows as the last step's time per
 * row allows in a budget of the FX thread's time, at most twice the last step's, so rows made by code
 * that has run before come within a few pulses. Rows that replace the shown ones (told by
 * {@link #rowsReplaced}) come stepwise too, in the cells the control has, when laying them all out would
 * take more than the budget; a table's columns only moved are shown at once. {@link RowWindow} installs it
 * on the tables it windows, {@link StepwiseTree} on a tree.
 */
final class StepwiseReveal {

    /**
     * None: the first pulse styles and lays out the new header (of a table) alone, the next one row, and so
     * on. A new result's 24 column headers and its first two rows in one pulse took 53-128 ms of the FX
     * thread in a fresh process; the header alone 35-62, a row then 15-30.
     */
    private static final int FIRST_ROWS = 0;
    /** Room above and below a table's rows: the header row, a horizontal scroll bar. */
    private static final int ROWS_OF_TABLE_FRAME = 2;
    /** Room besides a tree's rows: its border, a horizontal scroll bar. */
    private static final int ROWS_OF_TREE_FRAME = 1;
    /** The FX thread's time a step's rows may take to style and lay out, judged by the step before. */
    private static final long STEP_BUDGET_NANOS = 40_000_000;

    private final Control control;
    private final int rowsOfFrame;
    private final DoubleSupplier fixedCellSize;
    private final BooleanSupplier hasRows;
    /** Held here: the list followed only holds it weakly, and may outlive the control. */
    private InvalidationListener rowsChanged;
    private final Runnable measureStep = this::measureStep;
    private final AnimationTimer pulses = new AnimationTimer() {
        @Override
        public void handle(long now) {
            step();
        }
    };
    /** The list of rows followed now (a table's items, a tree's top rows). */
    private Observable rowList;
    private boolean newCells;
    private boolean newRows;
    private Scene scene;
    private double rowHeight;
    /** Rows the control has room for, and how many the last step added. */
    private int rows;
    private int stepRows;
    /** When this pulse's step began (0: none), and how long the last one took (-1: not yet measured). */
    private long stepStart;
    private long stepNanos;
    /** The last measured step's time per row (-1: none yet), by which replaced rows are revealed or not. */
    private long nanosPerRow = -1;

    private StepwiseReveal(Control control, int rowsOfFrame, DoubleSupplier fixedCellSize, BooleanSupplier hasRows) {
        this.control = control;
        this.rowsOfFrame = rowsOfFrame;
        this.fixedCellSize = fixedCellSize;
        this.hasRows = hasRows;
    }

    /**
     * Reveals {@code table}'s rows stepwise whenever it has rows in columns it has not shown rows in. Its
     * parent keeps it at the top while it is shorter than the room it has (an HBox, as in RowWindow); it
     * needs its fixed cell size set by then.
     */
    static StepwiseReveal install(TableView<?> table) {
        StepwiseReveal reveal = new StepwiseReveal(table, ROWS_OF_TABLE_FRAME, table::getFixedCellSize,
                () -> table.getItems() != null && !table.getItems().isEmpty());
        // rows added to the items are revealed only if due; RowWindow tells of rows replaced
        reveal.follow(table.itemsProperty(), items -> items, reveal::revealIfDue);
        Set<TableColumn<?, ?>> seenColumns = Collections.newSetFromMap(new WeakHashMap<>());
        table.getColumns().addListener((InvalidationListener) o -> {
            // columns only moved (a header dragged) keep their cells
            if (!table.getColumns().stream().filter(seenColumns::add).toList().isEmpty()) {
                reveal.newCells();
            }
        });
        return reveal;
    }

    /**
     * Reveals {@code tree}'s rows stepwise when it is shown (its cells are styled anew) and when its top rows
     * are replaced (loaded, filtered), as for a table. Its parent keeps it at the top as for a table; without a
     * fixed cell size its rows come at once.
     */
    static void install(TreeView<?> tree) {
        StepwiseReveal reveal = new StepwiseReveal(tree, ROWS_OF_TREE_FRAME, tree::getFixedCellSize,
                () -> tree.getRoot() != null && (tree.isShowRoot() || !tree.getRoot().getChildren().isEmpty()));
        reveal.follow(tree.rootProperty(), root -> root.getChildren(), reveal::rowsReplaced);
        tree.sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                reveal.newCells();
            }
        });
    }

    /**
     * Follows, weakly, the list of rows that {@code holder} holds now and each that replaces it, running
     * {@code changed} at each change; a new list is a change of rows too. Not a ChangeListener on the holder:
     * it is not told of a new list equal to the old (two empty lists), and the rows that came later to the
     * new list were then all shown at once.
     */
    private <H> void follow(ObservableValue<H> holder, Function<H, Observable> list, Runnable changed) {
        rowsChanged = o -> changed.run();
        InvalidationListener weakly = new WeakInvalidationListener(rowsChanged);
        InvalidationListener switched = o -> {
            if (rowList != null) {
                rowList.removeListener(weakly);
            }
            H now = holder.getValue();
            rowList = now == null ? null : list.apply(now);
            if (rowList != null) {
                rowList.addListener(weakly);
            }
            rowsChanged.invalidated(rowList);
        };
        holder.addListener(switched);
        switched.invalidated(holder);
    }

    /** The control shows its rows in cells it has not shown rows in (new columns, a new scene). */
    private void newCells() {
        newCells = true;
        revealIfDue();
    }

    /**
     * The control's rows were replaced (new rows, a new order, a list emptied for others to come): the
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
        if ((newCells || newRows) && hasRows.getAsBoolean()) {
            int first = newCells ? FIRST_ROWS : firstRowsReplaced(nanosPerRow, roomInRows());
            newCells = false;
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

    /** How many rows the control's room holds, besides its frame (a table's header and scroll bar). */
    private int roomInRows() {
        double rowSize = fixedCellSize.getAsDouble();
        double room = room();
        return rowSize > 0 && !Double.isNaN(room) ? (int) Math.ceil(room / rowSize) - rowsOfFrame : Integer.MAX_VALUE;
    }

    /** The height the control may grow to at the top of its parent (a RowWindow, a StepwiseTree); NaN without one. */
    private double room() {
        return control.getParent() instanceof Region parent ? parent.getHeight() : Double.NaN;
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
        scene = control.getScene();
        rowHeight = fixedCellSize.getAsDouble();
        if (scene == null || rowHeight <= 0) {
            scene = null;
            pulses.stop();
            control.setMaxHeight(Double.MAX_VALUE);
            return; // not shown (its first layout will come when it is), or no row height to go by: all at once
        }
        rows = firstRows;
        stepRows = firstRows;
        stepStart = 0;
        stepNanos = -1;
        control.setMaxHeight(height(rows));
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
            control.setMaxHeight(height(rows));
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
        return (rowCount + rowsOfFrame) * rowHeight;
    }

    /** Gives the control all its room: the rows are shown in full. */
    private void finish() {
        pulses.stop();
        control.setMaxHeight(Double.MAX_VALUE);
        scene.removePostLayoutPulseListener(measureStep);
        scene = null;
    }
}
