package org.lsst.butlerbrowser.model.registry;

import java.util.ArrayList;
import java.util.List;
import org.lsst.butlerbrowser.model.db.Dialect;
import org.lsst.butlerbrowser.model.region.RegionCodec;
import org.lsst.butlerbrowser.model.universe.DimensionElement;
import org.lsst.butlerbrowser.model.universe.DimensionUniverse;

/**
 * Builds the statement that reads an element's records. Tables and columns come from the universe;
 * an element with no table of its own (band) is read as the distinct values of the element it is
 * a view of.
 */
final class DimensionRecordsReader {

    private final DimensionUniverse universe;
    private final Dialect dialect;
    private final SpatialOverlaps spatial;

    DimensionRecordsReader(DimensionUniverse universe, Dialect dialect, SpatialOverlaps spatial) {
        this.universe = universe;
        this.dialect = dialect;
        this.spatial = spatial;
    }

    SqlQuery<DimensionRecord> select(String elementName, WhereClause where, long limit) {
        DimensionElement element = universe.element(elementName);
        if (element.isSkypix()) {
            throw new RegistryException(elementName + " is a skypix dimension: its records are computed, not stored in the registry");
        }
        Statement st = element.viewOf() != null ? viewStatement(element, where) : tableStatement(element, where);
        String sql = st.sql + (limit > 0 ? " LIMIT " + (limit + 1) : ""); // +1: see ResultCursor#truncated
        // How to read each field is worked out once per statement, not once per row.
        List<FieldReader> readers = new ArrayList<>();
        RepeatedValues repeated = new RepeatedValues();
        int col = 1;
        for (String field : st.fields) {
            int at = col;
            if (field.equals(DimensionElement.REGION)) {
                readers.add(rs -> {
                    String text = rs.getString(at);
                    return text == null ? null : RegionCodec.decodeBase64(text);
                });
                col++;
            } else if (field.equals(DimensionElement.TIMESPAN)) {
                readers.add(rs -> dialect.readTimespan(rs, at));
                col += dialect.timespanColumns(field).size();
            } else {
                String type = universe.fieldType(element, field);
                readers.add(rs -> DimensionValues.read(rs, at, type, repeated));
                col++;
            }
        }
        DimensionRecord.FieldNames names = new DimensionRecord.FieldNames(st.fields);
        return new SqlQuery<>(sql, st.parameters, rs -> {
            Object[] values = new Object[readers.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = readers.get(i).read(rs);
            }
            return new DimensionRecord(elementName, names, values);
        });
    }

    /** Reads one field of the current row. */
    @FunctionalInterface
    private interface FieldReader {
        Object read(java.sql.ResultSet rs) throws java.sql.SQLException;
    }

    SqlQuery<Long> count(String elementName, WhereClause where) {
        DimensionElement element = universe.element(elementName);
        Statement st = element.viewOf() != null ? viewStatement(element, where) : tableStatement(element, where);
        return new SqlQuery<>("SELECT COUNT(*) FROM (" + st.sql + ") n", st.parameters, rs -> rs.getLong(1));
    }

    private record Statement(String sql, List<Object> parameters, List<String> fields) {
    }

    private Statement tableStatement(DimensionElement element, WhereClause where) {
        String alias = "r";
        DimensionJoins joins = new DimensionJoins(universe, dialect);
        joins.table(element.name(), alias);
        List<String> select = new ArrayList<>();
        List<String> fields = element.recordFields();
        for (String field : fields) {
            if (field.equals(DimensionElement.TIMESPAN)) {
                dialect.timespanColumns(field).forEach(c -> select.add(joins.column(alias, c)));
            } else {
                select.add(joins.column(alias, field));
            }
        }
        WhereTranslator translator = new WhereTranslator(joins, where, element.name() + " records", spatial);
        String condition = translator.condition();
        String sql = "SELECT " + String.join(", ", select) + " FROM " + dialect.quote(element.name()) + " " + alias
                + joins.joinsSql() + (condition == null ? "" : " WHERE " + condition);
        return new Statement(sql, translator.parameters(), fields);
    }

    /** band and the like: the distinct values of a column of another element's table. */
    private Statement viewStatement(DimensionElement element, WhereClause where) {
        String alias = "r";
        DimensionJoins joins = new DimensionJoins(universe, dialect);
        joins.table(element.viewOf(), alias);
        String column = joins.dimension(element.name());
        WhereTranslator translator = new WhereTranslator(joins, where, element.name() + " records", spatial);
        String condition = translator.condition();
        String sql = "SELECT DISTINCT " + column + " FROM " + dialect.quote(element.viewOf()) + " " + alias
                + joins.joinsSql() + (condition == null ? "" : " WHERE " + condition);
        return new Statement(sql, translator.parameters(), List.of(element.primaryKey().name()));
    }
}
