package org.lsst.butlerbrowser.app.dimensions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.lsst.butlerbrowser.model.time.Timespan;
import org.lsst.butlerbrowser.model.universe.DimensionElement;
import org.lsst.butlerbrowser.model.universe.DimensionUniverse;

/**
 * One column of the records table: a field of the element in daf_butler's order and how to show it.
 * A {@link Kind#LINK} column holds another dimension's key and opens that record.
 */
public record RecordColumn(String field, Kind kind) {

    public enum Kind { KEY, LINK, REGION, TIMESPAN, HASH, VALUE }

    /** Unbounded begins first; regions have no order. */
    private static final Comparator<Timespan> BY_BEGIN = Comparator.comparing(
            t -> t.beginNsec() == null ? Long.MIN_VALUE : t.beginNsec());

    static List<RecordColumn> of(DimensionUniverse universe, DimensionElement element) {
        List<String> dependencies = new ArrayList<>(element.requiredDependencies());
        dependencies.addAll(element.implied());
        List<RecordColumn> columns = new ArrayList<>();
        for (String field : element.recordFields()) {
            Kind kind;
            if (field.equals(DimensionElement.REGION)) {
                kind = Kind.REGION;
            } else if (field.equals(DimensionElement.TIMESPAN)) {
                kind = Kind.TIMESPAN;
            } else if (dependencies.contains(field)) {
                kind = Kind.LINK;
            } else if ("hash".equals(universe.fieldType(element, field))) {
                kind = Kind.HASH;
            } else if (element.isDimension() && field.equals(element.primaryKey().name())) {
                kind = Kind.KEY;
            } else {
                kind = Kind.VALUE;
            }
            columns.add(new RecordColumn(field, kind));
        }
        return columns;
    }

    public boolean sortable() {
        return kind != Kind.REGION;
    }

    /** Orders this column's values: None first, timespans by their begin, the rest naturally. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Comparator<Object> comparator() {
        Comparator<Object> values = kind == Kind.TIMESPAN
                ? (a, b) -> BY_BEGIN.compare((Timespan) a, (Timespan) b)
                : (a, b) -> ((Comparable) a).compareTo(b);
        return Comparator.nullsFirst(values);
    }
}
