package org.lsst.butlerbrowser.app.session;

import java.util.List;
import org.lsst.butlerbrowser.model.region.Region;
import org.lsst.butlerbrowser.model.table.ResultTable;

/**
 * The footprints of a table's rows, as "Show on sky" hands them over, with the table itself so that
 * the sky can list, chart and colour the rows.
 *
 * @param title what the rows are, e.g. "ivoa.obscore on data.lsst.cloud/api/tap"
 * @param table the rows, every one of them (with a footprint or not)
 * @param rows  one entry per row that has a footprint
 */
public record Footprints(String title, ResultTable table, List<Row> rows) {

    public Footprints {
        rows = List.copyOf(rows);
    }

    /**
     * One row's footprint.
     *
     * @param index the row's index in its table, so that a selection on the sky can select it there
     * @param label how to name the row, e.g. its obs_id
     */
    public record Row(int index, String label, Region region) {
    }
}
