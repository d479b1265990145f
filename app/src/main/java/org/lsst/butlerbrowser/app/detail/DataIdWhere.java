package org.lsst.butlerbrowser.app.detail;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.lsst.butlerbrowser.model.registry.DimensionRecord;
import org.lsst.butlerbrowser.model.universe.DimensionElement;

/**
 * The where-expression that picks out one data ID: {@code instrument='HSC' AND visit=318}. Numbers
 * are written bare and strings in single quotes, as the butler's expression language wants them.
 */
public final class DataIdWhere {

    private DataIdWhere() {
    }

    /** The expression for dimension values given in order (universe order reads best). */
    public static String of(Map<String, Object> values) {
        return values.entrySet().stream()
                .map(e -> e.getKey() + "=" + literal(e.getValue()))
                .collect(Collectors.joining(" AND "));
    }

    /** The values of an element's required dimensions in one of its records: the record's key. */
    public static Map<String, Object> key(DimensionElement element, DimensionRecord record) {
        Map<String, Object> key = new LinkedHashMap<>();
        for (String d : element.required()) {
            key.put(d, record.get(element.columnFor(d)));
        }
        return key;
    }

    /** The expression selecting exactly this record. */
    public static String forRecord(DimensionElement element, DimensionRecord record) {
        return of(key(element, record));
    }

    private static String literal(Object value) {
        return value instanceof Number ? value.toString() : "'" + value + "'";
    }
}
