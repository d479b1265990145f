package org.lsst.butlerbrowser.views.sky;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.paint.Color;
import org.lsst.butlerbrowser.model.region.Region;
import org.lsst.butlerbrowser.model.region.UnitVector3d;
import org.lsst.butlerbrowser.model.sky.FootprintSet;
import org.lsst.butlerbrowser.model.sky.SkyPathBuilder;
import org.lsst.butlerbrowser.model.sky.Viewport;

/**
 * One source of footprints on the sky: a list of regions, each tied to a row of the layer's table
 * (the table a {@link RowSelection} is about), drawn in one colour or coloured by a column.
 *
 * <pre>{@code
 * SkyLayer visits = new SkyLayer("visits", regions, rows, tableSelection);  // rows[i]: table row of regions[i]
 * visits.setCategories(FootprintCategories.of("band", bandPerFootprint));   // or visits.setColor(Color.ORANGE)
 * visits.setTooltip(row -> "visit " + table.get(row).id());
 * skyView.getLayers().add(visits);                                           // later layers are drawn on top
 * }</pre>
 *
 * The geometry ({@link FootprintSet}: packed outlines, spatial index, density counts) is built once;
 * the appearance is JavaFX properties that views bind to. A footprint may be null (a row without a
 * region). Several footprints may share a row (a dataset drawn as its detectors' regions).
 */
public final class SkyLayer {

    public static final Color DEFAULT_COLOR = Color.web("#2f6db5");

    private final FootprintSet footprints;
    private final int[] rows;
    private final RowSelection selection;
    /** Footprint indices ordered by row, and the rows in that order, for finding a row's footprints. */
    private int[] byRow;
    private int[] rowOfByRow;

    private final StringProperty name = new SimpleStringProperty(this, "name");
    private final BooleanProperty visible = new SimpleBooleanProperty(this, "visible", true);
    private final ObjectProperty<Color> color = new SimpleObjectProperty<>(this, "color", DEFAULT_COLOR);
    private final DoubleProperty opacity = new SimpleDoubleProperty(this, "opacity", 1);
    private final ObjectProperty<FootprintCategories> categories = new SimpleObjectProperty<>(this, "categories");
    private final ObjectProperty<IntUnaryOperator> rowColors = new SimpleObjectProperty<>(this, "rowColors");
    private final ObjectProperty<IntFunction<String>> tooltip = new SimpleObjectProperty<>(this, "tooltip",
            row -> "row " + row);

    /**
     * @param regions   the footprints (null entries for rows without one)
     * @param rows      the table row of each footprint; null when footprint i is row i
     * @param selection the selection of that table, shared with its other views
     */
    public SkyLayer(String name, List<Region> regions, int[] rows, RowSelection selection) {
        this.footprints = new FootprintSet(regions);
        if (rows != null && rows.length != regions.size()) {
            throw new IllegalArgumentException(rows.length + " rows for " + regions.size() + " footprints");
        }
        this.rows = rows == null ? null : rows.clone();
        this.selection = selection == null ? new RowSelection() : selection;
        this.name.set(name);
    }

    /** A layer whose footprint i is row i of its table, with a selection of its own. */
    public SkyLayer(String name, List<Region> regions) {
        this(name, regions, null, new RowSelection());
    }

    public FootprintSet footprints() {
        return footprints;
    }

    public RowSelection selection() {
        return selection;
    }

    /** The table row of a footprint. */
    public int rowOf(int footprint) {
        return rows == null ? footprint : rows[footprint];
    }

    /** Calls {@code action} with every footprint of the selected rows. */
    public void forEachSelectedFootprint(IntConsumer action) {
        if (selection.isEmpty()) {
            return;
        }
        if (rows == null) {
            selection.stream().filter(r -> r < footprints.size()).forEach(action);
            return;
        }
        indexRows();
        BitSet selected = selection.toBitSet();
        for (int k = 0; k < byRow.length; k++) {
            if (selected.get(rowOfByRow[k])) {
                action.accept(byRow[k]);
            }
        }
    }

