package org.lsst.butlerbrowser.model.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lsst.butlerbrowser.model.registry.DatasetQuery.SortKey;
import org.lsst.butlerbrowser.model.testing.Fixtures;
import org.lsst.butlerbrowser.model.testing.TestRepos;

/**
 * Datasets in the order a browser asks for, sorted by the database on both backends, compared with
 * daf_butler's answers sorted the same way here.
 */
class DatasetOrderTest {

    private static Registry open(String repo) {
        if (repo.equals(TestRepos.RC2_POSTGRES)) {
            TestRepos.assumePostgres();
        }
        return TestRepos.open(repo);
    }

    private static List<DatasetRef> query(Registry registry, String type, String collection, List<SortKey> order) {
        try (ResultCursor<DatasetRef> rows = registry.queryDatasets(
                DatasetQuery.of(type, List.of(collection), false).withOrderBy(order))) {
            return rows.toList();
        }
    }

    private static Long nsec(JsonNode value) {
        return value.isNull() ? null : value.asLong();
    }

    @ParameterizedTest
    @ValueSource(strings = {TestRepos.RC2_SQLITE, TestRepos.RC2_POSTGRES})
    void certificationsByValidityNewestFirstThenDetector(String repo) {
        String calib = "HSC/calib/DM-50000";
        List<List<Object>> expected = new ArrayList<>();
        for (JsonNode c : Fixtures.expected(repo, "certifications.json").get("by_collection").get(calib)) {
            if (c.get("dataset_type").asText().equals("bias")) {
                expected.add(java.util.Arrays.asList(nsec(c.get("timespan").get("begin_nsec")),
                        nsec(c.get("timespan").get("end_nsec")), c.get("data_id").get("detector").asLong()));
            }
        }
        Comparator<List<Object>> newestFirst = Comparator.comparing((List<Object> r) -> (Long) r.get(0)).reversed();
        expected.sort(newestFirst.thenComparing(r -> (Long) r.get(2)));
        try (Registry registry = open(repo)) {
            List<List<Object>> rows = query(registry, "bias", calib,
                    List.of(new SortKey(SortKey.VALIDITY, true), SortKey.ascending("detector"))).stream()
                    .map(r -> java.util.Arrays.<Object>asList(r.validity().beginNsec(), r.validity().endNsec(),
                            r.dataId().get("detector"))).toList();
            assertEquals(expected, rows);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {TestRepos.RC2_SQLITE, TestRepos.RC2_POSTGRES})
    void chainByRunThenImpliedBandThenRequiredKeys(String repo) {
        String chain = "HSC/runs/RC2";
        Map<String, JsonNode> datasets = new HashMap<>();
        Fixtures.expected(repo, "datasets.json").get("datasets").forEach(d -> datasets.put(d.get("uuid").asText(), d));
        List<List<Object>> expected = new ArrayList<>();
        Fixtures.expected(repo, "datasets_by_collection.json").get("chained").get(chain).get("all").get("calexp")
                .forEach(u -> {
                    JsonNode d = datasets.get(u.asText());
                    expected.add(List.of(d.get("run").asText(), d.get("data_id_full").get("band").asText(),
                            d.get("data_id").get("visit").asLong(), d.get("data_id").get("detector").asLong()));
                });
        Comparator<List<Object>> byRun = Comparator.comparing((List<Object> r) -> (String) r.get(0)).reversed();
        expected.sort(byRun.thenComparing(r -> (String) r.get(1)).thenComparing(r -> (Long) r.get(2))
                .thenComparing(r -> (Long) r.get(3)));
        try (Registry registry = open(repo)) {
            List<List<Object>> rows = query(registry, "calexp", chain, List.of(new SortKey(SortKey.RUN, true),
                    SortKey.ascending("band"), SortKey.ascending("visit"), SortKey.ascending("detector"))).stream()
                    .map(r -> List.of(r.run(), r.dataId().get("band"), r.dataId().get("visit"), r.dataId().get("detector")))
                    .toList();
            assertEquals(expected, rows);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {TestRepos.RC2_SQLITE})
    void aColumnTheTypeLacksIsRefusedNamingItsDimensions(String repo) {
        try (Registry registry = open(repo)) {
            RegistryException e = assertThrows(RegistryException.class, () -> query(registry, "bias",
                    "HSC/calib/DM-50000", List.of(SortKey.ascending("visit"))));
            assertTrue(e.getMessage().contains("cannot be sorted by 'visit'"), e.getMessage());
            assertTrue(e.getMessage().contains("instrument, detector"), e.getMessage());
        }
    }
}
