package org.lsst.butlerbrowser.app.sky;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.lsst.butlerbrowser.views.chart.Bins;

/**
 * Observations over time: a histogram of the layer's rows by {@link RowValues#times()} (t_min,
 * timespan begin or day_obs), the selected rows' share in each bin. Picking a bar selects the rows
 * of its bin; picking a range selects the rows observed in it.
 */
public final class TimeHistogramModel extends LinkedLayerModel {

    private static final int MIN_BINS = 8;
    private static final int MAX_BINS = 60;
    private static final double HALF_DAY_MS = 43_200_000;

    private final ReadOnlyObjectWrapper<Bins> bins = new ReadOnlyObjectWrapper<>(this, "bins");
    private double first;
    private double width;
    private int count;

    /** The histogram drawn; null while {@link #messageProperty()} says why there is none. */
    public ReadOnlyObjectProperty<Bins> binsProperty() {
        return bins.getReadOnlyProperty();
    }

    @Override
    void rebuild() {
        SkyLayerModel l = layer();
        double[] t = l == null ? null : l.values().times();
        if (t == null) {
            bins.set(null);
            setMessage(l == null ? NO_LAYER
                    : "The rows of " + l.name() + " have no time (t_min, timespan or day_obs).");
            return;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int timed = 0;
        for (double v : t) {
            if (!Double.isNaN(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
                timed++;
            }
        }
        if (max == min) {
            min -= HALF_DAY_MS;
            max += HALF_DAY_MS;
        }
        count = Math.max(MIN_BINS, Math.min(MAX_BINS, (int) Math.ceil(Math.sqrt(timed))));
        first = min;
        width = (max - min) / count;
        double[] edges = new double[count + 1];
        for (int i = 0; i <= count; i++) {
            edges[i] = first + i * width;
        }
        int[] all = new int[count];
        int[] selected = new int[count];
        for (int r = 0; r < t.length; r++) {
            int b = bin(t[r]);
            if (b >= 0) {
                all[b]++;
                if (l.selection().isSelected(r)) {
                    selected[b]++;
                }
            }
        }
        setMessage(null);
        bins.set(new Bins("Observations over time", l.values().timeLabel(), true, edges, all, selected));
    }

    /** The bin of a time, or −1 for none (no time, or outside the histogram). */
    int bin(double time) {
        if (Double.isNaN(time) || count == 0) {
            return -1;
        }
        int b = (int) Math.floor((time - first) / width);
        if (b == count && time <= first + count * width * (1 + 1e-12)) {
            return count - 1; // the last bin holds its upper edge, the latest time
        }
        return b >= 0 && b < count ? b : -1;
    }

    /**
     * The user picked in the chart: a click ({@code from == to}) picks the rows of the bar there; a
     * range picks the rows whose time lies in it.
     */
    public void pick(double from, double to, boolean add) {
        SkyLayerModel l = layer();
        if (l == null || l.values().times() == null) {
            return;
        }
        double[] t = l.values().times();
        if (from == to) {
            int b = bin(from);
            select(r -> b >= 0 && bin(t[r]) == b, add);
        } else {
            select(r -> t[r] >= from && t[r] <= to, add);
        }
    }
}
