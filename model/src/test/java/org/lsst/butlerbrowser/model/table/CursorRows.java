package org.lsst.butlerbrowser.model.table;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.lsst.butlerbrowser.model.registry.ResultCursor;

/** A TableRows over a registry query: each pass runs the query again, as the window's tables do. */
record CursorRows<T>(String title, List<ColumnInfo> columns, Supplier<ResultCursor<T>> query,
                     Function<T, Object[]> row) implements TableRows {

    @Override
    public RowIterator open() {
        return query.get().asRows(row);
    }
}
