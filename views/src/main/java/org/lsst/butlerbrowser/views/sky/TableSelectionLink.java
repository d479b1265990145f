package org.lsst.butlerbrowser.views.sky;

import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.InvalidationListener;
import org.lsst.butlerbrowser.views.PagedTableView;

/**
 * Keeps a table of row indices and a {@link RowSelection} of the same rows in step, both ways: rows
 * the user selects in the table become the selection, and a selection made elsewhere (on the sky,
 * in a chart) selects those rows in the table and scrolls to the first. The table may sort its
 * items; its items are the rows' indices, whatever their order.
 */
public final class TableSelectionLink {

    private final PagedTableView<Integer> table;
    private final RowSelection selection;
    private final Runnable stopListening;
    private final InvalidationListener tableListener = o -> fromTable();
    private boolean updating;

    private TableSelectionLink(PagedTableView<Integer> table, RowSelection selection) {
        this.table = table;
        this.selection = selection;
        this.stopListening = selection.addListener(change -> {
            if (change.source() != this) {
                toTable();
            }
        });
        table.selectionChanges().addListener(tableListener);
        toTable();
    }

    /** Links the table's selection to the rows' selection until {@link #unlink()}. */
    public static TableSelectionLink link(PagedTableView<Integer> table, RowSelection selection) {
        return new TableSelectionLink(table, selection);
    }

    /** Stops following each other (when the table shows other rows). */
    public void unlink() {
        stopListening.run();
        table.selectionChanges().removeListener(tableListener);
    }

    private void fromTable() {
        if (updating) {
            return;
        }
        BitSet rows = new BitSet();
        List<Integer> items = table.rows();
        for (int position : table.selectedRows()) {
            Integer row = items.get(position);
            if (row != null) {
                rows.set(row);
            }
        }
        selection.set(rows, this);
    }

    private void toTable() {
        List<Integer> items = table.rows();
        BitSet selected = selection.toBitSet();
        int[] positions = selected.isEmpty() ? new int[0] : IntStream.range(0, items.size())
                .filter(i -> items.get(i) != null && selected.get(items.get(i))).toArray();
        updating = true;
        try {
            table.select(positions);
        } finally {
            updating = false;
        }
    }
}
