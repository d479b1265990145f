package org.lsst.butlerbrowser.model.table;

import java.util.Iterator;
import java.util.List;

/**
 * A result table that can be read from the start any number of times: what the window exports and
 * copies. Values in each row follow {@link #columns()} (null for missing values).
 */
public interface TableRows {

    String title();

    List<ColumnInfo> columns();

    /** Opens a fresh pass over every row; close it when done (it may hold a database cursor). */
    RowIterator open();

    /**
     * The number of rows when it is known without reading them (e.g. a list in memory), else -1.
     * Export progress shows it as the total.
     */
    default long knownRowCount() {
        return -1;
    }

    /** An iterator over rows that holds resources until closed. */
    interface RowIterator extends Iterator<Object[]>, AutoCloseable {
        @Override
        void close();
    }
}
