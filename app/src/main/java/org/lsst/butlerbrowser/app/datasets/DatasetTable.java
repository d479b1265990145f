package org.lsst.butlerbrowser.app.datasets;

import java.util.List;
import org.lsst.butlerbrowser.model.registry.DatasetQuery;
import org.lsst.butlerbrowser.model.registry.DatasetRef;
import org.lsst.butlerbrowser.model.registry.Registry;
import org.lsst.butlerbrowser.model.registry.ResultCursor;
import org.lsst.butlerbrowser.model.table.ColumnInfo;
import org.lsst.butlerbrowser.model.table.TableRows;

/**
 * The datasets on screen as a table that can be read again from the start: each pass runs the
 * whole query afresh (every row, not just the pages loaded), with the columns the screen shows.
 */
record DatasetTable(String title, List<DatasetColumn> shown, Registry registry, DatasetQuery query)
        implements TableRows {

    DatasetTable {
        shown = List.copyOf(shown);
    }

    @Override
    public List<ColumnInfo> columns() {
        return shown.stream().map(c -> ColumnInfo.of(c.title(), c.type())).toList();
    }

    @Override
    public RowIterator open() {
        return registry.queryDatasets(query.withLimit(0)).asRows(ref -> shown.stream().map(c -> c.value().apply(ref)).toArray());
    }
}
