package org.lsst.butlerbrowser.app.datasets;

import java.util.List;
import java.util.function.Supplier;
import org.lsst.butlerbrowser.model.registry.DatasetRef;
import org.lsst.butlerbrowser.model.registry.ResultCursor;

/**
 * One datasets query read page after page from the same open cursor, by background jobs one at a
 * time. The cursor (and its database connection) is opened by the first page, so making a pager
 * costs nothing. {@link #close} may be called from any thread and never waits for a page being
 * read: it stops that statement and the reader closes the cursor as it returns.
 */
final class DatasetPager {

    private final Supplier<ResultCursor<DatasetRef>> open;
    private ResultCursor<DatasetRef> cursor;
    private boolean reading;
    private boolean exhausted;
    private boolean closed;

    DatasetPager(Supplier<ResultCursor<DatasetRef>> open) {
        this.open = open;
    }

    /** Reads up to {@code n} more datasets; none once closed or at the end. */
    List<DatasetRef> next(int n) {
        ResultCursor<DatasetRef> c;
        synchronized (this) {
            if (closed || exhausted) {
                return List.of();
            }
            if (cursor == null) {
                cursor = open.get();
            }
            c = cursor;
            reading = true;
        }
        boolean atEnd = true;
        try {
            List<DatasetRef> page = c.take(n);
            atEnd = page.size() < n;
            return page;
        } finally {
            synchronized (this) {
                reading = false;
                exhausted = atEnd; // a failed read ends the answer too: the cursor closed itself
                if (closed) {
                    c.close();
                }
            }
        }
    }

    /** Ends the query: an idle cursor is closed now, one being read stops and is closed by its reader. */
    void close() {
        ResultCursor<DatasetRef> idle;
        ResultCursor<DatasetRef> busy;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            idle = reading ? null : cursor;
            busy = reading ? cursor : null;
        }
        if (busy != null) {
            busy.cancel();
        }
        if (idle != null) {
            idle.close();
        }
    }

    /** Every row has been read (the cursor closed itself at the end). */
    synchronized boolean isExhausted() {
        return exhausted;
    }

    synchronized boolean isClosed() {
        return closed;
    }

    /** Whether the cursor was ever opened (a pager closed before its first page never opens one). */
    synchronized boolean wasOpened() {
        return cursor != null;
    }
}