    private synchronized void indexRows() {
        if (byRow != null) {
            return;
        }
        long[] keys = new long[rows.length];
        for (int i = 0; i < rows.length; i++) {
            keys[i] = ((long) rows[i] << 32) | i;
        }
        Arrays.sort(keys);
        int[] f = new int[keys.length];
        int[] r = new int[keys.length];
        for (int k = 0; k < keys.length; k++) {
            f[k] = (int) keys[k];
            r[k] = (int) (keys[k] >>> 32);
        }
        rowOfByRow = r;
        byRow = f;
    }

    /** The rows whose footprint contains the sky point (exactly, on the sphere), ascending. */
    public int[] rowsAt(UnitVector3d point) {
        return Arrays.stream(footprints.index().containing(point)).map(this::rowOf).distinct().sorted().toArray();
    }

    /**
     * The rows with a footprint whose centre (its bounding circle's) is drawn inside a polygon of
     * pixels, as a box or lasso selects them; even-odd rule.
     */
    public int[] rowsWithCentreIn(Viewport view, double[] xs, double[] ys) {
        SkyPathBuilder builder = new SkyPathBuilder(view);
        double[] px = new double[2];
        BitSet found = new BitSet();
        footprints.index().forEachIn(view.visibleCap(), i -> {
            if (builder.point(footprints.centreX(i), footprints.centreY(i), footprints.centreZ(i), px)
                    && inside(xs, ys, px[0], px[1])) {
                found.set(rowOf(i));
            }
        });
        return found.stream().toArray();
    }

    private static boolean inside(double[] xs, double[] ys, double x, double y) {
        boolean in = false;
        for (int i = 0, j = xs.length - 1; i < xs.length; j = i++) {
            if ((ys[i] > y) != (ys[j] > y) && x < (xs[j] - xs[i]) * (y - ys[i]) / (ys[j] - ys[i]) + xs[i]) {
                in = !in;
            }
        }
        return in;
    }

    /** What the tooltip says about a row. */
    public String tooltipText(int row) {
        IntFunction<String> f = tooltip.get();
        return f == null ? null : f.apply(row);
    }

    /** The properties that change how the layer is drawn (for a view to redraw on). */
    public List<Observable> appearance() {
        return List.of(name, visible, color, opacity, categories, rowColors);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public String getName() {
        return name.get();
    }

    public void setName(String value) {
        name.set(value);
    }

    public BooleanProperty visibleProperty() {
        return visible;
    }

    public boolean isVisible() {
        return visible.get();
    }

    public void setVisible(boolean value) {
        visible.set(value);
    }

    /** The colour of every footprint when the layer is not coloured by a column. */
    public ObjectProperty<Color> colorProperty() {
        return color;
    }

    public Color getColor() {
        return color.get();
    }

    public void setColor(Color value) {
        color.set(value);
    }

    /** 0 (invisible) to 1; fills are drawn at a fraction of it (see {@link SkyStyle#fillAlpha()}). */
    public DoubleProperty opacityProperty() {
        return opacity;
    }

    public double getOpacity() {
        return opacity.get();
    }

    public void setOpacity(double value) {
        opacity.set(value);
    }

    /** Colour by a column's values (with a legend); null for one colour. */
    public ObjectProperty<FootprintCategories> categoriesProperty() {
        return categories;
    }

    public FootprintCategories getCategories() {
        return categories.get();
    }

    public void setCategories(FootprintCategories value) {
        if (value != null && value.size() != footprints.size()) {
            throw new IllegalArgumentException(value.size() + " category values for " + footprints.size() + " footprints");
        }
        categories.set(value);
    }

    /** A colour (ARGB) for each row, overriding the others; null for none. */
    public ObjectProperty<IntUnaryOperator> rowColorsProperty() {
        return rowColors;
    }

    public void setRowColors(IntUnaryOperator value) {
        rowColors.set(value);
    }

    public IntUnaryOperator getRowColors() {
        return rowColors.get();
    }

    /** The tooltip text of a row (its key fields); null shows none. */
    public ObjectProperty<IntFunction<String>> tooltipProperty() {
        return tooltip;
    }

    public void setTooltip(IntFunction<String> value) {
        tooltip.set(value);
    }

    /** The layer colour as ARGB with the given alpha factor. */
    int argb(Color c, double alpha) {
        return SkyPalette.argb(c.getRed(), c.getGreen(), c.getBlue(), c.getOpacity() * alpha);
    }

    @Override
    public String toString() {
        return "SkyLayer[" + getName() + ", " + footprints + "]";
    }
}
