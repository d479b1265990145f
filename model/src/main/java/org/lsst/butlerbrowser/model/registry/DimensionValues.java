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
        return switch (type) {
            case "int" -> kept(wholeNumber(rs, column), repeated);
            case "datetime" -> wholeNumber(rs, column); // instants, seldom repeated
            case "float" -> {
                double v = rs.getDouble(column);
                yield rs.wasNull() ? null : v;
            }
            case "bool" -> {
                boolean v = rs.getBoolean(column);
                yield rs.wasNull() ? null : v;
            }
            default -> kept(rs.getString(column), repeated);
        };
    }

    private static Long wholeNumber(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static <T> T kept(T value, RepeatedValues repeated) {
        return repeated == null ? value : repeated.of(value);
    }
}
