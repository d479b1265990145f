package org.lsst.butlerbrowser.app.sky;

import java.util.List;
import javafx.collections.FXCollections;
import org.lsst.butlerbrowser.views.PagedTableView;
import org.lsst.butlerbrowser.views.RowIndices;
import org.lsst.butlerbrowser.views.sky.TableSelectionLink;

/**
 * The selected layer's rows in a table that shares the layer's selection with the sky and the
 * charts: rows selected here are highlighted on the sky, footprints picked on the sky are selected
 * here.
 */
final class SkyRowsPanel {

    private final PagedTableView<Integer> table = PagedTableView.sortedHere();
    private TableSelectionLink link;

    SkyRowsPanel(SkyScreenModel model) {
        table.setId("sky-rows");
        table.table().setId("sky-rows-table");
        table.placeholderTextProperty().set("The selected layer's rows appear here.");
        model.selectedProperty().addListener((obs, was, now) -> show(now));
        show(model.selectedProperty().get());
    }

    private void show(SkyLayerModel layer) {
        if (link != null) {
            link.unlink();
            link = null;
        }
        // no rows while the columns change: the old rows' indices need not exist in the new layer
        table.setRows(FXCollections.observableArrayList());
        table.setColumns(layer == null ? List.of() : layer.columns());
        table.setRows(FXCollections.observableList(new RowIndices(layer == null ? 0 : layer.table().rowCount())));
        if (layer != null) {
            link = TableSelectionLink.link(table, layer.selection());
        }
    }

    PagedTableView<Integer> table() {
        return table;
    }
}
