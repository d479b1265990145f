package org.lsst.butlerbrowser.app.sky;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lsst.butlerbrowser.model.obscore.ObsCoreRow;
import org.lsst.butlerbrowser.model.region.FootprintParsers;
import org.lsst.butlerbrowser.model.region.Region;
import org.lsst.butlerbrowser.model.registry.DatasetQuery;
import org.lsst.butlerbrowser.model.registry.DatasetRef;
import org.lsst.butlerbrowser.model.registry.DatasetType;
import org.lsst.butlerbrowser.model.registry.DimensionRecord;
import org.lsst.butlerbrowser.model.registry.Registry;
import org.lsst.butlerbrowser.model.registry.RegistryException;
import org.lsst.butlerbrowser.model.registry.ResultCursor;
import org.lsst.butlerbrowser.model.registry.WhereClause;
import org.lsst.butlerbrowser.model.universe.DimensionElement;

/**
 * A registry's footprints as tables for the sky: the regions of a spatial dimension element's
 * records, the region of each dataset's data ID (through the dataset type's most specific spatial
 * element: visit_detector_region for a calexp, patch for a deepCoadd), and the registry's ObsCore
 * table with its s_region.
 */
public final class RegistryFootprints {

    private RegistryFootprints() {
    }

    /** The spatial elements of the registry's universe that store regions, by name. */
    public static List<String> spatialElements(Registry registry) {
        return registry.universe().elements().stream().filter(e -> e.spatial() && e.hasTable())
                .map(DimensionElement::name).sorted().toList();
    }

    /**
     * Every record of a spatial element (those the where-clause keeps) with its region.
     *
     * @throws IllegalArgumentException when the element has no regions, naming those that do
     */
    public static FootprintTable element(Registry registry, String elementName, WhereClause where) {
        DimensionElement element = registry.universe().element(elementName);
        if (!element.spatial() || !element.hasTable()) {
            throw new IllegalArgumentException("'" + elementName + "' has no regions; the spatial elements of this"
                    + " registry are: " + String.join(", ", spatialElements(registry)));
        }
        List<String> columns = element.recordFields().stream().filter(f -> !f.equals(DimensionElement.REGION)).toList();
        List<Object[]> rows = new ArrayList<>();
        List<Region> regions = new ArrayList<>();
        try (ResultCursor<DimensionRecord> records = registry.queryDimensionRecords(elementName, where, 0)) {
            while (records.hasNext()) {
                DimensionRecord r = records.next();
                Object[] row = new Object[columns.size()];
                for (int c = 0; c < row.length; c++) {
                    Object v = r.get(columns.get(c));
                    row[c] = v instanceof org.lsst.butlerbrowser.model.time.Timespan t ? t.toString() : v;
                }
                rows.add(row);
                regions.add(r.region());
            }
        }
        return withImpliedDimensions(registry, element,
                new FootprintTable(elementName + " records", columns, rows, regions, element.dimensionColumns()));
    }

    /**
     * The table with a column for each dimension the element's records imply only at one remove
     * (a visit's band, through its physical_filter), looked up in the implying dimension's records,
     * so that footprints can be coloured by band as a data ID would be.
     */
    private static FootprintTable withImpliedDimensions(Registry registry, DimensionElement element, FootprintTable table) {
        List<String> columns = new ArrayList<>(table.columns());
        Map<String, Integer> dimensionColumn = new HashMap<>();
        for (String d : element.required()) {
            dimensionColumn.put(d, columns.indexOf(element.columnFor(d)));
        }
        element.implied().forEach(d -> dimensionColumn.put(d, columns.indexOf(d)));
        List<Object[]> rows = new ArrayList<>(table.rows());
        boolean added = true;
        while (added) {
            added = false;
            for (String missing : registry.universe().withImplied(element.required())) {
                if (dimensionColumn.containsKey(missing)) {
                    continue;
                }
                DimensionElement via = dimensionColumn.keySet().stream().map(registry.universe()::element)
                        .filter(e -> e.hasTable() && e.implied().contains(missing)
                                && dimensionColumn.keySet().containsAll(e.required()))
                        .findFirst().orElse(null);
                if (via == null) {
                    continue;
                }
                Map<List<Object>, Object> values = new HashMap<>();
                try (ResultCursor<DimensionRecord> records = registry.queryDimensionRecords(via.name(), WhereClause.NONE, 0)) {
                    while (records.hasNext()) {
                        DimensionRecord r = records.next();
                        values.put(via.required().stream().map(d -> r.get(via.columnFor(d))).toList(), r.get(missing));
                    }
                }
                for (int i = 0; i < rows.size(); i++) {
                    Object[] row = rows.get(i);
                    Object[] longer = java.util.Arrays.copyOf(row, row.length + 1);
                    longer[row.length] = values.get(via.required().stream().map(d -> row[dimensionColumn.get(d)]).toList());
                    rows.set(i, longer);
                }
                dimensionColumn.put(missing, columns.size());
                columns.add(missing);
                added = true;
            }
        }
        return new FootprintTable(table.title(), columns, rows, table.regions(), table.keyColumns());
    }

