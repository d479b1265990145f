package org.lsst.butlerbrowser.app.sky;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lsst.butlerbrowser.app.tap.RowOrder;
import org.lsst.butlerbrowser.views.ColumnSort;
import org.lsst.butlerbrowser.views.PagedTableView;
import org.lsst.butlerbrowser.views.sky.TableSelectionLink;

/**
 * The selected layer's rows in a table that shares the layer's selection with the sky and the
 * charts: rows selected here are highlighted on the sky, footprints picked on the sky are selected
 * here. A header click sorts the layer's rows in the background (a layer may hold a million).
 */
final class SkyRowsPanel {

    private final SkyScreenModel model;
    private final PagedTableView<Integer> table = PagedTableView.sortedByOwner();
    private SkyLayerModel shown;
    private TableSelectionLink link;

    SkyRowsPanel(SkyScreenModel model) {
        this.model = model;
        table.setId("sky-rows");
        table.table().setId("sky-rows-table");
        table.placeholderTextProperty().set("The selected layer's rows appear here.");
        model.selectedProperty().addListener((obs, was, now) -> show(now));
        table.sortOrderProperty().addListener((obs, was, now) -> sort(now));
        show(model.selectedProperty().get());
    }

    private void show(SkyLayerModel layer) {
        shown = layer;
        // no rows while the columns change: the old rows' indices need not exist in the new layer
        showRows(layer, FXCollections.observableArrayList());
        table.setColumns(layer == null ? List.of() : layer.columns());
        showRows(layer, FXCollections.observableList(RowOrder.natural(layer == null ? 0 : layer.table().rowCount())));
    }

    private void sort(List<ColumnSort> order) {
        SkyLayerModel layer = shown;
        if (layer != null) {
            model.sortRows(layer, order, rows -> {
                if (layer == shown && order.equals(table.sortOrderProperty().get())) {
                    showRows(layer, FXCollections.observableList(rows));
                }
            });
        }
    }

    /** New rows for the table; the layer's selection is not forgotten with the table's, but shown again. */
    private void showRows(SkyLayerModel layer, ObservableList<Integer> rows) {
        if (link != null) {
            link.unlink();
            link = null;
        }
        table.setRows(rows);
        if (layer != null && !rows.isEmpty()) {
            link = TableSelectionLink.link(table, layer.selection());
        }
    }

    PagedTableView<Integer> table() {
        return table;
    }
}
