package org.lsst.butlerbrowser.model.universe;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A dimension or a dimension join element of a {@link DimensionUniverse}, with the table layout
 * daf_butler derives from it.
 *
 * @param required   the element's required dimensions in universe order; a dimension lists itself last
 * @param implied    the dimensions it directly implies, in universe order
 * @param primaryKey the first key of a dimension (null for join elements)
 * @param alternateKeys further unique keys of a dimension
 * @param viewOf     for a dimension with no table (band): the element whose column holds its values
 * @param spatialFamily  topology family when the element has a region, else null
 * @param temporalFamily topology family when the element has a timespan, else null
 */
public record DimensionElement(
        String name,
        String doc,
        boolean isDimension,
        boolean isSkypix,
        boolean isGovernor,
        List<String> required,
        List<String> implied,
        FieldSpec primaryKey,
        List<FieldSpec> alternateKeys,
        List<FieldSpec> metadata,
        String viewOf,
        String spatialFamily,
        String temporalFamily,
        boolean alwaysJoin,
        String populatedBy) {

    public static final String REGION = "region";
    public static final String TIMESPAN = "timespan";

    public boolean spatial() {
        return spatialFamily != null;
    }

    public boolean temporal() {
        return temporalFamily != null;
    }

    /** Skypix dimensions and implied-union dimensions (band) are computed, not stored. */
    public boolean hasTable() {
        return !isSkypix && viewOf == null;
    }

    /** The dimensions this element depends on, without itself. */
    public List<String> requiredDependencies() {
        return isDimension ? required.subList(0, required.size() - 1) : required;
    }

    /**
     * The column holding a required dimension's value in this element's table: the element's own
     * key is named after that key (id, name), every other one after the dimension.
     */
    public String columnFor(String dimension) {
        return isDimension && dimension.equals(name) ? primaryKey.name() : dimension;
    }

    /** The key columns: required then implied dimension columns. */
    public List<String> dimensionColumns() {
        List<String> columns = new ArrayList<>();
        for (String d : required) {
            columns.add(columnFor(d));
        }
        columns.addAll(implied);
        return columns;
    }

    /**
     * The record's fields in daf_butler's order: required, implied, alternate keys, metadata, then
     * {@code region} and {@code timespan} when the element has them.
     */
    public List<String> recordFields() {
        List<String> fields = dimensionColumns();
        alternateKeys.forEach(k -> fields.add(k.name()));
        metadata.forEach(m -> fields.add(m.name()));
        if (spatial()) {
            fields.add(REGION);
        }
        if (temporal()) {
            fields.add(TIMESPAN);
        }
        return fields;
    }

    /** The declared spec of a stored non-dimension field (keys and metadata), if any. */
    public Optional<FieldSpec> field(String fieldName) {
        if (primaryKey != null && primaryKey.name().equals(fieldName)) {
            return Optional.of(primaryKey);
        }
        return java.util.stream.Stream.concat(alternateKeys.stream(), metadata.stream())
                .filter(f -> f.name().equals(fieldName))
                .findFirst();
    }
}
