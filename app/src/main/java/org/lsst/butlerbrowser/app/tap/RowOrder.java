package org.lsst.butlerbrowser.app.tap;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.RandomAccess;
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
     */
    public static RowOrder sorted(int rows, List<ColumnSort> by, List<ColumnSpec<Integer>> columns, TaskRunner.Progress progress) {
        Comparator<Integer> order = null;
        for (int k = 0; k < by.size(); k++) {
            ColumnSort sort = by.get(k);
            Function<? super Integer, ?> cell = columns.stream().filter(c -> c.key().equals(sort.key())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no column " + sort.key())).value();
            Object[] values = new Object[rows];
            for (int r = 0; r < rows; r++) {
                if ((r & 0xFFFF) == 0) {
                    checkCancelled(progress);
                    progress.update(r, rows, String.format(Locale.ROOT, "Reading %s for sorting: %,d of %,d rows",
                            sort.key(), r, rows));
                }
                values[r] = cell.apply(r);
            }
            Comparator<Object> direction = sort.descending() ? CellOrder.VALUES.reversed() : CellOrder.VALUES;
            Comparator<Integer> byKey = (a, b) -> direction.compare(values[a], values[b]);
            order = order == null ? byKey : order.thenComparing(byKey);
        }
        progress.update(-1, -1, String.format(Locale.ROOT, "Sorting %,d rows", rows));
        Integer[] boxed = new Integer[rows];
        Arrays.setAll(boxed, i -> i);
        Arrays.sort(boxed, order);
        checkCancelled(progress);
        int[] sorted = new int[rows];
        Arrays.setAll(sorted, i -> boxed[i]);
        return new RowOrder(rows, sorted);
    }

    private static void checkCancelled(TaskRunner.Progress progress) {
        if (progress.isCancelled()) {
            throw new java.util.concurrent.CancellationException("the sort was cancelled");
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
