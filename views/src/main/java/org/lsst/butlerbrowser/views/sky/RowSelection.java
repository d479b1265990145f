package org.lsst.butlerbrowser.views.sky;

import java.util.BitSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

/**
 * The selected rows of one table, shared by every view of that table: the table itself, the sky
 * layers drawn from it, the charts of its columns. Rows are indices into the table (0-based). Each
 * change is announced once, with the object that made it, so that a view can skip changes it made
 * itself and linked views do not echo each other:
 *
 * <pre>{@code
 * selection.addListener(change -> {
 *     if (change.source() != this) {
 *         showSelection(change.selection().toArray());
 *     }
 * });
 * selection.set(rowsTheUserPicked, this);
 * }</pre>
 *
 * Not thread-safe: change and read it on the JavaFX thread (or one thread headless). Listeners are
 * called on the thread that made the change, after it is complete; a change that leaves the rows as
 * they were announces nothing.
 */
public final class RowSelection {

    /**
     * One change.
     *
     * @param source the object that made it (a view, a view model), or null
     */
    public record Change(RowSelection selection, Object source) {
    }

    /** Told of every change. */
    @FunctionalInterface
    public interface Listener {
        void selectionChanged(Change change);
    }

    private final BitSet rows = new BitSet();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private long version;

    public boolean isSelected(int row) {
        return row >= 0 && rows.get(row);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** How many rows are selected. */
    public int size() {
        return rows.cardinality();
    }

    /** The selected rows, ascending. */
    public int[] toArray() {
        return rows.stream().toArray();
    }

    public IntStream stream() {
        return rows.stream();
    }

    /** A copy of the selected rows. */
    public BitSet toBitSet() {
        return (BitSet) rows.clone();
    }

    /** Counts changes: it grows by one with each announced change. */
    public long version() {
        return version;
    }

    /** Selects exactly these rows. */
    public void set(int[] selected, Object source) {
        BitSet next = new BitSet();
        for (int r : selected) {
            check(r);
            next.set(r);
        }
        replace(next, source);
    }

    /** Selects exactly these rows. */
    public void set(BitSet selected, Object source) {
        replace((BitSet) selected.clone(), source);
    }

    /** Adds these rows to the selection. */
    public void add(int[] more, Object source) {
        BitSet next = toBitSet();
        for (int r : more) {
            check(r);
            next.set(r);
        }
        replace(next, source);
    }

    /** Removes these rows from the selection. */
    public void remove(int[] fewer, Object source) {
        BitSet next = toBitSet();
        for (int r : fewer) {
            if (r >= 0) {
                next.clear(r);
            }
        }
        replace(next, source);
    }

    /** Shift-click: the rows all selected become unselected; otherwise they are all added. */
    public void toggle(int[] clicked, Object source) {
        boolean allSelected = clicked.length > 0;
        for (int r : clicked) {
            allSelected &= isSelected(r);
        }
        if (allSelected) {
            remove(clicked, source);
        } else {
            add(clicked, source);
        }
    }

    public void clear(Object source) {
        replace(new BitSet(), source);
    }

    /** Adds a listener; returns what removes it again. */
    public Runnable addListener(Listener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private static void check(int row) {
        if (row < 0) {
            throw new IllegalArgumentException("row indices are 0 or more, not " + row);
        }
    }

    private void replace(BitSet next, Object source) {
        if (next.equals(rows)) {
            return;
        }
        rows.clear();
        rows.or(next);
        version++;
        Change change = new Change(this, source);
        for (Listener l : listeners) {
            l.selectionChanged(change);
        }
    }

    @Override
    public String toString() {
        return "RowSelection" + rows;
    }
}
