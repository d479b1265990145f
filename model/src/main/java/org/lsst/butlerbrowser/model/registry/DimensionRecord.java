package org.lsst.butlerbrowser.model.registry;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lsst.butlerbrowser.model.region.Region;
import org.lsst.butlerbrowser.model.time.Timespan;

/**
 * One record of a dimension element with every field in daf_butler's order. Values are Long,
 * Double, Boolean, String, a {@link Region} for {@code region} and a {@link Timespan} for
 * {@code timespan}; null where the database holds NULL.
 */
public record DimensionRecord(String element, Map<String, Object> fields) {

    public DimensionRecord {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public Object get(String field) {
        return fields.get(field);
    }

    public Region region() {
        return fields.get("region") instanceof Region r ? r : null;
    }

    public Timespan timespan() {
        return fields.get("timespan") instanceof Timespan t ? t : null;
    }
}
