package org.lsst.butlerbrowser.app.export;

import java.util.List;
import java.util.UUID;
import org.lsst.butlerbrowser.model.registry.DatasetQuery;
import org.lsst.butlerbrowser.model.registry.DatasetRef;
import org.lsst.butlerbrowser.model.registry.Registry;
import org.lsst.butlerbrowser.model.registry.ResultCursor;
import org.lsst.butlerbrowser.model.table.ColumnInfo;
import org.lsst.butlerbrowser.model.table.TableRows;

/** calexp datasets found first in a collection, as a table: each pass queries the registry again. */
record CalexpRows(Registry registry, String title, String collection) implements TableRows {

    @Override
    public List<ColumnInfo> columns() {
        return List.of(ColumnInfo.of("id", UUID.class), ColumnInfo.of("run", String.class),
                ColumnInfo.of("visit", Long.class), ColumnInfo.of("detector", Long.class));
    }

    @Override
    public RowIterator open() {
        return registry.queryDatasets(DatasetQuery.of("calexp", List.of(collection), true)).asRows(ref -> new Object[] {ref.id(), ref.run(), ref.dataId().get("visit"), ref.dataId().get("detector")});
    }
}
