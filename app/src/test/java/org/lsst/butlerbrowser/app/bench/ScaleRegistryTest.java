package org.lsst.butlerbrowser.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.PrintWriter;
import java.io.Writer;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lsst.butlerbrowser.model.registry.Collection;
import org.lsst.butlerbrowser.model.registry.DatasetQuery;
import org.lsst.butlerbrowser.model.registry.DatasetType;
import org.lsst.butlerbrowser.model.registry.Registry;
import org.lsst.butlerbrowser.model.registry.WhereClause;
import org.lsst.butlerbrowser.model.repo.RepoResolver;

/** A tiny scale registry (50 visits, 1,000 datasets) built from the rc2 fixture, as the benchmark builds the big one. */
class ScaleRegistryTest {

    /** 50 visits × 4 detectors; 8 runs of 20 visits each, 6 visits apart, in chains 3 levels deep. */
    private static final ScaleSpec TINY = new ScaleSpec(50, 4, 2, 2, 2, 20);
    private static final int FIXTURE_VISITS = 160;
    private static final int FIXTURE_DETECTOR_REGIONS = 1132;

    @TempDir
    static Path dir;
    private static String fixtureDigest;
    private static ScaleMarker built;

    @BeforeAll
    static void build() throws Exception {
        fixtureDigest = digest(ProjectPaths.fixture().resolve(ScaleRegistryBuilder.DATABASE));
        built = builder().ensure(false);
    }

    private static ScaleRegistryBuilder builder() {
        return new ScaleRegistryBuilder(ProjectPaths.fixture(), dir, TINY, new PrintWriter(Writer.nullWriter()));
    }

    private static Registry open() {
        return Registry.open(RepoResolver.forSystemEnvironment().resolve(dir.toString()));
    }

    @Test
    void opensWithTheCollectionsAndCountsItWasBuiltWith() {
        assertEquals(1_000, TINY.datasets());
        try (Registry registry = open()) {
            List<String> runs = new ArrayList<>(new CollectionPlan(TINY).processingRuns());
            runs.add(CollectionPlan.RAW_RUN);
            assertEquals(runs, registry.collections().flatten(CollectionPlan.TOP).stream().map(Collection::name).toList());
            assertEquals("scale/group_1/sub_0/run_1", runs.get(5));
            assertEquals(Map.of("calexp", 640L, "raw", 200L, "sourceTable_visit", 160L),
                    registry.datasetCounts(CollectionPlan.TOP));
            assertEquals(FIXTURE_VISITS + 50, registry.countDimensionRecords("visit", WhereClause.NONE));
            assertEquals(FIXTURE_DETECTOR_REGIONS + 200,
                    registry.countDimensionRecords("visit_detector_region", WhereClause.NONE));
            // Runs 0-2 hold visits 0-19, 6-25 and 12-31: 32 distinct visits × 4 detectors when found first.
            DatasetQuery firstThree = new DatasetQuery(List.of("calexp"), runs.subList(0, 3), true, WhereClause.NONE, 0);
            assertEquals(32 * 4, registry.countDatasets(firstThree));
        }
    }

    @Test
    void leavesTheFixtureUntouched() throws Exception {
        assertEquals(fixtureDigest, digest(ProjectPaths.fixture().resolve(ScaleRegistryBuilder.DATABASE)));
    }

    @Test
    void reusesACompleteRegistryAndRebuildsOnRequest() throws Exception {
        assertEquals(built.builtAt(), builder().ensure(false).builtAt());
        assertNotEquals(built.builtAt(), builder().ensure(true).builtAt());
    }

    /**
     * The floor is only honest if sqlite3 runs our exact SQL. DatasetsReader and DimensionRecordsReader
     * expose no statements, so (in this test only) they are read reflectively and compared with the
     * benchmark's copies.
     */
    @Test
    void benchmarkSqlIsTheSqlTheRegistryRuns() throws Exception {
        try (Registry registry = open()) {
            Object datasets = field(registry, "datasets");
            DatasetType calexp = registry.datasetType("calexp");
            List<Collection> path = holding(registry, "calexp");
            WhereClause none = WhereClause.NONE;
            Method select = method(datasets, "select", DatasetType.class, List.class, boolean.class, WhereClause.class,
                    long.class);
            assertEquals(DatasetSql.select(calexp, path, false, 1000),
                    inline(select.invoke(datasets, calexp, path, false, none, 1000L)));
            assertEquals(DatasetSql.select(calexp, path, true, 1000),
                    inline(select.invoke(datasets, calexp, path, true, none, 1000L)));
            List<Collection> three = path.subList(0, 3);
            assertEquals(DatasetSql.select(calexp, three, true, 0), inline(select.invoke(datasets, calexp, three, true, none, 0L)));
            Method count = method(datasets, "count", DatasetType.class, List.class, boolean.class, WhereClause.class);
            for (String name : List.of("calexp", "raw", "sourceTable_visit")) {
                DatasetType type = registry.datasetType(name);
                List<Collection> holding = holding(registry, name);
                assertEquals(DatasetSql.count(type, holding), inline(count.invoke(datasets, type, holding, false, none)));
            }
            Object records = field(registry, "records");
            Method recordSelect = method(records, "select", String.class, WhereClause.class, long.class);
            assertEquals(RegistrySql.DETECTOR_REGIONS, inline(recordSelect.invoke(records, "visit_detector_region", none, 0L)));
        }
    }

    private static List<Collection> holding(Registry registry, String type) {
        return registry.collections().flatten(CollectionPlan.TOP).stream()
                .filter(c -> registry.summaryDatasetTypes(c.name()).contains(type)).toList();
    }

    /** An SqlQuery's text with its parameters written in, as the benchmark hands it to sqlite3. */
    private static String inline(Object sqlQuery) throws Exception {
        String sql = (String) method(sqlQuery, "sql").invoke(sqlQuery);
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (Object p : (List<?>) method(sqlQuery, "parameters").invoke(sqlQuery)) {
            int at = sql.indexOf('?', from);
            out.append(sql, from, at).append(p);
            from = at + 1;
        }
        return out.append(sql.substring(from)).toString();
    }

    private static Object field(Object owner, String name) throws Exception {
        Field f = owner.getClass().getDeclaredField(name);
        f.setAccessible(true);
        return f.get(owner);
    }

    private static Method method(Object owner, String name, Class<?>... parameters) throws Exception {
        Method m = owner.getClass().getDeclaredMethod(name, parameters);
        m.setAccessible(true);
        return m;
    }

    private static String digest(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
