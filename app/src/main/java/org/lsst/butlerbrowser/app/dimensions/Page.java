package org.lsst.butlerbrowser.app.dimensions;

import java.util.List;
import org.lsst.butlerbrowser.model.registry.DimensionRecord;
import org.lsst.butlerbrowser.model.registry.ResultCursor;

/**
 * Rows read from a cursor in one go, and whether it has more. An exhausted or failed cursor is
 * closed here; one with more rows stays open for the next page.
 */
record Page(ResultCursor<DimensionRecord> cursor, List<DimensionRecord> rows, boolean more) {

    static Page read(ResultCursor<DimensionRecord> cursor, int rows) {
        try {
            List<DimensionRecord> read = cursor.take(rows);
            boolean more = cursor.hasNext();
            if (!more) {
                cursor.close();
            }
            return new Page(cursor, read, more);
        } catch (RuntimeException e) {
            cursor.close();
            throw e;
        }
    }
}
