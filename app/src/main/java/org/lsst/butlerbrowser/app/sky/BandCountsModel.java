package org.lsst.butlerbrowser.app.sky;

import java.util.BitSet;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.lsst.butlerbrowser.views.chart.CategoryCounts;
import org.lsst.butlerbrowser.views.sky.FootprintCategories;

/** Rows per band as bars, the selected rows' share in each; picking bars selects those bands' rows. */
public final class BandCountsModel extends LinkedLayerModel {

    private final ReadOnlyObjectWrapper<CategoryCounts> counts = new ReadOnlyObjectWrapper<>(this, "counts");

    /** The bars drawn; null while {@link #messageProperty()} says why there are none. */
    public ReadOnlyObjectProperty<CategoryCounts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    @Override
    void rebuild() {
        SkyLayerModel l = layer();
        FootprintCategories bands = l == null ? null : l.values().bands();
        if (bands == null || bands.values().isEmpty()) {
            counts.set(null);
            setMessage(l == null ? NO_LAYER : "The rows of " + l.name() + " have no band.");
            return;
        }
        int[] all = new int[bands.values().size()];
        int[] selected = new int[all.length];
        for (int r = 0; r < bands.size(); r++) {
            int b = bands.code(r);
            if (b >= 0) {
                all[b]++;
                if (l.selection().isSelected(r)) {
                    selected[b]++;
                }
            }
        }
        List<String> names = bands.values().stream().map(String::valueOf).toList();
        setMessage(null);
        counts.set(new CategoryCounts("Rows per band", l.values().bandColumn(), names, all, selected));
    }

    /** The user picked these bars (indices into the bands): selects their rows. */
    public void pick(int[] bars, boolean add) {
        SkyLayerModel l = layer();
        if (l == null || l.values().bands() == null) {
            return;
        }
        FootprintCategories bands = l.values().bands();
        BitSet picked = new BitSet();
        for (int b : bars) {
            picked.set(b);
        }
        select(r -> {
            int code = bands.code(r);
            return code >= 0 && picked.get(code);
        }, add);
    }
}
