package org.lsst.butlerbrowser.model.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lsst.butlerbrowser.model.query.ExpressionException;
import org.lsst.butlerbrowser.model.testing.Fixtures;
import org.lsst.butlerbrowser.model.testing.TestRepos;

/** --where constraints select what daf_butler's own data IDs and records say they should. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WhereClauseTest {

    private static final String RUN = "HSC/runs/RC2/w_2026_34/DM-50002";
    private Registry registry;

    @BeforeAll
    void open() {
        registry = TestRepos.open(TestRepos.RC2_SQLITE);
    }

    @AfterAll
    void close() {
        registry.close();
    }

    private Set<String> datasets(String type, String where) {
        Set<String> ids = new HashSet<>();
        try (ResultCursor<DatasetRef> rows = registry.queryDatasets(
                new DatasetQuery(List.of(type), List.of(RUN), false, WhereClause.parse(where), 0))) {
            rows.forEachRemaining(r -> ids.add(r.id().toString()));
        }
        return ids;
    }

    /** The expected answer, computed from daf_butler's full data IDs of the run's members. */
    private static Set<String> expected(String type, Predicate<JsonNode> fullDataId) {
        Map<String, JsonNode> full = new HashMap<>();
        Fixtures.expected(TestRepos.RC2_SQLITE, "datasets.json").path("datasets")
                .forEach(d -> full.put(d.path("uuid").asText(), d.path("data_id_full")));
        Set<String> ids = new HashSet<>();
        for (JsonNode d : Fixtures.expected(TestRepos.RC2_SQLITE, "datasets_by_collection.json").path("collections").path(RUN)) {
            String id = d.path("uuid").asText();
            if (d.path("dataset_type").asText().equals(type) && fullDataId.test(full.get(id))) {
                ids.add(id);
            }
        }
        return ids;
    }

    @Test
    void equalitiesOnRequiredAndImpliedDimensionsSelectTheMatchingDataIds() {
        Set<String> expected = expected("calexp", d -> d.path("detector").asInt() == 50
                && d.path("band").asText().equals("y") && d.path("instrument").asText().equals("HSC"));
        assertFalse(expected.isEmpty());
        assertEquals(expected, datasets("calexp", "instrument='HSC' AND detector=50 AND band='y'"));
    }

    @Test
    void inListsRangesOrAndNotWork() {
        Set<String> expected = expected("calexp", d -> (d.path("visit").asInt() >= 318 && d.path("visit").asInt() <= 330
                && (d.path("visit").asInt() - 318) % 4 == 0 || d.path("physical_filter").asText().equals("HSC-G"))
                && !(d.path("detector").asInt() < 50));
        assertFalse(expected.isEmpty());
        assertEquals(expected, datasets("calexp",
                "(visit IN (318..330:4) OR physical_filter = 'HSC-G') AND NOT detector < 50"));
    }

    @Test
    void elementFieldsAreReachedThroughTheirTables() {
        Map<Long, Double> exposureTime = new HashMap<>();
        for (JsonNode element : Fixtures.expected(TestRepos.RC2_SQLITE, "dimension_records.json").path("elements")) {
            if (element.path("element").asText().equals("visit")) {
                element.path("records").forEach(r -> exposureTime.put(r.path("id").asLong(), r.path("exposure_time").asDouble()));
            }
        }
        Set<String> expected = expected("calexp", d -> exposureTime.get(d.path("visit").asLong()) > 200);
        assertEquals(expected, datasets("calexp", "visit.exposure_time > 200"));
    }

    @Test
    void bindValuesStandInForLiterals() {
        Set<String> ids = new HashSet<>();
        try (ResultCursor<DatasetRef> rows = registry.queryDatasets(new DatasetQuery(List.of("calexp"), List.of(RUN), false,
                WhereClause.parse("band = :b AND detector = :d", Map.of("b", "y", "d", 50L)), 0))) {
            rows.forEachRemaining(r -> ids.add(r.id().toString()));
        }
        assertEquals(datasets("calexp", "band = 'y' AND detector = 50"), ids);
    }

    @Test
    void anUnknownDimensionIsNamedWithTheNearestKnownOne() {
        ExpressionException e = assertThrows(ExpressionException.class, () -> datasets("calexp", "instrumnet = 'HSC'"));
        assertTrue(e.getMessage().contains("'instrumnet'") && e.getMessage().contains("instrument"), e.getMessage());
        assertEquals(0, e.start());
        assertEquals("instrumnet".length(), e.end());
    }

    @Test
    void anUnknownFieldOfAnElementIsNamed() {
        ExpressionException e = assertThrows(ExpressionException.class, () -> datasets("calexp", "visit.exposure_tme > 1"));
        assertTrue(e.getMessage().contains("exposure_tme") && e.getMessage().contains("exposure_time"), e.getMessage());
    }

    @Test
    void sqlInAValueIsDataNotSql() {
        Set<String> ids = new HashSet<>();
        try (ResultCursor<DatasetRef> rows = registry.queryDatasets(new DatasetQuery(List.of("calexp"), List.of(RUN), false,
                WhereClause.parse("band = :b", Map.of("b", "y' OR '1'='1")), 0))) {
            rows.forEachRemaining(r -> ids.add(r.id().toString()));
        }
        assertTrue(ids.isEmpty());
        assertFalse(datasets("calexp", "band = 'y'").isEmpty());
    }

    /** The htm7 narrowing misses nothing: the same answer as testing every region daf_butler stored. */
    @Test
    void circleOverlapsFindEveryRegionTheExactTestFinds() {
        org.lsst.butlerbrowser.model.region.UnitVector3d center =
                org.lsst.butlerbrowser.model.region.UnitVector3d.fromLonLatDegrees(216.0, 0.3);
        double radius = Math.toRadians(0.4);
        int expected = 0;
        for (JsonNode element : Fixtures.expected(TestRepos.RC2_SQLITE, "dimension_records.json").path("elements")) {
            if (element.path("element").asText().equals("visit_detector_region")) {
                for (JsonNode r : element.path("records")) {
                    List<double[]> vertices = new java.util.ArrayList<>();
                    r.path("region").path("vertices_deg").forEach(v -> vertices.add(new double[] {v.get(0).asDouble(), v.get(1).asDouble()}));
                    var polygon = org.lsst.butlerbrowser.model.region.ConvexPolygon.fromDegrees(vertices.toArray(double[][]::new));
                    if (org.lsst.butlerbrowser.model.region.CircleOverlap.overlaps(polygon, center, radius)) {
                        expected++;
                    }
                }
            }
        }
        assertTrue(expected > 0);
        assertEquals(expected, registry.countDimensionRecords("visit_detector_region",
                WhereClause.parse("visit_detector_region.region OVERLAPS CIRCLE(216.0, 0.3, 0.4)")));
        assertEquals(expected, registry.countDimensionRecords("visit_detector_region",
                WhereClause.parse("visit_detector_region.region OVERLAPS CIRCLE(ra, dec, r)",
                        Map.of("ra", 216.0, "dec", 0.3, "r", 0.4))));
    }

    /** The SQL shown to people (values written in) is the SQL that runs: it finds the same rows. */
    @Test
    void theStatementsShownAreTheStatementsRun() throws Exception {
        DatasetQuery query = new DatasetQuery(List.of("calexp"), List.of("HSC/runs/RC2"), true,
                WhereClause.parse("band = 'y' AND visit.exposure_time > 200 AND detector IN (40..100:2)"), 0);
        List<String> sql = registry.datasetsSql(query);
        assertEquals(1, sql.size());
        int rows = 0;
        try (java.sql.Connection c = registry.database().connection(); java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery(sql.get(0))) {
            while (rs.next()) {
                rows++;
            }
        }
        assertTrue(rows > 0);
        assertEquals(registry.countDatasets(query), rows);
    }

    /** Two stored timespans: every exposure and visit whose observing times overlap, from daf_butler's records. */
    @Test
    void storedTimespansOverlapEachOther() {
        Map<Long, long[]> exposures = new HashMap<>();
        Map<Long, long[]> visits = new HashMap<>();
        for (JsonNode element : Fixtures.expected(TestRepos.RC2_SQLITE, "dimension_records.json").path("elements")) {
            Map<Long, long[]> target = switch (element.path("element").asText()) {
                case "exposure" -> exposures;
                case "visit" -> visits;
                default -> null;
            };
            if (target != null) {
                element.path("records").forEach(r -> {
                    if (!r.path("timespan").isNull()) {
                        target.put(r.path("id").asLong(), new long[] {r.path("timespan").path("begin_nsec").asLong(),
                                r.path("timespan").path("end_nsec").asLong()});
                    }
                });
            }
        }
        int expected = 0;
        for (long[] e : exposures.values()) {
            for (long[] v : visits.values()) {
                if (e[0] < v[1] && v[0] < e[1]) {
                    expected++;
                }
            }
        }
        assertTrue(expected >= visits.size());
        int ours;
        try (ResultCursor<DataId> ids = registry.queryDataIds(List.of("exposure", "visit"), null, List.of(),
                WhereClause.parse("exposure.timespan OVERLAPS visit.timespan"), 0)) {
            ours = ids.toList().size();
        }
        assertEquals(expected, ours);
    }

    @Test
    void aBindMayHoldTheWholeInList() {
        WhereClause listed = WhereClause.parse("visit IN (visits)", Map.of("visits", List.of(318L, 322L)));
        assertEquals(registry.countDimensionRecords("visit", WhereClause.parse("visit IN (318, 322)")),
                registry.countDimensionRecords("visit", listed));
    }

    @Test
    void dimensionRecordsAreFilteredByImpliedDimensionsAndFields() {
        Map<String, String> bandOf = new HashMap<>();
        int expected = 0;
        for (JsonNode element : Fixtures.expected(TestRepos.RC2_SQLITE, "dimension_records.json").path("elements")) {
            if (element.path("element").asText().equals("physical_filter")) {
                element.path("records").forEach(r -> bandOf.put(r.path("name").asText(), r.path("band").asText()));
            }
        }
        for (JsonNode element : Fixtures.expected(TestRepos.RC2_SQLITE, "dimension_records.json").path("elements")) {
            if (element.path("element").asText().equals("visit")) {
                for (JsonNode r : element.path("records")) {
                    if (bandOf.get(r.path("physical_filter").asText()).equals("y") && r.path("exposure_time").asDouble() >= 200
                            && r.path("id").asLong() >= 400) {
                        expected++;
                    }
                }
            }
        }
        WhereClause where = WhereClause.parse("instrument='HSC' AND visit.exposure_time >= 200 AND band = 'y' AND NOT (visit < 400)");
        assertTrue(expected > 0);
        assertEquals(expected, registry.countDimensionRecords("visit", where));
    }
}
