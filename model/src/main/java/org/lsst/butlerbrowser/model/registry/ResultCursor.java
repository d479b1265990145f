package org.lsst.butlerbrowser.model.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.lsst.butlerbrowser.model.db.Backend;
import org.lsst.butlerbrowser.model.db.DatabaseException;
import org.lsst.butlerbrowser.model.db.RegistryDatabase;
import org.lsst.butlerbrowser.model.table.TableRows;

/**
 * Streams the rows of one or more statements, run one after another on one connection, so that the
 * first page of a million-row answer arrives without the rest being read. Close it (or read it to
 * the end) to give the connection back; {@link #cancel()} may be called from another thread. With a
 * limit, the statements should ask for one row more so that {@link #truncated()} can tell.
 */
public final class ResultCursor<T> implements Iterator<T>, AutoCloseable {

    private static final int FETCH_SIZE = 1_000;

    private final RegistryDatabase database;
    private final Deque<SqlQuery<T>> pending;
    private final long limit;
    private Connection connection;
    private volatile PreparedStatement statement;
    private volatile boolean cancelled;
    private ResultSet rows;
    private SqlQuery<T> current;
    private T next;
    private long delivered;
    private boolean closed;
    private boolean restoreAutoCommit;
    private boolean truncated;

    ResultCursor(RegistryDatabase database, List<SqlQuery<T>> queries, long limit) {
        this.database = database;
        this.pending = new ArrayDeque<>(queries);
        this.limit = limit;
    }

    @Override
    public boolean hasNext() {
        if (next != null) {
            return true;
        }
        if (closed) {
            return false;
        }
        T row = fetch();
        if (limit > 0 && delivered >= limit) {
            truncated = row != null;
            close();
            return false;
        }
        next = row;
        return row != null;
    }

    /** True when the limit stopped the cursor before the answer's end. */
    public boolean truncated() {
        return truncated;
    }

    private T fetch() {
        try {
            while (true) {
                if (rows != null && rows.next()) {
                    return current.mapper().map(rows);
                }
                closeStatement();
                if (pending.isEmpty()) {
                    close();
                    return null;
                }
                open(pending.poll());
            }
        } catch (SQLException e) {
            close();
            throw DatabaseException.from(e, database.description());
        }
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T value = next;
        next = null;
        delivered++;
        return value;
    }

    /** Reads up to {@code n} more rows. */
    public List<T> take(int n) {
        List<T> list = new ArrayList<>(Math.min(n, 10_000));
        while (list.size() < n && hasNext()) {
            list.add(next());
        }
        return list;
    }

    /** The remaining rows as table rows for export or copy; closing them closes this cursor. */
    public TableRows.RowIterator asRows(Function<T, Object[]> row) {
        ResultCursor<T> cursor = this;
        return new TableRows.RowIterator() {
            @Override
            public boolean hasNext() {
                return cursor.hasNext();
            }

            @Override
            public Object[] next() {
                return row.apply(cursor.next());
            }

            @Override
            public void close() {
                cursor.close();
            }
        };
    }

    /** Reads every remaining row. */
    public List<T> toList() {
        List<T> list = new ArrayList<>();
        forEachRemaining(list::add);
        return list;
    }

    private void open(SqlQuery<T> query) throws SQLException {
        current = query;
        if (connection == null) {
            connect();
        }
        execute(query);
    }

    private void connect() throws SQLException {
        connection = database.connection();
        if (database.backend() == Backend.POSTGRESQL && connection.getAutoCommit()) {
            // PostgreSQL only streams with a cursor, which needs a transaction.
            connection.setAutoCommit(false);
            restoreAutoCommit = true;
        }
    }

    private void execute(SqlQuery<T> query) throws SQLException {
        PreparedStatement st = connection.prepareStatement(query.sql());
        st.setFetchSize(FETCH_SIZE);
        int i = 1;
        for (Object p : query.parameters()) {
            st.setObject(i++, p);
        }
        statement = st;
        if (cancelled) { // cancel() ran before there was a statement to stop: do not start one
            throw new SQLException("canceling statement due to user request", "57014");
        }
        rows = st.executeQuery();
    }

    /**
     * Stops a running statement on the server, or the next one before it starts; safe to call from
     * any thread. The reader then fails with a "cancelled" {@link DatabaseException}.
     */
    public void cancel() {
        cancelled = true;
        PreparedStatement st = statement;
        if (st != null) {
            try {
                st.cancel();
            } catch (SQLException ignored) {
                // the statement has finished or the connection is gone: nothing left to stop
            }
        }
    }

    private void closeStatement() throws SQLException {
        if (rows != null) {
            rows.close();
            rows = null;
        }
        if (statement != null) {
            statement.close();
            statement = null;
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        closeConnection();
    }

    private void closeConnection() {
        try {
            closeStatement();
        } catch (SQLException ignored) {
            // closing after a failure: the original error has been reported
        }
        if (connection != null) {
            try {
                if (restoreAutoCommit) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
            } catch (SQLException ignored) {
                // a broken connection: the pool drops it instead of lending it again
            }
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the pool validates connections before reuse
            }
            connection = null;
            restoreAutoCommit = false;
        }
    }
}
