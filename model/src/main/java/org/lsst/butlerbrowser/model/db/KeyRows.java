package org.lsst.butlerbrowser.model.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * Rows of dimension keys (whole numbers or strings) that a query tests membership in, such as the
 * visit–tract pairs whose regions overlap. They reach the database as ONE JSON parameter that the
 * dialect unpacks ({@link Dialect#keyRowsSubquery}), so any number of rows fits in a statement and no
 * value is ever written into SQL text.
 *
 * @param width the number of keys in a row
 */
public record KeyRows(int width, List<List<Object>> rows) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public KeyRows {
        rows = List.copyOf(rows);
        for (List<Object> row : rows) {
            if (row.size() != width) {
                throw new IllegalArgumentException("a key row has " + row.size() + " values, not " + width);
            }
            for (Object v : row) {
                if (!(v instanceof Long || v instanceof Integer || v instanceof String)) {
                    throw new IllegalArgumentException("a key is a whole number or a string, not " + v);
                }
            }
        }
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Whether the keys in a column are numbers (else strings), judged from the first row. */
    public boolean numeric(int column) {
        return rows.isEmpty() || !(rows.get(0).get(column) instanceof String);
    }

    /** The parameter value: a JSON array of arrays. */
    public String json() {
        try {
            return JSON.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("key rows cannot be written as JSON", e);
        }
    }
}
