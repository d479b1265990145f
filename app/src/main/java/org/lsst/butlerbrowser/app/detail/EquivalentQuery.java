package org.lsst.butlerbrowser.app.detail;

import java.util.LinkedHashMap;
import java.util.Map;
import org.lsst.butlerbrowser.model.registry.DatasetRef;
import org.lsst.butlerbrowser.model.registry.DatasetType;
import org.lsst.butlerbrowser.model.registry.DimensionRecord;
import org.lsst.butlerbrowser.model.universe.DimensionElement;

/** The butler query that finds a selected row again; {@link ButlerCommand} and {@link PythonCode} spell it out. */
public sealed interface EquivalentQuery {

    /** {@code query-dimension-records ELEMENT --where ...}. */
    record Records(String element, String where) implements EquivalentQuery {
    }

    /**
     * {@code query-datasets TYPE --collections C --where ...}; {@code where} is empty for datasets
     * with no dimensions.
     */
    record Datasets(String datasetType, String collection, String where, boolean findFirst) implements EquivalentQuery {
    }

    static Records forRecord(DimensionElement element, DimensionRecord record) {
        return new Records(element.name(), DataIdWhere.forRecord(element, record));
    }

    /**
     * Searches the one collection the dataset was found in, by its required dimensions. A
     * calibration collection holds several datasets per data ID (one per validity range), so that
     * search lists them all instead of asking for the first.
     */
    static Datasets forDataset(DatasetRef ref, DatasetType type) {
        Map<String, Object> key = new LinkedHashMap<>();
        type.required().forEach(d -> key.put(d, ref.dataId().get(d)));
        String collection = ref.collection() != null ? ref.collection() : ref.run();
        return new Datasets(ref.datasetType(), collection, DataIdWhere.of(key), ref.validity() == null);
    }
}