    /**
     * Each dataset the query finds, with the region of the most specific spatial element its data
     * ID identifies.
     *
     * @throws IllegalArgumentException for a dataset type with no spatial dimensions
     */
    public static FootprintTable datasets(Registry registry, DatasetQuery query) {
        Map<String, DimensionElement> elementOfType = new HashMap<>();
        Map<String, Map<List<Object>, Region>> regionsOfElement = new HashMap<>();
        List<String> dimensions = new ArrayList<>();
        List<DatasetRef> refs = new ArrayList<>();
        try (ResultCursor<DatasetRef> found = registry.queryDatasets(query)) {
            while (found.hasNext()) {
                DatasetRef ref = found.next();
                refs.add(ref);
                ref.dataId().values().keySet().stream().filter(d -> !dimensions.contains(d)).forEach(dimensions::add);
                elementOfType.computeIfAbsent(ref.datasetType(), t -> spatialElementOf(registry, registry.datasetType(t)));
            }
        }
        List<String> columns = new ArrayList<>(List.of("dataset_type", "run", "id"));
        columns.addAll(registry.universe().sorted(dimensions));
        List<Object[]> rows = new ArrayList<>(refs.size());
        List<Region> regions = new ArrayList<>(refs.size());
        for (DatasetRef ref : refs) {
            DimensionElement element = elementOfType.get(ref.datasetType());
            Map<List<Object>, Region> byKey = regionsOfElement.computeIfAbsent(element.name(), e -> regionsByKey(registry, element));
            List<Object> key = element.required().stream().map(d -> ref.dataId().get(d)).toList();
            Object[] row = new Object[columns.size()];
            row[0] = ref.datasetType();
            row[1] = ref.run();
            row[2] = ref.id().toString();
            for (int c = 3; c < columns.size(); c++) {
                row[c] = ref.dataId().get(columns.get(c));
            }
            rows.add(row);
            regions.add(byKey.get(key));
        }
        List<String> keys = new ArrayList<>(List.of("dataset_type"));
        keys.addAll(columns.subList(3, columns.size()));
        return new FootprintTable(String.join(", ", query.datasetTypes()) + " datasets", columns, rows, regions, keys);
    }

    /**
     * The spatial element (with a table) whose required dimensions the dataset type has, the most
     * specific of them: visit_detector_region before visit, patch before tract.
     */
    static DimensionElement spatialElementOf(Registry registry, DatasetType type) {
        return registry.universe().elements().stream()
                .filter(e -> e.spatial() && e.hasTable() && type.dimensions().containsAll(e.required()))
                .max(Comparator.comparingInt((DimensionElement e) -> e.required().size()))
                .orElseThrow(() -> new IllegalArgumentException("dataset type " + type.name()
                        + " has no spatial dimensions (its dimensions are " + String.join(", ", type.dimensions())
                        + "), so its datasets have no footprint"));
    }

    private static Map<List<Object>, Region> regionsByKey(Registry registry, DimensionElement element) {
        Map<List<Object>, Region> byKey = new HashMap<>();
        try (ResultCursor<DimensionRecord> records = registry.queryDimensionRecords(element.name(), WhereClause.NONE, 0)) {
            while (records.hasNext()) {
                DimensionRecord r = records.next();
                byKey.put(element.required().stream().map(d -> r.get(element.columnFor(d))).toList(), r.region());
            }
        }
        return byKey;
    }

    /** The rows of the registry's ObsCore table, footprints read from s_region. */
    public static FootprintTable obscore(Registry registry) {
        List<String> columns = null;
        List<Object[]> rows = new ArrayList<>();
        List<Region> regions = new ArrayList<>();
        try (ResultCursor<ObsCoreRow> found = registry.queryObsCore(0)) {
            while (found.hasNext()) {
                ObsCoreRow r = found.next();
                if (columns == null) {
                    columns = List.copyOf(r.values().keySet());
                }
                rows.add(r.values().values().toArray());
                regions.add(FootprintParsers.parse(r.get("s_region")));
            }
        } catch (RegistryException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return new FootprintTable("ObsCore rows", columns == null ? List.of() : columns, rows, regions,
                List.of("obs_id", "dataproduct_subtype", "lsst_band"));
    }
}
