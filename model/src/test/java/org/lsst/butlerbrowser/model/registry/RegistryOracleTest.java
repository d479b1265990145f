package org.lsst.butlerbrowser.model.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lsst.butlerbrowser.model.region.ConvexPolygon;
import org.lsst.butlerbrowser.model.region.Region;
import org.lsst.butlerbrowser.model.testing.Fixtures;
import org.lsst.butlerbrowser.model.time.Timespan;
import org.lsst.butlerbrowser.model.universe.DimensionElement;

/**
 * Everything daf_butler answered for a fixture repo (shared/fixtures/registry/expected/REPO)
 * must be answered the same by our reader: universe, collections, dataset types, datasets,
 * certifications, dimension records and table row counts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RegistryOracleTest {

    protected Registry registry;

    abstract String repo();

    abstract Registry openRegistry();

    @BeforeAll
    void open() {
        registry = openRegistry();
    }

    @AfterAll
    void close() {
        if (registry != null) {
            registry.close();
        }
    }

    JsonNode expected(String file) {
        return Fixtures.expected(repo(), file);
    }

    @Test
    void universeMatchesDafButler() {
        JsonNode u = expected("universe.json");
        assertEquals(u.path("namespace").asText(), registry.universe().namespace());
        assertEquals(u.path("version").asInt(), registry.universe().version());
        assertEquals(u.path("common_skypix").asText(), registry.universe().commonSkypix());
        List<String> expectedOrder = new ArrayList<>();
        for (JsonNode e : u.path("elements")) {
            String name = e.path("name").asText();
            expectedOrder.add(name);
            DimensionElement ours = registry.universe().element(name);
            assertEquals(strings(e.path("required")), ours.required(), name + " required");
            assertEquals(strings(e.path("implied")), ours.implied(), name + " implied");
            if (!ours.isSkypix()) {
                assertEquals(strings(e.path("record_fields")), ours.recordFields(), name + " record fields");
            }
            assertEquals(e.path("has_own_table").asBoolean(), ours.hasTable(), name + " has table");
            assertEquals(e.path("is_dimension").asBoolean(), ours.isDimension(), name + " is dimension");
            assertEquals(e.path("is_skypix").asBoolean(), ours.isSkypix(), name + " is skypix");
            assertEquals(text(e.path("spatial")), ours.spatialFamily(), name + " spatial family");
            assertEquals(text(e.path("temporal")), ours.temporalFamily(), name + " temporal family");
            assertEquals(e.path("always_join").asBoolean(), ours.alwaysJoin(), name + " always_join");
            assertEquals(text(e.path("implied_union_target")), ours.viewOf(), name + " view of");
        }
        assertEquals(expectedOrder, registry.universe().elements().stream().map(DimensionElement::name).toList());
    }

    @Test
    void collectionsMatchDafButler() {
        JsonNode doc = expected("collections.json");
        CollectionGraph graph = registry.collections();
        assertEquals(doc.path("count").asInt(), graph.all().size());
        for (JsonNode c : doc.path("collections")) {
            String name = c.path("name").asText();
            Collection ours = graph.get(name);
            assertEquals(c.path("type").asText(), ours.type().name(), name);
            assertEquals(text(c.path("doc")), ours.doc(), name + " doc");
            assertEquals(c.path("children").isNull() ? List.of() : strings(c.path("children")), ours.children(), name);
            assertEquals(strings(c.path("parents")), graph.parents(name), name + " parents");
            assertEquals(strings(c.path("flattened")), names(graph.flatten(name)), name + " flattened");
            assertEquals(strings(c.path("flattened_with_chains")), names(graph.flattenAll(List.of(name), true)),
                    name + " flattened with chains");
            assertEquals(new TreeSet<>(strings(c.path("summary_dataset_types"))),
                    new TreeSet<>(registry.summaryDatasetTypes(name)), name + " summary");
        }
    }

    @Test
    void datasetTypesMatchDafButler() {
        JsonNode doc = expected("dataset_types.json");
        assertEquals(doc.path("count").asInt(), registry.datasetTypes().size());
        for (JsonNode t : doc.path("dataset_types")) {
            DatasetType ours = registry.datasetType(t.path("name").asText());
            assertEquals(strings(t.path("dimensions")), ours.dimensions(), ours.name());
            assertEquals(strings(t.path("required")), ours.required(), ours.name());
            assertEquals(strings(t.path("implied")), ours.implied(), ours.name());
            assertEquals(t.path("storage_class").asText(), ours.storageClass(), ours.name());
            assertEquals(t.path("is_calibration").asBoolean(), ours.isCalibration(), ours.name());
        }
    }

    /** Every RUN, TAGGED and CALIBRATION collection holds exactly daf_butler's members. */
    @Test
    void collectionMembersMatchDafButler() {
        JsonNode byCollection = expected("datasets_by_collection.json").path("collections");
        assertFalse(byCollection.isEmpty());
        byCollection.fields().forEachRemaining(entry -> {
            Set<String> expectedRows = new HashSet<>();
            for (JsonNode d : entry.getValue()) {
                expectedRows.add(d.path("uuid").asText() + " " + d.path("dataset_type").asText() + " "
                        + d.path("run").asText() + " " + dataId(d.path("data_id")));
            }
            Set<String> ours = new HashSet<>();
            try (ResultCursor<DatasetRef> rows = registry.queryDatasets(
                    new DatasetQuery(List.of("*"), List.of(entry.getKey()), false, WhereClause.NONE, 0))) {
                rows.forEachRemaining(r -> ours.add(r.id() + " " + r.datasetType() + " " + r.run() + " "
                        + requiredDataId(r)));
            }
            assertEquals(expectedRows, ours, entry.getKey());
        });
    }

    /** Chains: find-first and find-all per dataset type give daf_butler's datasets, and counts agree. */
    @Test
    void chainSearchesMatchDafButler() {
        JsonNode chained = expected("datasets_by_collection.json").path("chained");
        chained.fields().forEachRemaining(chain -> {
            for (String mode : List.of("find_first", "all")) {
                boolean findFirst = mode.equals("find_first");
                Map<String, Set<String>> expectedByType = new TreeMap<>();
                chain.getValue().path(mode).fields().forEachRemaining(t ->
                        expectedByType.put(t.getKey(), new HashSet<>(strings(t.getValue()))));
                Map<String, Set<String>> ours = new TreeMap<>();
                for (DatasetType type : registry.datasetTypes()) {
                    if (findFirst && type.isCalibration()) {
                        continue; // daf_butler needs a validity time for these
                    }
                    try (ResultCursor<DatasetRef> rows = registry.queryDatasets(
                            DatasetQuery.of(type.name(), List.of(chain.getKey()), findFirst))) {
                        rows.forEachRemaining(r -> ours.computeIfAbsent(r.datasetType(), k -> new HashSet<>())
                                .add(r.id().toString()));
                    }
                }
                assertEquals(expectedByType, ours, chain.getKey() + " " + mode);
                for (Map.Entry<String, Set<String>> e : expectedByType.entrySet()) {
                    long count = registry.countDatasets(DatasetQuery.of(e.getKey(), List.of(chain.getKey()), findFirst));
                    assertEquals(e.getValue().size(), count, chain.getKey() + " " + mode + " count of " + e.getKey());
                }
            }
        });
    }

    /** Per-type dataset counts of every collection, counted in SQL, equal daf_butler's memberships. */
    @Test
    void datasetCountsPerTypeMatchDafButler() {
        JsonNode doc = expected("datasets_by_collection.json");
        doc.path("collections").fields().forEachRemaining(c -> {
            Map<String, Set<String>> byType = new TreeMap<>();
            c.getValue().forEach(d -> byType.computeIfAbsent(d.path("dataset_type").asText(), k -> new HashSet<>())
                    .add(d.path("uuid").asText()));
            Map<String, Long> expectedCounts = new TreeMap<>();
            byType.forEach((t, ids) -> expectedCounts.put(t, (long) ids.size()));
            assertEquals(expectedCounts, new TreeMap<>(registry.datasetCounts(c.getKey())), c.getKey());
        });
        doc.path("chained").fields().forEachRemaining(c -> {
            Map<String, Long> expectedCounts = new TreeMap<>();
            c.getValue().path("all").fields().forEachRemaining(t -> expectedCounts.put(t.getKey(), (long) t.getValue().size()));
            assertEquals(expectedCounts, new TreeMap<>(registry.datasetCounts(c.getKey())), c.getKey());
        });
    }

    /** Each dataset's full data ID (implied values joined from dimension tables) matches. */
    @Test
    void fullDataIdsMatchDafButler() {
        Map<String, String> expectedFull = new HashMap<>();
        for (JsonNode d : expected("datasets.json").path("datasets")) {
            expectedFull.put(d.path("uuid").asText(), dataId(d.path("data_id_full")));
        }
        List<String> runs = registry.collections().all().stream()
                .filter(c -> c.type() == CollectionType.RUN).map(Collection::name).toList();
        Map<String, String> ours = new HashMap<>();
        try (ResultCursor<DatasetRef> rows = registry.queryDatasets(
                new DatasetQuery(List.of("*"), runs, false, WhereClause.NONE, 0))) {
            rows.forEachRemaining(r -> ours.put(r.id().toString(), dataId(r.dataId().values())));
        }
        assertEquals(expectedFull, ours);
    }

    /** Certifications in CALIBRATION collections carry daf_butler's validity ranges. */
    @Test
    void certificationsMatchDafButler() {
        JsonNode byCollection = expected("certifications.json").path("by_collection");
        assertFalse(byCollection.isEmpty());
        byCollection.fields().forEachRemaining(entry -> {
            Map<String, Integer> expectedRows = new HashMap<>();
            for (JsonNode c : entry.getValue()) {
                JsonNode ts = c.path("timespan");
                expectedRows.merge(c.path("uuid").asText() + " " + text(ts.path("begin_tai")) + " "
                        + text(ts.path("end_tai")), 1, Integer::sum);
            }
            Map<String, Integer> ours = new HashMap<>();
            try (ResultCursor<DatasetRef> rows = registry.queryDatasets(
                    new DatasetQuery(List.of("*"), List.of(entry.getKey()), false, WhereClause.NONE, 0))) {
                rows.forEachRemaining(r -> {
                    Timespan v = r.validity();
                    assertNotNull(v, "certification without validity in " + entry.getKey());
                    ours.merge(r.id() + " " + v.beginTaiIso() + " " + v.endTaiIso(), 1, Integer::sum);
                });
            }
            assertEquals(expectedRows, ours, entry.getKey());
        });
    }

    /** Every record of every element, every field: regions to 1e-9 deg, timespans to the nanosecond. */
    @Test
    void dimensionRecordsMatchDafButler() {
        for (JsonNode element : expected("dimension_records.json").path("elements")) {
            String name = element.path("element").asText();
            DimensionElement e = registry.universe().element(name);
            List<DimensionRecord> records;
            try (ResultCursor<DimensionRecord> rows = registry.queryDimensionRecords(name, WhereClause.NONE, 0)) {
                records = rows.toList();
            }
            assertEquals(element.path("count").asInt(), records.size(), name + " count");
            assertEquals(records.size(), registry.countDimensionRecords(name, WhereClause.NONE), name + " counted");
            Map<String, JsonNode> expectedByKey = new HashMap<>();
            for (JsonNode r : element.path("records")) {
                List<String> key = new ArrayList<>();
                keyFields(e).forEach(f -> key.add(r.path(f).asText()));
                expectedByKey.put(String.join("|", key), r);
            }
            for (DimensionRecord ours : records) {
                List<String> key = new ArrayList<>();
                keyFields(e).forEach(f -> key.add(String.valueOf(ours.get(f))));
                JsonNode exp = expectedByKey.get(String.join("|", key));
                assertNotNull(exp, name + " record " + key);
                List<String> fieldNames = new ArrayList<>();
                exp.fieldNames().forEachRemaining(f -> {
                    if (!f.equals("_db")) {
                        fieldNames.add(f);
                    }
                });
                assertEquals(fieldNames, List.copyOf(ours.fields().keySet()), name + " fields");
                for (String f : fieldNames) {
                    assertField(name + "." + f + " of " + key, exp.path(f), ours.get(f));
                }
            }
        }
    }

    private static List<String> keyFields(DimensionElement e) {
        return e.viewOf() != null ? List.of(e.primaryKey().name()) : e.dimensionColumns().subList(0, e.required().size());
    }

    private static void assertField(String what, JsonNode exp, Object ours) {
        if (exp.isNull()) {
            assertNull(ours, what);
        } else if (ours instanceof Region region) {
            assertEquals(exp.path("type").asText(), region.typeName(), what);
            List<double[]> vertices = ((ConvexPolygon) region).verticesDeg();
            assertEquals(exp.path("vertices_deg").size(), vertices.size(), what + " vertex count");
            for (int i = 0; i < vertices.size(); i++) {
                JsonNode v = exp.path("vertices_deg").get(i);
                assertEquals(v.get(0).asDouble(), vertices.get(i)[0], 1e-9, what + " ra " + i);
                assertEquals(v.get(1).asDouble(), vertices.get(i)[1], 1e-9, what + " dec " + i);
            }
        } else if (ours instanceof Timespan t) {
            assertEquals(text(exp.path("begin_tai")), t.beginTaiIso(), what + " begin");
            assertEquals(text(exp.path("end_tai")), t.endTaiIso(), what + " end");
        } else if (exp.isObject() && exp.has("base64")) {
            assertEquals(exp.path("base64").asText(), ours, what);
        } else if (exp.isBoolean()) {
            assertEquals(exp.asBoolean(), ours, what);
        } else if (exp.isIntegralNumber()) {
            assertEquals(exp.asLong(), ours, what);
        } else if (exp.isNumber()) {
            assertEquals(exp.asDouble(), (Double) ours, 0.0, what);
        } else {
            assertEquals(exp.asText(), ours, what);
        }
    }

    /** Table row counts equal daf_butler's summary. */
    @Test
    void tableRowCountsMatchSummary() {
        Map<String, Long> expectedCounts = new TreeMap<>();
        expected("summary.json").path("table_row_counts").fields()
                .forEachRemaining(t -> expectedCounts.put(t.getKey(), t.getValue().asLong()));
        assertFalse(expectedCounts.isEmpty());
        assertEquals(expectedCounts, new TreeMap<>(registry.tableRowCounts()));
    }

    static String dataId(JsonNode node) {
        Map<String, Object> values = new TreeMap<>();
        node.fields().forEachRemaining(f ->
                values.put(f.getKey(), f.getValue().isNumber() ? (Object) f.getValue().asLong() : f.getValue().asText()));
        return values.toString();
    }

    static String dataId(Map<String, Object> values) {
        return new TreeMap<>(values).toString();
    }

    private String requiredDataId(DatasetRef r) {
        Map<String, Object> required = new LinkedHashMap<>();
        for (String d : registry.datasetType(r.datasetType()).required()) {
            required.put(d, r.dataId().get(d));
        }
        return dataId(required);
    }

    static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(x -> list.add(x.asText()));
        return list;
    }

    static List<String> names(List<Collection> collections) {
        return collections.stream().map(Collection::name).toList();
    }

    static String text(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? null : n.asText();
    }
}
