package org.lsst.butlerbrowser.app.sky;

import java.util.BitSet;
import java.util.function.IntPredicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.lsst.butlerbrowser.views.sky.RowSelection;

/**
 * What a panel beside the sky (a chart, the row's details) shows of one layer: it follows the
 * layer's {@link RowSelection} (the one the sky and the rows table share), showing the selected
 * rows anew whenever it changes, and turns what the user picks in a chart into selected rows.
 */
abstract class LinkedLayerModel {

    static final String NO_LAYER = "Add a layer to chart its rows.";

    private final ObjectProperty<SkyLayerModel> layer = new SimpleObjectProperty<>(this, "layer");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", NO_LAYER);
    private Runnable stopFollowing = () -> { };

    LinkedLayerModel() {
        layer.addListener((obs, was, now) -> {
            stopFollowing.run();
            stopFollowing = now == null ? () -> { } : now.selection().addListener(change -> {
                if (change.source() != this) {
                    selectionChanged();
                }
            });
            rebuild();
        });
    }

    /** The layer charted; null for none. */
    public ObjectProperty<SkyLayerModel> layerProperty() {
        return layer;
    }

    SkyLayerModel layer() {
        return layer.get();
    }

    /** Why there is nothing to chart, or null when the chart shows. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    void setMessage(String text) {
        message.set(text);
    }

    /** Computes everything from the layer (or says why there is nothing). */
    abstract void rebuild();

    /** The selection changed elsewhere: recounts the selected share. */
    void selectionChanged() {
        rebuild();
    }

    /** Selects the layer's rows that pass the test (or adds them), as the user's pick in a chart. */
    void select(IntPredicate picked, boolean add) {
        SkyLayerModel l = layer.get();
        if (l == null) {
            return;
        }
        BitSet rows = new BitSet();
        for (int r = 0; r < l.table().rowCount(); r++) {
            if (picked.test(r)) {
                rows.set(r);
            }
        }
        if (add) {
            rows.or(l.selection().toBitSet());
        }
        l.selection().set(rows, this);
        selectionChanged();
    }
}
