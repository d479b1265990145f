package org.lsst.butlerbrowser.app.dimensions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.lsst.butlerbrowser.app.detail.DataIdWhere;
import org.lsst.butlerbrowser.model.registry.DimensionRecord;
import org.lsst.butlerbrowser.model.universe.DimensionElement;
import org.lsst.butlerbrowser.model.universe.DimensionUniverse;

/**
 * Where a foreign-key value leads: the referenced element and the where-expression that picks out
 * its record (a visit's physical_filter HSC-Y → physical_filter where instrument='HSC' AND
 * physical_filter='HSC-Y').
 */
public record RecordLink(String element, String where) {

    /**
     * The record the {@code dimension} column of {@code record} refers to. The referenced key's other
     * parts (instrument) are columns of the same record, because a dimension's own dependencies are
     * always among those of whatever requires or implies it. Empty for a NULL value.
     */
    static Optional<RecordLink> of(DimensionUniverse universe, DimensionElement source, DimensionRecord record,
                                   String dimension) {
        DimensionElement target = universe.element(dimension);
        Map<String, Object> key = new LinkedHashMap<>();
        for (String d : target.required()) {
            Object value = record.get(source.columnFor(d));
            if (value == null) {
                return Optional.empty();
            }
            key.put(d, value);
        }
        return Optional.of(new RecordLink(target.name(), DataIdWhere.of(key)));
    }
}
