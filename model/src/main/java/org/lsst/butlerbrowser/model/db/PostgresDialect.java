package org.lsst.butlerbrowser.model.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.lsst.butlerbrowser.model.time.Timespan;

/** PostgreSQL: native uuid and boolean, one int8range column per timespan. */
public final class PostgresDialect implements Dialect {

    @Override
    public Backend backend() {
        return Backend.POSTGRESQL;
    }

    @Override
    public List<String> timespanColumns(String logicalName) {
        return List.of(logicalName);
    }

    @Override
    public Timespan readTimespan(ResultSet rs, int firstColumn) throws SQLException {
        String text = rs.getString(firstColumn);
        return text == null ? null : Timespan.fromPostgresRange(text);
    }

    @Override
    public UUID readUuid(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        return value == null ? null : value instanceof UUID u ? u : UUID.fromString(value.toString());
    }

    @Override
    public Object uuidParameter(UUID id) {
        return id;
    }

    @Override
    public String tableNamesQuery() {
        return "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                + "AND table_type = 'BASE TABLE' ORDER BY table_name";
    }

    @Override
    public String timespanBegin(String alias, String logicalName) {
        return "lower(" + alias + "." + quote(logicalName) + ")";
    }

    @Override
    public String timespanEnd(String alias, String logicalName) {
        return "upper(" + alias + "." + quote(logicalName) + ")";
    }

    @Override
    public String timespanOverlaps(String alias, String logicalName, String beginSql, String endSql) {
        return "(" + alias + "." + quote(logicalName) + " && int8range(CAST(" + beginSql + " AS bigint), CAST("
                + endSql + " AS bigint)))";
    }

    @Override
    public String timespanContains(String alias, String logicalName, String timeSql) {
        return "(" + alias + "." + quote(logicalName) + " @> CAST(" + timeSql + " AS bigint))";
    }

    @Override
    public String tableSizesQuery() {
        // pg_total_relation_size counts the heap, TOAST and every index of the table.
        return "SELECT c.relname, pg_total_relation_size(c.oid) FROM pg_class c "
                + "JOIN pg_namespace n ON n.oid = c.relnamespace "
                + "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')";
    }

    @Override
    public String timespansOverlap(String alias, String logicalName, String otherAlias, String otherLogicalName) {
        return "(" + alias + "." + quote(logicalName) + " && " + otherAlias + "." + quote(otherLogicalName) + ")";
    }

    @Override
    public String keyRowsSubquery(KeyRows rows, String parameterSql) {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < rows.width(); i++) {
            sql.append(i == 0 ? "" : ", ").append(rows.numeric(i) ? "(k ->> " + i + ")::bigint" : "k ->> " + i);
        }
        return sql.append(" FROM jsonb_array_elements(CAST(").append(parameterSql).append(" AS jsonb)) k").toString();
    }
}
