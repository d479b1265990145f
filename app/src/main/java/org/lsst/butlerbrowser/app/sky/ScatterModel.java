package org.lsst.butlerbrowser.app.sky;

import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lsst.butlerbrowser.views.chart.ScatterPoints;

/**
 * Two numeric columns of the layer's rows against each other (the user picks which), the selected
 * rows on top; a box drawn in the plot selects the rows inside it. Beyond {@value #MAX_POINTS} rows
 * an even sample of the others is drawn (every selected row still is).
 */
public final class ScatterModel extends LinkedLayerModel {

    static final int MAX_POINTS = 50_000;

    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final StringProperty x = new SimpleStringProperty(this, "x");
    private final StringProperty y = new SimpleStringProperty(this, "y");
    private final ReadOnlyObjectWrapper<ScatterPoints> points = new ReadOnlyObjectWrapper<>(this, "points");
    private boolean choosing;

    public ScatterModel() {
        x.addListener(o -> replot());
        y.addListener(o -> replot());
    }

    /** The numeric columns to choose from. */
    public ObservableList<String> columns() {
        return columns;
    }

    public StringProperty xProperty() {
        return x;
    }

    public StringProperty yProperty() {
        return y;
    }

    /** The points drawn; null while {@link #messageProperty()} says why there are none. */
    public ReadOnlyObjectProperty<ScatterPoints> pointsProperty() {
        return points.getReadOnlyProperty();
    }

    @Override
    void rebuild() {
        SkyLayerModel l = layer();
        choosing = true;
        try {
            if (l == null) {
                columns.clear();
                x.set(null);
                y.set(null);
            } else if (!columns.equals(l.values().numericColumns())) {
                columns.setAll(l.values().numericColumns());
                x.set(l.values().defaultX());
                y.set(l.values().defaultY());
            }
        } finally {
            choosing = false;
        }
        replot();
    }

    private void replot() {
        if (choosing) {
            return;
        }
        SkyLayerModel l = layer();
        if (l == null || x.get() == null || y.get() == null || !columns.contains(x.get()) || !columns.contains(y.get())) {
            points.set(null);
            setMessage(l == null ? NO_LAYER : "Choose two numeric columns.");
            return;
        }
        double[] xs = l.values().numeric(x.get());
        double[] ys = l.values().numeric(y.get());
        int plotted = 0;
        int selectedCount = 0;
        for (int r = 0; r < xs.length; r++) {
            if (Double.isFinite(xs[r]) && Double.isFinite(ys[r])) {
                plotted++;
                if (l.selection().isSelected(r)) {
                    selectedCount++;
                }
            }
        }
        int others = plotted - selectedCount;
        int stride = Math.max(1, (int) Math.ceil(others / (double) MAX_POINTS));
        double[][] rest = new double[2][(others + stride - 1) / stride];
        double[][] chosen = new double[2][selectedCount];
        int k = 0;
        int j = 0;
        int seen = 0;
        for (int r = 0; r < xs.length; r++) {
            if (!Double.isFinite(xs[r]) || !Double.isFinite(ys[r])) {
                continue;
            }
            if (l.selection().isSelected(r)) {
                chosen[0][j] = xs[r];
                chosen[1][j++] = ys[r];
            } else if (seen++ % stride == 0 && k < rest[0].length) {
                rest[0][k] = xs[r];
                rest[1][k++] = ys[r];
            }
        }
        String note = stride == 1 ? null : String.format(Locale.ROOT, "every %d%s of %,d other rows drawn", stride,
                ordinal(stride), others);
        setMessage(plotted == 0 ? "No row has both " + x.get() + " and " + y.get() + "." : null);
        points.set(plotted == 0 ? null : new ScatterPoints(y.get() + " against " + x.get(), x.get(), y.get(), rest, chosen, note));
    }

    private static String ordinal(int n) {
        return n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    @Override
    void selectionChanged() {
        replot();
    }

    /** The user drew a box: selects the rows whose two values lie inside it. */
    public void pick(double xFrom, double xTo, double yFrom, double yTo, boolean add) {
        SkyLayerModel l = layer();
        if (l == null || points.get() == null) {
            return;
        }
        double[] xs = l.values().numeric(x.get());
        double[] ys = l.values().numeric(y.get());
        select(r -> xs[r] >= xFrom && xs[r] <= xTo && ys[r] >= yFrom && ys[r] <= yTo, add);
    }
}
