package org.lsst.butlerbrowser.model.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.lsst.butlerbrowser.model.universe.DimensionUniverse;
import org.lsst.butlerbrowser.model.universe.FieldSpec;

/** Reads stored values as the universe types them: Long, Double, Boolean or String. */
final class DimensionValues {

    private DimensionValues() {
    }

    /** A dimension's value, typed by the dimension's primary key. */
    static Object read(ResultSet rs, int column, DimensionUniverse universe, String dimension) throws SQLException {
        FieldSpec key = universe.element(dimension).primaryKey();
        return read(rs, column, key == null ? "string" : key.type());
    }

    static Object read(ResultSet rs, int column, String type) throws SQLException {
        Object value = switch (type) {
            case "int", "datetime" -> {
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
            default -> rs.getString(column);
        };
        return value;
    }
}
