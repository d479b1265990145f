package org.lsst.butlerbrowser.app.sky;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.lsst.butlerbrowser.app.tap.ResultFootprints;
import org.lsst.butlerbrowser.model.region.Region;
import org.lsst.butlerbrowser.model.table.ColumnInfo;
import org.lsst.butlerbrowser.model.table.ResultTable;
import org.lsst.butlerbrowser.model.tap.TapResult;
import org.lsst.butlerbrowser.views.sky.FootprintCategories;
import org.lsst.butlerbrowser.views.sky.RowSelection;
import org.lsst.butlerbrowser.views.sky.SkyLayer;

/**
 * Rows with a footprint each (or none): what a sky layer is drawn from. Row i of the table is row
 * i of the layer's {@link RowSelection}, so a table view of the same rows and the sky share one
 * selection. Built from a registry by {@link RegistryFootprints}, from a TAP result (or a saved one) by
 * {@link #of(TapResult, String)}.
 *
 * @param title     what the rows are ("visit records", "calexp datasets", "TAP result")
 * @param columns   the column names, in order
 * @param rows      the values of each row, in column order
 * @param regions   the footprint of each row (null for none)
 * @param keyColumns the columns a tooltip shows first (the row's identity)
 */
public record FootprintTable(String title, List<String> columns, List<Object[]> rows, List<Region> regions,
                             List<String> keyColumns) {

    /** How many key and other fields a tooltip shows at most. */
    private static final int TOOLTIP_FIELDS = 8;

    public FootprintTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        regions = java.util.Collections.unmodifiableList(new ArrayList<>(regions));
        keyColumns = List.copyOf(keyColumns);
        if (rows.size() != regions.size()) {
            throw new IllegalArgumentException(rows.size() + " rows but " + regions.size() + " footprints");
        }
    }

    private static final List<String> RESULT_KEYS = List.of("obs_id", "obs_publisher_did", "dataproduct_subtype",
            "lsst_band", "calib_level");

    /**
     * A TAP result's rows, their footprints read as the TAP window reads them ({@link ResultFootprints}:
     * ObsCore's s_region, else the first column whose metadata says it holds footprints). A footprint
     * that cannot be read leaves its row without one.
     *
     * @throws IllegalArgumentException when no column holds footprints
     */
    public static FootprintTable of(TapResult result, String title) {
        ResultTable table = result.table();
        List<String> names = table.columns().stream().map(ColumnInfo::name).toList();
        ResultFootprints footprints = ResultFootprints.of(result).orElseThrow(() -> new IllegalArgumentException(
                "no column of the " + title + " holds footprints (an s_region, or a column with a region xtype or a"
                        + " pos.outline UCD); its columns are: " + String.join(", ", names)));
        List<Object[]> rows = new ArrayList<>(table.rowCount());
        List<Region> regions = new ArrayList<>(table.rowCount());
        for (int r = 0; r < table.rowCount(); r++) {
            Object[] row = new Object[names.size()];
            for (int c = 0; c < row.length; c++) {
                row[c] = table.value(r, c);
            }
            rows.add(row);
            Region region;
            try {
                region = footprints.region(r);
            } catch (IllegalArgumentException unreadable) {
                region = null;
            }
            regions.add(region);
        }
        List<String> keys = names.stream().filter(n -> RESULT_KEYS.contains(n.toLowerCase(Locale.ROOT))).toList();
        return new FootprintTable(title, names, rows, regions, keys);
    }

    public int rowCount() {
        return rows.size();
    }

    /** How many rows have a footprint. */
    public long footprintCount() {
        return regions.stream().filter(r -> r != null).count();
    }

    /**
     * The index of a column by name, ignoring case.
     *
     * @throws IllegalArgumentException naming the columns there are
     */
    public int column(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("the " + title + " have no column '" + name + "'; they have: "
                + String.join(", ", columns));
    }

    public Object value(int row, int column) {
        return rows.get(row)[column];
    }

    /** The layer of these rows: footprint i is row i; the selection is shared with the table's other views. */
    public SkyLayer layer(String name, RowSelection selection) {
        SkyLayer layer = new SkyLayer(name, regions, null, selection);
        layer.setTooltip(this::tooltip);
        return layer;
    }

    /** Colours by a column: its value for each row. */
    public FootprintCategories categories(String columnName) {
        int c = column(columnName);
        List<Object> values = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            values.add(row[c]);
        }
        return FootprintCategories.of(columns.get(c), values);
    }

    /** "key=value" lines: the key columns first, then others, at most a few. */
    public String tooltip(int row) {
        StringJoiner text = new StringJoiner("\n");
        List<String> order = new ArrayList<>(keyColumns);
        columns.stream().filter(c -> !keyColumns.contains(c)).forEach(order::add);
        int shown = 0;
        for (String c : order) {
            Object v = rows.get(row)[columns.indexOf(c)];
            if (v != null && shown < TOOLTIP_FIELDS) {
                text.add(c + " = " + show(v));
                shown++;
            }
        }
        return text.toString();
    }

    private static String show(Object v) {
        if (v instanceof double[] d) {
            return Arrays.toString(d);
        }
        if (v instanceof Double d) {
            return String.format(Locale.ROOT, "%.6g", d);
        }
        String s = String.valueOf(v);
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
