package org.lsst.butlerbrowser.app.tap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lsst.butlerbrowser.app.session.Footprints;
import org.lsst.butlerbrowser.model.region.FootprintParsers.FootprintParser;
import org.lsst.butlerbrowser.model.region.Region;
import org.lsst.butlerbrowser.model.tap.TapColumn;
import org.lsst.butlerbrowser.model.tap.TapResult;

/**
 * The footprints of a result's rows: ObsCore's s_region (found by utype or name), else the first
 * column whose metadata says it holds footprints (a DALI polygon, a pgSphere region). Each row is
 * parsed when asked, so a million-row result costs nothing until its footprints are looked at.
 */
public final class ResultFootprints {

    private final TapResult result;
    private final int column;
    private final FootprintParser parser;
    private final int labelColumn;

    private ResultFootprints(TapResult result, int column, FootprintParser parser) {
        this.result = result;
        this.column = column;
        this.parser = parser;
        this.labelColumn = result.table().columnIndex("obs_id");
    }

    /** The result's footprint column, when it has one. */
    public static Optional<ResultFootprints> of(TapResult result) {
        if (result.isObsCore() && result.obsCore().hasFootprints()) {
            int column = footprintColumn(result, "s_region");
            if (column >= 0) {
                return Optional.of(new ResultFootprints(result, column, result.obsCore().footprintParser()));
            }
        }
        List<TapColumn> columns = result.columns();
        for (int c = 0; c < columns.size(); c++) {
            Optional<FootprintParser> parser = columns.get(c).footprintParser();
            if (parser.isPresent()) {
                return Optional.of(new ResultFootprints(result, c, parser.get()));
            }
        }
        return Optional.empty();
    }

    /** The column ObsCore calls s_region: by name, else by its utype. */
    private static int footprintColumn(TapResult result, String name) {
        int byName = result.table().columnIndex(name);
        if (byName >= 0) {
            return byName;
        }
        List<TapColumn> columns = result.columns();
        for (int c = 0; c < columns.size(); c++) {
            String utype = columns.get(c).utype();
            if (utype != null && utype.equalsIgnoreCase("obscore:char.spatialaxis.coverage.support.area")) {
                return c;
            }
        }
        return -1;
    }

    String columnName() {
        return result.columns().get(column).name();
    }

    int column() {
        return column;
    }

    /** How the column is read, and why ("xtype adql:REGION"). */
    String how() {
        return parser.form() + " (" + parser.reason() + ")";
    }

    /** What names a row: its obs_id when the result has one, else its number. */
    String label(int row) {
        Object v = labelColumn < 0 ? null : result.table().value(row, labelColumn);
        return v == null ? "row " + (row + 1) : v.toString();
    }

    /** The row's footprint; null when it has none; an IllegalArgumentException (RegionFormatException) when it cannot be read. */
    public Region region(int row) {
        return parser.parse(result.table().value(row, column));
    }

    /** Every row's footprint, parsed; rows without one are left out, and unreadable ones counted. */
    Parsed all(String title) {
        List<Footprints.Row> rows = new ArrayList<>();
        int unreadable = 0;
        String firstProblem = null;
        for (int r = 0; r < result.rowCount(); r++) {
            try {
                Region region = region(r);
                if (region != null) {
                    rows.add(new Footprints.Row(r, label(r), region));
                }
            } catch (IllegalArgumentException e) { // RegionFormatException and bad DALI arrays
                unreadable++;
                firstProblem = firstProblem == null ? e.getMessage() : firstProblem;
            }
        }
        return new Parsed(new Footprints(title, rows), unreadable, firstProblem);
    }

    /** The footprints that could be read, and how many could not (with the first reason). */
    record Parsed(Footprints footprints, int unreadable, String firstProblem) {
    }
}
