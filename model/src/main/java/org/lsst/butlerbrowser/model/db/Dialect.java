package org.lsst.butlerbrowser.model.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.lsst.butlerbrowser.model.time.Timespan;

/**
 * Everything that differs between the SQLite and PostgreSQL layouts daf_butler writes: how UUIDs,
 * booleans and timespans are stored. Readers build their SQL through this and nothing else.
 */
public interface Dialect {

    Backend backend();

    /** Quotes an identifier; table and column names come from the registry, never from users. */
    default String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** The stored columns of a logical timespan column, e.g. {@code timespan_begin, timespan_end}. */
    List<String> timespanColumns(String logicalName);

    /** Reads a timespan selected with {@link #timespanColumns} starting at a 1-based column index. */
    Timespan readTimespan(ResultSet rs, int firstColumn) throws SQLException;

    UUID readUuid(ResultSet rs, int column) throws SQLException;

    /** The value to bind for a dataset-id parameter. */
    Object uuidParameter(UUID id);

    /** A query listing the registry's tables (PostgreSQL: in the schema on the search path). */
    String tableNamesQuery();

    /** SQL for the begin (TAI ns) of a stored timespan; {@code column} is the qualified logical column. */
    String timespanBegin(String alias, String logicalName);

    /** SQL for the end (TAI ns, exclusive) of a stored timespan. */
    String timespanEnd(String alias, String logicalName);

    /** SQL true when a stored timespan overlaps [begin, end); the two bounds are SQL expressions. */
    String timespanOverlaps(String alias, String logicalName, String beginSql, String endSql);

    /** SQL true when a stored timespan contains the instant {@code timeSql}. */
    String timespanContains(String alias, String logicalName, String timeSql);

    /**
     * A query giving each registry table's name and the bytes it takes on disk with its indexes;
     * tables it leaves out have no known size.
     */
    String tableSizesQuery();

    /** SQL true when two stored timespans overlap. */
    String timespansOverlap(String alias, String logicalName, String otherAlias, String otherLogicalName);

    /**
     * A subquery giving the rows of {@code rows}, one column per key, from the JSON parameter
     * written as {@code parameterSql} (bind {@link KeyRows#json()} there).
     */
    String keyRowsSubquery(KeyRows rows, String parameterSql);
}
