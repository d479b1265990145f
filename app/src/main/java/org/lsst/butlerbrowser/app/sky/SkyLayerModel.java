package org.lsst.butlerbrowser.app.sky;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.paint.Color;
import org.lsst.butlerbrowser.app.detail.DetailField;
import org.lsst.butlerbrowser.app.tap.ResultViewModel;
import org.lsst.butlerbrowser.model.region.Region;
import org.lsst.butlerbrowser.model.time.Timespan;
import org.lsst.butlerbrowser.views.ColumnSpec;
import org.lsst.butlerbrowser.views.sky.RowSelection;
import org.lsst.butlerbrowser.views.sky.SkyLayer;
import org.lsst.butlerbrowser.views.sky.SkyScene;

/**
 * One layer of the sky screen: its rows ({@link FootprintTable}), the {@link SkyLayer} drawn from
 * them, the one {@link RowSelection} the sky, the rows table and the charts share, what the charts
 * read ({@link RowValues}), and the columns it can be coloured by. Made with {@link #prepare} off the
 * JavaFX thread: that is where the footprints are packed and indexed.
 */
public final class SkyLayerModel {

    /** A column is offered for colouring when it has at most this many distinct values. */
    static final int MAX_COLOUR_VALUES = 64;
    /** Columns that colour well, offered first: band, instrument, collection, dataset type, calib level. */
    private static final List<String> PREFERRED_COLOURS = List.of("band", "lsst_band", "physical_filter", "instrument",
            "instrument_name", "run", "lsst_run", "obs_collection", "dataset_type", "lsst_dataset_type",
            "dataproduct_subtype", "calib_level", "tract", "day_obs");

    private final FootprintTable table;
    private final SkyLayer layer;
    private final RowValues values;
    private final List<String> colourColumns;
    private final ObjectProperty<String> colourBy = new SimpleObjectProperty<>(this, "colourBy");

    private SkyLayerModel(FootprintTable table, SkyLayer layer, RowValues values, List<String> colourColumns) {
        this.table = table;
        this.layer = layer;
        this.values = values;
        this.colourColumns = colourColumns;
    }

    /** Builds the layer of these rows in one colour: packs and indexes the footprints, reads the charts' values. */
    public static SkyLayerModel prepare(String name, FootprintTable table, Color colour) {
        SkyLayer layer = table.layer(name, new RowSelection());
        layer.setColor(colour);
        layer.footprints().index();
        if (layer.footprints().size() > SkyScene.DEFAULT_DENSITY_THRESHOLD) {
            layer.footprints().density(); // drawn as a density map until zoomed in
        }
        return new SkyLayerModel(table, layer, RowValues.of(table), colourColumns(table));
    }

    /** Columns of few distinct plain values, the preferred ones first. */
    static List<String> colourColumns(FootprintTable table) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            Set<Object> distinct = new HashSet<>();
            boolean plain = true;
            for (Object[] row : table.rows()) {
                Object v = row[c];
                if (v != null) {
                    plain = v instanceof String || v instanceof Number || v instanceof Boolean;
                    if (!plain || distinct.add(v) && distinct.size() > MAX_COLOUR_VALUES) {
                        break;
                    }
                }
            }
            if (plain && !distinct.isEmpty() && distinct.size() <= MAX_COLOUR_VALUES) {
                out.add(table.columns().get(c));
            }
        }
        out.sort((a, b) -> Integer.compare(rank(a), rank(b)));
        return List.copyOf(out);
    }

    private static int rank(String column) {
        int i = PREFERRED_COLOURS.indexOf(column.toLowerCase(Locale.ROOT));
        return i < 0 ? PREFERRED_COLOURS.size() : i;
    }

    public FootprintTable table() {
        return table;
    }

    public SkyLayer layer() {
        return layer;
    }

    public RowSelection selection() {
        return layer.selection();
    }

    public RowValues values() {
        return values;
    }

    public String name() {
        return layer.getName();
    }

    /** The columns the layer can be coloured by, best first. */
    public List<String> colourColumns() {
        return colourColumns;
    }

    /** The column the footprints are coloured by, or null for the layer's one colour. */
    public ObjectProperty<String> colourByProperty() {
        return colourBy;
    }

    /** "160 rows · 160 footprints". */
    public String summary() {
        return String.format(Locale.ROOT, "%,d rows · %,d footprints", table.rowCount(), table.footprintCount());
    }

    /** The rows table's columns: each column of the rows, read from the row's index. */
    public List<ColumnSpec<Integer>> columns() {
        List<ColumnSpec<Integer>> specs = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            int column = c;
            specs.add(new ColumnSpec<>(table.columns().get(c), table.columns().get(c),
                    row -> FootprintTable.cell(table.value(row, column))));
        }
        return specs;
    }

    /** How the detail panel names a row: its key fields, e.g. "instrument=HSC · visit=318". */
    public String rowTitle(int row) {
        StringJoiner title = new StringJoiner(" · ");
        for (String key : table.keyColumns()) {
            Object v = table.value(row, table.column(key));
            if (v != null) {
                title.add(key + "=" + FootprintTable.cell(v));
            }
        }
        return title.length() == 0 ? "Row " + (row + 1) : title.toString();
    }

    /** Every field of a row for the detail panel, its footprint drawn first. */
    public List<DetailField> fields(int row) {
        List<DetailField> out = new ArrayList<>();
        Region region = table.regions().get(row);
        out.add(region == null ? new DetailField("footprint", "none", null, true)
                : new DetailField("footprint", ResultViewModel.describe(region), region, false));
        for (int c = 0; c < table.columns().size(); c++) {
            Object v = table.value(row, c);
            Object shown = FootprintTable.cell(v);
            String text = shown == null ? "null" : v instanceof Timespan ? shown + " TAI" : shown.toString();
            out.add(new DetailField(table.columns().get(c), text, null, shown == null));
        }
        return out;
    }
}
