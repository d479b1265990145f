package org.lsst.butlerbrowser.app.sky;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.lsst.butlerbrowser.model.region.Region;
import org.lsst.butlerbrowser.views.sky.FootprintCategories;
import org.lsst.butlerbrowser.views.sky.RowSelection;
import org.lsst.butlerbrowser.views.sky.SkyLayer;

/**
 * Rows with a footprint each (or none): what a sky layer is drawn from. Row i of the table is row
 * i of the layer's {@link RowSelection}, so a table view of the same rows and the sky share one
 * selection. Built by {@link RegistryFootprints} and {@link ResultFootprints}.
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
