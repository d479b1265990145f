package org.lsst.butlerbrowser.app.datasets;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.lsst.butlerbrowser.model.registry.DatasetQuery.SortKey;
import org.lsst.butlerbrowser.model.registry.DatasetRef;
import org.lsst.butlerbrowser.model.registry.DatasetType;
import org.lsst.butlerbrowser.model.universe.DimensionUniverse;
import org.lsst.butlerbrowser.model.universe.FieldSpec;

/**
 * One column of the datasets table: the key the registry sorts by, the header the butler prints,
 * the Java type of the values (for export) and how to read the value from a dataset.
 */
public record DatasetColumn(String key, String title, Class<?> type, Function<DatasetRef, Object> value) {

    /**
     * The columns {@code butler query-datasets} prints for a type: run, id, the required data ID
     * keys, then the implied ones, then the validity range when datasets come from a CALIBRATION
     * collection.
     */
    static List<DatasetColumn> of(DatasetType type, DimensionUniverse universe, boolean withValidity) {
        List<DatasetColumn> columns = new ArrayList<>();
        columns.add(new DatasetColumn(SortKey.RUN, "run", String.class, DatasetRef::run));
        columns.add(new DatasetColumn(SortKey.ID, "id", String.class, ref -> ref.id().toString()));
        List<String> keys = new ArrayList<>(type.required());
        keys.addAll(type.implied());
        for (String d : keys) {
            FieldSpec primaryKey = universe.element(d).primaryKey();
            Class<?> valueType = primaryKey != null && "int".equals(primaryKey.type()) ? Long.class : String.class;
            columns.add(new DatasetColumn(d, d, valueType, ref -> ref.dataId().get(d)));
        }
        if (withValidity) {
            columns.add(new DatasetColumn(SortKey.VALIDITY, "valid (TAI)", String.class,
                    ref -> ref.validity() == null ? null : ref.validity().toCliString()));
        }
        return List.copyOf(columns);
    }
}
