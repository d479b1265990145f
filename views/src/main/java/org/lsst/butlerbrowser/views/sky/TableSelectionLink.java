package org.lsst.butlerbrowser.views.sky;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TableView;

/**
 * Keeps a table of row indices and a {@link RowSelection} of the same rows in step, both ways: rows
 * the user selects in the table become the selection, and a selection made elsewhere (on the sky,
 * in a chart) selects those rows in the table and scrolls to the first. The table may sort its
 * items; its items are the rows' indices, whatever their order.
 */
public final class TableSelectionLink {

    private final TableView<Integer> table;
    private final RowSelection selection;
    private final Runnable stopListening;
    private final ListChangeListener<Integer> tableListener = change -> fromTable();
    private boolean updating;

    private TableSelectionLink(TableView<Integer> table, RowSelection selection) {
        this.table = table;
        this.selection = selection;
        this.stopListening = selection.addListener(change -> {
            if (change.source() != this) {
                toTable();
            }
        });
        table.getSelectionModel().getSelectedItems().addListener(tableListener);
        toTable();
    }

    /** Links the table's selection to the rows' selection until {@link #unlink()}. */
    public static TableSelectionLink link(TableView<Integer> table, RowSelection selection) {
        return new TableSelectionLink(table, selection);
    }

    /** Stops following each other (when the table shows other rows). */
    public void unlink() {
        stopListening.run();
        table.getSelectionModel().getSelectedItems().removeListener(tableListener);
    }

    private void fromTable() {
        if (updating) {
            return;
        }
        BitSet rows = new BitSet();
        for (Integer row : List.copyOf(table.getSelectionModel().getSelectedItems())) {
            if (row != null) {
                rows.set(row);
            }
        }
        selection.set(rows, this);
    }

    private void toTable() {
        ObservableList<Integer> items = table.getItems();
        if (items == null) {
            return;
        }
        BitSet selected = selection.toBitSet();
        List<Integer> positions = new ArrayList<>(selected.cardinality());
        if (!selected.isEmpty()) {
            for (int i = 0; i < items.size(); i++) {
                Integer row = items.get(i);
                if (row != null && selected.get(row)) {
                    positions.add(i);
                }
            }
        }
        updating = true;
        try {
            table.getSelectionModel().clearSelection();
            if (!positions.isEmpty()) {
                int[] rest = positions.stream().skip(1).mapToInt(Integer::intValue).toArray();
                table.getSelectionModel().selectIndices(positions.get(0), rest);
                table.scrollTo(positions.get(0));
            }
        } finally {
            updating = false;
        }
    }
}
