package org.lsst.butlerbrowser.model.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lsst.butlerbrowser.model.db.Dialect;
import org.lsst.butlerbrowser.model.obscore.ObsCoreRow;

/** What the registry's stored ObsCore configuration says, and how its rows are read. */
final class ObsCoreConfig {

    private ObsCoreConfig() {
    }

    static String tableName(String json) {
        try {
            JsonNode root = new ObjectMapper().readTree(json);
            return root.path("table_name").asText("obscore");
        } catch (IOException e) {
            throw new RegistryException("the stored ObsCore configuration (config:obscore.json) is not valid JSON");
        }
    }

    /** Reads a row; the dataset-id column is shown as a UUID on both backends. */
    static ObsCoreRow row(ResultSet rs, Dialect dialect) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            Object v = switch (md.getColumnType(i)) {
                case Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.TINYINT -> {
                    long x = rs.getLong(i);
                    yield rs.wasNull() ? null : x;
                }
                case Types.FLOAT, Types.DOUBLE, Types.REAL, Types.NUMERIC, Types.DECIMAL -> {
                    double x = rs.getDouble(i);
                    yield rs.wasNull() ? null : x;
                }
                default -> "registry_dataset_id".equals(md.getColumnLabel(i))
                        ? java.util.Objects.toString(dialect.readUuid(rs, i), null) : rs.getString(i);
            };
            values.put(md.getColumnLabel(i), v);
        }
        return new ObsCoreRow(values);
    }
}
