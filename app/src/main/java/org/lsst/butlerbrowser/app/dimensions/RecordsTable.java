package org.lsst.butlerbrowser.app.dimensions;

import java.util.ArrayList;
import java.util.List;
import org.lsst.butlerbrowser.app.detail.RecordCells;
import org.lsst.butlerbrowser.model.registry.DimensionRecord;
import org.lsst.butlerbrowser.model.registry.Registry;
import org.lsst.butlerbrowser.model.registry.ResultCursor;
import org.lsst.butlerbrowser.model.registry.WhereClause;
import org.lsst.butlerbrowser.model.table.ColumnInfo;
import org.lsst.butlerbrowser.model.table.TableRows;
import org.lsst.butlerbrowser.model.universe.DimensionElement;

/**
 * An element's records under a where-clause as an exportable table: every record (not only the
 * pages on screen), with the cells of {@link RecordCells}.
 */
final class RecordsTable implements TableRows {

    private final Registry registry;
    private final DimensionElement element;
    private final WhereClause where;
    private final List<String> fields;

    RecordsTable(Registry registry, DimensionElement element, WhereClause where) {
        this.registry = registry;
        this.element = element;
        this.where = where;
        this.fields = element.recordFields();
    }

    @Override
    public String title() {
        return element.name() + " records" + (where.isEmpty() ? "" : " where " + where.text());
    }

    @Override
    public List<ColumnInfo> columns() {
        List<ColumnInfo> columns = new ArrayList<>();
        for (String f : fields) {
            if (f.equals(DimensionElement.TIMESPAN)) {
                columns.add(new ColumnInfo(RecordCells.BEGIN, String.class, null, "time.start", null,
                        "start of the timespan, TAI, ISO 8601; empty when unbounded"));
                columns.add(new ColumnInfo(RecordCells.END, String.class, null, "time.end", null,
                        "end of the timespan (exclusive), TAI, ISO 8601; empty when unbounded"));
            } else if (f.equals(DimensionElement.REGION)) {
                columns.add(new ColumnInfo(f, String.class, null, "pos.outline", null,
                        "region as STC-S (ICRS, degrees)"));
            } else {
                columns.add(new ColumnInfo(f, javaType(registry.universe().fieldType(element, f)), null, null, null,
                        element.field(f).map(s -> s.doc().isBlank() ? null : s.doc()).orElse(null)));
            }
        }
        return columns;
    }

    private static Class<?> javaType(String fieldType) {
        return switch (fieldType) {
            case "int" -> Long.class;
            case "float" -> Double.class;
            case "bool" -> Boolean.class;
            default -> String.class;
        };
    }

    @Override
    public RowIterator open() {
        return registry.queryDimensionRecords(element.name(), where, 0).asRows(record -> RecordCells.values(record, fields).toArray());
    }
}
