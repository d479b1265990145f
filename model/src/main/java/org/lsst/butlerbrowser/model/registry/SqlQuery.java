package org.lsst.butlerbrowser.model.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** One parameterized statement and how to turn each of its rows into a value. */
record SqlQuery<T>(String sql, List<Object> parameters, RowMapper<T> mapper) {

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }
}
