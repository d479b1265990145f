package org.lsst.butlerbrowser.model.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.lsst.butlerbrowser.model.time.Timespan;

/** SQLite: CHAR(32) hex dataset ids, 0/1 booleans, two BIGINT columns per timespan. */
public final class SqliteDialect implements Dialect {

    @Override
    public Backend backend() {
        return Backend.SQLITE;
    }

    @Override
    public List<String> timespanColumns(String logicalName) {
        return List.of(logicalName + "_begin", logicalName + "_end");
    }

    @Override
    public Timespan readTimespan(ResultSet rs, int firstColumn) throws SQLException {
        long begin = rs.getLong(firstColumn);
        boolean beginNull = rs.wasNull();
        long end = rs.getLong(firstColumn + 1);
        boolean endNull = rs.wasNull();
        return Timespan.fromSqlite(beginNull ? null : begin, endNull ? null : end);
    }

    @Override
    public UUID readUuid(ResultSet rs, int column) throws SQLException {
        return Uuids.fromHex(rs.getString(column));
    }

    @Override
    public Object uuidParameter(UUID id) {
        return Uuids.toHex(id);
    }

    @Override
    public String tableNamesQuery() {
        return "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
    }

    @Override
    public String timespanBegin(String alias, String logicalName) {
        return alias + "." + quote(logicalName + "_begin");
    }

    @Override
    public String timespanEnd(String alias, String logicalName) {
        return alias + "." + quote(logicalName + "_end");
    }

    // Unbounded sides are stored as 0 and the 2100 maximum and empty spans as (max, 0), so plain
    // comparisons give daf_butler's answers.
    @Override
    public String timespanOverlaps(String alias, String logicalName, String beginSql, String endSql) {
        return "(" + timespanBegin(alias, logicalName) + " < " + endSql + " AND " + beginSql + " < "
                + timespanEnd(alias, logicalName) + ")";
    }

    @Override
    public String timespanContains(String alias, String logicalName, String timeSql) {
        return "(" + timespanBegin(alias, logicalName) + " <= " + timeSql + " AND " + timeSql + " < "
                + timespanEnd(alias, logicalName) + ")";
    }

    @Override
    public String tableSizesQuery() {
        // dbstat lists pages per b-tree; sqlite_master maps each index b-tree to its table.
        return "SELECT m.tbl_name, SUM(s.pgsize) FROM dbstat s JOIN sqlite_master m ON m.name = s.name "
                + "WHERE m.type IN ('table', 'index') GROUP BY m.tbl_name";
    }

    @Override
    public String timespansOverlap(String alias, String logicalName, String otherAlias, String otherLogicalName) {
        return "(" + timespanBegin(alias, logicalName) + " < " + timespanEnd(otherAlias, otherLogicalName) + " AND "
                + timespanBegin(otherAlias, otherLogicalName) + " < " + timespanEnd(alias, logicalName) + ")";
    }

    @Override
    public String keyRowsSubquery(KeyRows rows, String parameterSql) {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < rows.width(); i++) {
            sql.append(i == 0 ? "" : ", ").append("json_extract(value, '$[").append(i).append("]')");
        }
        return sql.append(" FROM json_each(").append(parameterSql).append(')').toString();
    }
}
