package org.lsst.butlerbrowser.model.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** One parameterized statement and how to turn each of its rows into a value. */
record SqlQuery<T>(String sql, List<Object> parameters, RowMapper<T> mapper) {

    /**
     * The statement with its values written in, for people and for the sqlite3 shell; never
     * executed by Butler Browser, which always binds.
     */
    String inlined() {
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (Object p : parameters) {
            int at = sql.indexOf('?', from);
            out.append(sql, from, at).append(p instanceof Number ? p.toString()
                    : "'" + String.valueOf(p).replace("'", "''") + "'");
            from = at + 1;
        }
        return out.append(sql.substring(from)).toString();
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }
}
