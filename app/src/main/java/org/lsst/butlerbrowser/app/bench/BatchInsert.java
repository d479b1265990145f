package org.lsst.butlerbrowser.app.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;

/** One prepared INSERT fed row by row and sent to SQLite in batches, so a million rows cost one statement. */
final class BatchInsert implements AutoCloseable {

    private static final int BATCH = 10_000;

    private final PreparedStatement statement;
    private int pending;

    BatchInsert(Connection c, String table, String... columns) throws SQLException {
        StringBuilder sql = new StringBuilder("INSERT INTO \"").append(table).append("\" (");
        for (int i = 0; i < columns.length; i++) {
            sql.append(i == 0 ? "\"" : ", \"").append(columns[i]).append('"');
        }
        sql.append(") VALUES (").append(String.join(", ", Collections.nCopies(columns.length, "?"))).append(')');
        statement = c.prepareStatement(sql.toString());
    }

    void row(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
        if (++pending == BATCH) {
            flush();
        }
    }

    private void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            statement.close();
        }
    }
}
