package org.lsst.butlerbrowser.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.PrintWriter;
import java.io.Writer;
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

    private static String digest(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
