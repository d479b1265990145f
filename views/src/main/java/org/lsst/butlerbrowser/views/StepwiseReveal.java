package org.lsst.butlerbrowser.views;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import javafx.animation.AnimationTimer;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;

/**
 * Shows a table's first rows in new columns over a few pulses, some rows more each pulse, by limiting
 * the height of the node that holds the table. JavaFX makes, skins and styles the cells of all columns
 * of every shown row in one layout (also of the columns out of sight): for a result of 24 columns, the
 * first in a process held the FX thread for 150–200 ms on the benchmark machine, whatever the result's
 * size. Spread over pulses, input is handled between them. When a pulse comes quickly (code that has
 * run before), the rest of the rows are shown at once. Rows that replace others in the same columns
 * keep their cells and are shown at once, as are columns only moved.
 */
public final class StepwiseReveal extends AnimationTimer {

    private static final int ROWS_PER_PULSE = 4;
    /** Room above and below the rows: the header row, a horizontal scroll bar. */
    private static final int ROWS_OF_FRAME = 2;
    /** A pulse shorter than this (about two frames) made its rows quickly: show the rest at once. */
    private static final long QUICK_PULSE_NANOS = 35_000_000;

    private final Region holder;
    private final double rowHeight;
    private final TableView<?> table;
    /** Held here: the items list only holds it weakly, and may outlive the table. */
    private final InvalidationListener itemsChanged = o -> revealIfDue();
    /** Every column the table has had, as long as it is kept elsewhere. */
    private final Set<TableColumn<?, ?>> seenColumns = Collections.newSetFromMap(new WeakHashMap<>());
    private boolean newColumns;
    private int rows;
    private long lastPulse;

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
