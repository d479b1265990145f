package org.lsst.butlerbrowser.model.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lsst.butlerbrowser.model.db.Backend;
import org.lsst.butlerbrowser.model.repo.SqliteRepo;
import org.lsst.butlerbrowser.model.testing.Fixtures;
import org.lsst.butlerbrowser.model.testing.TestRepos;

/** The staff view's health checks against daf_butler's own summaries of the fixture repos. */
class RegistryHealthTest {

    private static Registry open(String repo) {
        if (repo.equals(TestRepos.RC2_POSTGRES)) {
            TestRepos.assumePostgres();
        }
        return TestRepos.open(repo);
    }

    /** RUN collections to which summary.json's datasets_per_run assigns no dataset. */
    private static List<String> expectedEmptyRuns(String repo) {
        JsonNode summary = Fixtures.expected(repo, "summary.json");
        List<String> runs = new ArrayList<>();
        summary.path("collection_types").fields().forEachRemaining(e -> {
            if (e.getValue().asText().equals("RUN") && summary.path("datasets_per_run").path(e.getKey()).asLong(0) == 0) {
                runs.add(e.getKey());
            }
        });
        return runs.stream().sorted().toList();
    }

    /** Dataset types that dataset_types.json lists and summary.json counts no dataset of. */
    private static List<String> expectedUnusedTypes(String repo) {
        JsonNode perType = Fixtures.expected(repo, "summary.json").path("datasets_per_type");
        List<String> unused = new ArrayList<>();
        for (JsonNode t : Fixtures.expected(repo, "dataset_types.json").path("dataset_types")) {
            String name = t.path("name").asText();
            if (perType.path(name).asLong(0) == 0) {
                unused.add(name);
            }
        }
        return unused.stream().sorted().toList();
    }

    /** Chain rows in the table minus the children daf_butler resolves to collections. */
    private static long expectedDanglingCount(String repo) {
        long rows = Fixtures.expected(repo, "summary.json").path("table_row_counts").path("collection_chain").asLong();
        long listed = 0;
        for (JsonNode c : Fixtures.expected(repo, "collections.json").path("collections")) {
            listed += c.path("children").size();
        }
        return rows - listed;
    }

    /** Chains of collections.json that reach themselves through their children. */
    private static List<String> expectedCycles(String repo) {
        Map<String, List<String>> children = new HashMap<>();
        for (JsonNode c : Fixtures.expected(repo, "collections.json").path("collections")) {
            List<String> kids = new ArrayList<>();
            c.path("children").forEach(k -> kids.add(k.asText()));
            children.put(c.path("name").asText(), kids);
        }
        return children.keySet().stream().filter(name -> reaches(children, name, name, new HashSet<>())).sorted().toList();
    }

    private static boolean reaches(Map<String, List<String>> children, String from, String target, Set<String> seen) {
        for (String child : children.getOrDefault(from, List.of())) {
            if (child.equals(target) || seen.add(child) && reaches(children, child, target, seen)) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest
    @ValueSource(strings = {TestRepos.RC2_SQLITE, TestRepos.OLD_UNIVERSE, TestRepos.RC2_POSTGRES})
    void healthMatchesDafButlersSummaries(String repo) {
        try (Registry registry = open(repo)) {
            RegistryHealth health = RegistryHealth.check(registry);
            assertEquals(expectedEmptyRuns(repo), health.emptyRuns(), "runs holding no datasets");
            assertEquals(expectedUnusedTypes(repo), health.unusedDatasetTypes(), "dataset types with no datasets");
            assertEquals(expectedDanglingCount(repo), health.danglingChildren().size(), "dangling chain children");
            assertEquals(expectedCycles(repo), health.cycles(), "chain cycles");
        }
    }

    @Test
    void rc2ScratchRunIsTheOnlyEmptyRun() {
        assertEquals(List.of("u/jdoe/scratch"), expectedEmptyRuns(TestRepos.RC2_SQLITE), "the fixture's answer");
        try (Registry registry = open(TestRepos.RC2_SQLITE)) {
            assertEquals(List.of("u/jdoe/scratch"), RegistryHealth.check(registry).emptyRuns());
        }
    }

    @Test
    void damagedCopyReportsDanglingChildCyclesAndUnusedType(@TempDir Path dir) throws IOException, SQLException {
        Path copy = dir.resolve("gen3.sqlite3");
        Files.copy(Fixtures.registry(TestRepos.OLD_UNIVERSE).resolve("gen3.sqlite3"), copy);
        long defaults = collectionId(TestRepos.OLD_UNIVERSE, "OldCam/defaults");
        long runsChain = collectionId(TestRepos.OLD_UNIVERSE, "OldCam/runs/v1/chain");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO collection_chain (parent, position, child) VALUES (" + defaults + ", 7, 9999)");
            // OldCam/runs/v1/chain already searches OldCam/defaults; this closes the loop
            st.executeUpdate("INSERT INTO collection_chain (parent, position, child) VALUES (" + defaults + ", 8, "
                    + runsChain + ")");
            st.executeUpdate("DELETE FROM dataset WHERE dataset_type_id = (SELECT id FROM dataset_type WHERE name = 'packages')");
        }
        try (Registry registry = Registry.open(new SqliteRepo(copy, null, copy.toString()))) {
            RegistryHealth health = RegistryHealth.check(registry);
            assertEquals(List.of(new RegistryHealth.DanglingChild("OldCam/defaults", 7, 9999)), health.danglingChildren());
            assertEquals(List.of("OldCam/defaults", "OldCam/runs/v1/chain"), health.cycles());
            assertEquals(List.of("packages"), health.unusedDatasetTypes());
        }
    }

    private static long collectionId(String repo, String name) {
        for (JsonNode c : Fixtures.expected(repo, "collections.json").path("collections")) {
            if (c.path("name").asText().equals(name)) {
                return c.path("db").path("collection_id").asLong();
            }
        }
        throw new IllegalArgumentException(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {TestRepos.RC2_SQLITE, TestRepos.OLD_UNIVERSE, TestRepos.RC2_POSTGRES})
    void everyTableHasASizeOnDisk(String repo) throws IOException {
        try (Registry registry = open(repo)) {
            Map<String, Long> sizes = registry.tableSizes();
            Set<String> tables = new HashSet<>();
            Fixtures.expected(repo, "summary.json").path("table_row_counts").fieldNames().forEachRemaining(tables::add);
            assertTrue(sizes.keySet().containsAll(tables), "sizes for " + tables + ": " + sizes.keySet());
            long total = sizes.values().stream().mapToLong(Long::longValue).sum();
            assertTrue(total > 0, "total " + total);
            if (registry.backend() == Backend.SQLITE) {
                long file = Files.size(((SqliteRepo) TestRepos.location(repo)).databaseFile());
                assertTrue(total <= file, total + " bytes of tables in a file of " + file);
                assertTrue(sizes.values().stream().allMatch(s -> s > 0), "every b-tree has a page: " + sizes);
            }
        }
    }
}
