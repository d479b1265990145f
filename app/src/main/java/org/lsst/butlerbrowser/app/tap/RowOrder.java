package org.lsst.butlerbrowser.app.tap;

import java.util.AbstractList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.RandomAccess;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import org.lsst.butlerbrowser.app.tasks.TaskRunner;
import org.lsst.butlerbrowser.views.CellOrder;
import org.lsst.butlerbrowser.views.ColumnSort;
import org.lsst.butlerbrowser.views.ColumnSpec;

/**
 * The rows of a result (or a sky layer) in the order a table shows them, as row indices: 0 … n−1 as they came,
 * stored as nothing, or the order of a sort, one int a row. It is a RandomAccess list, so that
 * FXCollections wraps it as one: as a sequential list, each new order cost the table's selection a
 * walk over every row. Sorting reads each sorted column's
 * cells once and sorts on those, in the background: a million rows sorted on the FX thread kept
 * it busy for two seconds.
 */
public final class RowOrder extends AbstractList<Integer> implements RandomAccess {

    private final int size;
    private final int[] order;

    private RowOrder(int size, int[] order) {
        this.size = size;
        this.order = order;
    }

    /** The rows as they came. */
    public static RowOrder natural(int rows) {
        return new RowOrder(rows, null);
    }

    /**
     * The rows sorted by these columns (keys of {@code columns}), first key first, each cell as its
     * column shows it and in {@link CellOrder}; rows with equal keys keep their order. Blocks: run
     * it as background work. Stops with a CancellationException when the work is cancelled.
     *
     * <p>A column of numbers is held as doubles and the rows as ints: sorting a million rows as boxed
     * cells and boxed row numbers kept two million small objects alive for the second the sort took,
     * and the collector's copying of them stopped every thread, the FX thread too, for 80–120 ms.
     */
    public static RowOrder sorted(int rows, List<ColumnSort> by, List<ColumnSpec<Integer>> columns, TaskRunner.Progress progress) {
        RowIndexSort.RowComparator order = null;
        for (ColumnSort sort : by) {
            Function<? super Integer, ?> cell = columns.stream().filter(c -> c.key().equals(sort.key())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no column " + sort.key())).value();
            RowIndexSort.RowComparator ascending = keyOrder(rows, sort.key(), cell, progress);
            RowIndexSort.RowComparator byKey = sort.descending() ? (a, b) -> ascending.compare(b, a) : ascending;
            RowIndexSort.RowComparator before = order;
            order = before == null ? byKey : (a, b) -> {
                int c = before.compare(a, b);
                return c != 0 ? c : byKey.compare(a, b);
            };
        }
        progress.update(-1, -1, String.format(Locale.ROOT, "Sorting %,d rows", rows));
        int[] sorted = new int[rows];
        for (int r = 0; r < rows; r++) {
            sorted[r] = r;
        }
        if (order != null) {
            RowIndexSort.sort(sorted, order);
        }
        checkCancelled(progress);
        return new RowOrder(rows, sorted);
    }

    /**
     * The ascending {@link CellOrder} of one column's cells, read once: as doubles while every cell
     * is a number or empty, else (from the first other value on) as the cells themselves.
     */
    private static RowIndexSort.RowComparator keyOrder(int rows, String key, Function<? super Integer, ?> cell,
            TaskRunner.Progress progress) {
        double[] numbers = new double[rows];
        BitSet empty = new BitSet(rows);
        Object[] cells = null;
        for (int r = 0; r < rows; r++) {
            if ((r & 0xFFFF) == 0) {
                checkCancelled(progress);
                progress.update(r, rows, String.format(Locale.ROOT, "Reading %s for sorting: %,d of %,d rows",
                        key, r, rows));
            }
            Object value = cell.apply(r);
            if (cells != null) {
                cells[r] = value;
            } else if (value instanceof Number n) {
                numbers[r] = n.doubleValue();
            } else if (value == null) {
                empty.set(r);
            } else {
                cells = new Object[rows];
                for (int before = 0; before < r; before++) {
                    cells[before] = cell.apply(before);
                }
                cells[r] = value;
            }
        }
        if (cells != null) {
            Object[] values = cells;
            return (a, b) -> CellOrder.VALUES.compare(values[a], values[b]);
        }
        return (a, b) -> {
            boolean emptyA = empty.get(a);
            if (emptyA || empty.get(b)) {
                return emptyA == empty.get(b) ? 0 : emptyA ? 1 : -1; // empty cells last, as CellOrder puts them
            }
            return Double.compare(numbers[a], numbers[b]);
        };
    }

    private static void checkCancelled(TaskRunner.Progress progress) {
        if (progress.isCancelled()) {
            throw new CancellationException("the sort was cancelled");
        }
    }

    /** Whether these are the rows as they came. */
    boolean isNatural() {
        return order == null;
    }

    @Override
    public Integer get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return order == null ? index : order[index];
    }

    @Override
    public int size() {
        return size;
    }
}
