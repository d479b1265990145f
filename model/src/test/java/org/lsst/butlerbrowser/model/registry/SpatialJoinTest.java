package org.lsst.butlerbrowser.model.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lsst.butlerbrowser.model.query.ExpressionException;
import org.lsst.butlerbrowser.model.region.Region;
import org.lsst.butlerbrowser.model.region.RegionCodec;
import org.lsst.butlerbrowser.model.region.RegionOverlap;
import org.lsst.butlerbrowser.model.testing.Fixtures;
import org.lsst.butlerbrowser.model.testing.TestRepos;

/**
 * Region joins between spatial families, explicit ({@code visit.region OVERLAPS tract.region}) and
 * automatic (a tract named in a calexp query), against the exhaustive answer: every pair of the
 * regions daf_butler stored (its expected records, decoded from its own encoding) tested exactly.
 * So the htm7 narrowing must lose nothing and the keys must reach the query intact.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SpatialJoinTest {

    private static final String RUN = "HSC/runs/RC2/w_2026_34/DM-50002";
    private Registry registry;
    /** Each element's regions by its data ID written as "key=value,...". */
    private final Map<String, Map<String, Region>> regions = new LinkedHashMap<>();

    /** The fixture repo the registry and its expected records come from. */
    abstract String repo();

    @BeforeAll
    void open() {
        if (repo().equals(TestRepos.RC2_POSTGRES)) {
            TestRepos.assumePostgres();
        }
        registry = TestRepos.open(repo());
        for (JsonNode element : Fixtures.expected(repo(), "dimension_records.json").path("elements")) {
            String name = element.path("element").asText();
            if (List.of("visit", "visit_detector_region", "tract", "patch").contains(name)) {
                Map<String, Region> byId = new LinkedHashMap<>();
                List<String> keys = registry.universe().element(name).required();
                for (JsonNode r : element.path("records")) {
                    List<String> id = new ArrayList<>();
                    for (String k : keys) {
                        id.add(k + "=" + r.path(registry.universe().element(name).columnFor(k)).asText());
                    }
                    byId.put(String.join(",", id), RegionCodec.decode(
                            HexFormat.of().parseHex(r.path("region").path("encoded_hex").asText())));
                }
                regions.put(name, byId);
            }
        }
    }

    @AfterAll
    void close() {
        if (registry != null) {
            registry.close();
        }
    }

    /** The data-ID strings of each pair of the two elements whose regions overlap. */
    private Set<String> overlappingPairs(String a, String b) {
        Set<String> pairs = new TreeSet<>();
        regions.get(a).forEach((ida, ra) -> regions.get(b).forEach((idb, rb) -> {
            if (RegionOverlap.overlaps(ra, rb)) {
                pairs.add(ida + "," + idb);
            }
        }));
        return pairs;
    }

    private static Set<String> dataIds(ResultCursor<DataId> cursor, List<String> keys) {
        try (cursor) {
            return cursor.toList().stream()
                    .map(id -> keys.stream().map(k -> k + "=" + id.values().get(k)).collect(Collectors.joining(",")))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void dataIdsOfTwoSpatialFamiliesAreJoinedOnOverlappingRegionsAutomatically() {
        Set<String> expected = overlappingPairs("visit", "tract");
        assertFalse(expected.isEmpty());
        assertTrue(expected.size() < regions.get("visit").size() * regions.get("tract").size(), "not every pair overlaps");
        assertEquals(expected, dataIds(registry.queryDataIds(List.of("visit", "tract"), null, List.of(), WhereClause.NONE, 0),
                List.of("instrument", "visit", "skymap", "tract")));
    }

    @Test
    void theFinestRegionsOfEachFamilyAreTheOnesJoined() {
        Set<String> expected = overlappingPairs("visit_detector_region", "patch");
        assertFalse(expected.isEmpty());
        assertEquals(expected, dataIds(registry.queryDataIds(List.of("visit", "detector", "patch"), null, List.of(),
                WhereClause.NONE, 0), List.of("instrument", "detector", "visit", "skymap", "tract", "patch")));
    }

    @Test
    void anExplicitJoinSelectsRecordsOverlappingAnotherElementsRecord() {
        String tract = regions.get("tract").keySet().iterator().next();
        Set<String> expected = new TreeSet<>();
        overlappingPairs("visit", "tract").stream().filter(p -> p.endsWith(tract))
                .forEach(p -> expected.add(p.substring(0, p.indexOf(",skymap="))));
        assertFalse(expected.isEmpty());
        String tractId = tract.substring(tract.lastIndexOf('=') + 1);
        Set<String> ours = new TreeSet<>();
        try (ResultCursor<DimensionRecord> records = registry.queryDimensionRecords("visit",
                WhereClause.parse("visit.region OVERLAPS tract.region AND skymap = 'hsc_rings_v1' AND tract = " + tractId), 0)) {
            records.forEachRemaining(r -> ours.add("instrument=" + r.get("instrument") + ",visit=" + r.get("id")));
        }
        assertEquals(expected, ours);
    }

    @Test
    void namingATractInADatasetQueryKeepsTheDatasetsWhoseDetectorsOverlapIt() {
        String tract = regions.get("tract").keySet().iterator().next();
        Set<String> detectors = new TreeSet<>();
        overlappingPairs("visit_detector_region", "tract").stream().filter(p -> p.endsWith(tract))
                .forEach(p -> detectors.add(p.substring(0, p.indexOf(",skymap="))));
        Set<String> expected = new TreeSet<>();
        Set<String> ours = new TreeSet<>();
        try (ResultCursor<DatasetRef> all = registry.queryDatasets(
                new DatasetQuery(List.of("calexp"), List.of(RUN), false, WhereClause.NONE, 0))) {
            all.forEachRemaining(ref -> {
                if (detectors.contains(vdrKey(ref.dataId()))) {
                    expected.add(ref.id().toString());
                }
            });
        }
        String tractId = tract.substring(tract.lastIndexOf('=') + 1);
        try (ResultCursor<DatasetRef> found = registry.queryDatasets(new DatasetQuery(List.of("calexp"), List.of(RUN), false,
                WhereClause.parse("skymap = 'hsc_rings_v1' AND tract = " + tractId), 0))) {
            found.forEachRemaining(ref -> ours.add(ref.id().toString()));
        }
        assertFalse(expected.isEmpty());
        assertEquals(expected, ours);
    }

    private static String vdrKey(DataId id) {
        return "instrument=" + id.values().get("instrument") + ",detector=" + id.values().get("detector")
                + ",visit=" + id.values().get("visit");
    }

    @Test
    void aJoinInsideOrIsRefusedAtItsPlaceAsDafButlerRefusesIt() {
        String text = "visit = 318 OR visit.region OVERLAPS tract.region";
        ExpressionException e = assertThrows(ExpressionException.class,
                () -> registry.countDimensionRecords("visit", WhereClause.parse(text)));
        assertTrue(e.getMessage().contains("OR or NOT"), e.getMessage());
        assertEquals(text.indexOf("visit.region"), e.start());
    }

    @Test
    void aJoinWithinOneFamilyIsRefusedAsUnneeded() {
        ExpressionException e = assertThrows(ExpressionException.class,
                () -> registry.countDimensionRecords("visit", WhereClause.parse("visit.region OVERLAPS visit_detector_region.region")));
        assertTrue(e.getMessage().contains("observation_regions"), e.getMessage());
    }
}
