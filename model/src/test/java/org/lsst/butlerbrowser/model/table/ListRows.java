package org.lsst.butlerbrowser.model.table;

import java.util.Iterator;
import java.util.List;

/** A TableRows over rows in memory, with a known row count. */
record ListRows(String title, List<ColumnInfo> columns, List<Object[]> rows) implements TableRows {

    @Override
    public RowIterator open() {
        Iterator<Object[]> it = rows.iterator();
        return new RowIterator() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Object[] next() {
                return it.next();
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public long knownRowCount() {
        return rows.size();
    }
}
