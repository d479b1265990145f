package org.lsst.butlerbrowser.model.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.lsst.butlerbrowser.model.universe.DimensionUniverse;
import org.lsst.butlerbrowser.model.universe.FieldSpec;

/** Reads stored values as the universe types them: Long, Double, Boolean or String. */
final class DimensionValues {

    private DimensionValues() {
    }

    /** The type of a dimension's values: the type of its primary key. */
    static String type(DimensionUniverse universe, String dimension) {
        FieldSpec key = universe.element(dimension).primaryKey();
        return key == null ? "string" : key.type();
    }

    /** A dimension's value, typed by the dimension's primary key. */
    static Object read(ResultSet rs, int column, DimensionUniverse universe, String dimension) throws SQLException {
        return read(rs, column, type(universe, dimension), null);
    }

    /** A value of this type; texts and whole numbers a query's rows repeat are kept once in {@code repeated} (when not null). */
    static Object read(ResultSet rs, int column, String type, RepeatedValues repeated) throws SQLException {
        Object value = switch (type) {
            case "int" -> {
                long v = rs.getLong(column);
                yield rs.wasNull() ? null : repeated == null ? (Long) v : repeated.of(v);
            }
            case "datetime" -> { // instants, seldom repeated
                long v = rs.getLong(column);
                yield rs.wasNull() ? null : v;
            }
            case "float" -> {
                double v = rs.getDouble(column);
                yield rs.wasNull() ? null : v;
            }
            case "bool" -> {
                boolean v = rs.getBoolean(column);
                yield rs.wasNull() ? null : v;
            }
            default -> repeated == null ? rs.getString(column) : repeated.of(rs.getString(column));
        };
        return value;
    }
}
