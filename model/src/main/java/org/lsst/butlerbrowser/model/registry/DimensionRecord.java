package org.lsst.butlerbrowser.model.registry;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lsst.butlerbrowser.model.region.Region;
import org.lsst.butlerbrowser.model.time.Timespan;

/**
 * One record of a dimension element with every field in daf_butler's order. Values are Long,
 * Double, Boolean, String, a {@link Region} for {@code region} and a {@link Timespan} for
 * {@code timespan}; null where the database holds NULL. The field names are shared by all records
 * of one query, so a million records cost one array each.
 */
public final class DimensionRecord {

    private final String element;
    private final FieldNames names;
    private final Object[] values;

    /** The field names of one element's records, with their positions. */
    static final class FieldNames {
        private final List<String> names;
        private final Map<String, Integer> index = new java.util.HashMap<>();

        FieldNames(List<String> names) {
            this.names = List.copyOf(names);
            for (int i = 0; i < names.size(); i++) {
                index.put(names.get(i), i);
            }
        }

        int size() {
            return names.size();
        }
    }

    DimensionRecord(String element, FieldNames names, Object[] values) {
        this.element = element;
        this.names = names;
        this.values = values;
    }

    public String element() {
        return element;
    }

    /** The value of a field, or null when the record has no such field or it is NULL. */
    public Object get(String field) {
        Integer i = names.index.get(field);
        return i == null ? null : values[i];
    }

    /** Every field in order. */
    public Map<String, Object> fields() {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            map.put(names.names.get(i), values[i]);
        }
        return Collections.unmodifiableMap(map);
    }

    public Region region() {
        return get("region") instanceof Region r ? r : null;
    }

    public Timespan timespan() {
        return get("timespan") instanceof Timespan t ? t : null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DimensionRecord r && r.element.equals(element) && r.names.names.equals(names.names)
                && Arrays.equals(r.values, values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(element, Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        return element + fields();
    }
}
