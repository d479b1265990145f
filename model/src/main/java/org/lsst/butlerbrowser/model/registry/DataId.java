package org.lsst.butlerbrowser.model.registry;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Dimension values that identify a dataset or record, in universe order (Long or String values). */
public record DataId(Map<String, Object> values) {

    public static final DataId EMPTY = new DataId(Map.of());

    public DataId {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public Object get(String dimension) {
        return values.get(dimension);
    }

    @Override
    public String toString() {
        return values.entrySet().stream()
                .map(e -> e.getKey() + "=" + (e.getValue() instanceof String s ? "'" + s + "'" : e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
