package org.lsst.butlerbrowser.app.sky;

import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lsst.butlerbrowser.app.detail.DetailField;

/**
 * The detail panel of the sky screen: every field of the layer's first selected row, its footprint
 * drawn; with several rows selected it says how many.
 */
public final class RowDetailModel extends LinkedLayerModel {

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ObservableList<DetailField> fields = FXCollections.observableArrayList();

    @Override
    void rebuild() {
        SkyLayerModel l = layer();
        int row = l == null ? -1 : l.selection().stream().findFirst().orElse(-1);
        if (row < 0) {
            title.set("");
            fields.clear();
            setMessage(l == null ? "No layer." : "Select a footprint or a row to see its fields.");
            return;
        }
        int selected = l.selection().size();
        title.set(l.rowTitle(row) + (selected > 1 ? String.format(Locale.ROOT, "  (first of %,d selected)", selected) : ""));
        fields.setAll(l.fields(row));
        setMessage(null);
    }

    /** The shown row's key fields, e.g. "instrument=HSC · visit=318"; empty for none. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The shown row's fields; empty for none. */
    public ObservableList<DetailField> fields() {
        return fields;
    }
}
