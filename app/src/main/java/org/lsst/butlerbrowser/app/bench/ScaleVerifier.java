package org.lsst.butlerbrowser.app.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lsst.butlerbrowser.model.region.ConvexPolygon;
import org.lsst.butlerbrowser.model.region.Region;
import org.lsst.butlerbrowser.model.region.RegionCodec;
import org.lsst.butlerbrowser.model.region.UnitVector3d;
import org.lsst.butlerbrowser.model.registry.Collection;
import org.lsst.butlerbrowser.model.registry.DatasetQuery;
import org.lsst.butlerbrowser.model.registry.Registry;
import org.lsst.butlerbrowser.model.repo.RepoResolver;

/**
 * Checks a freshly built scale registry the way the oracle tests check the fixtures: it opens with
 * {@link Registry#open}, the top chain flattens to the planned runs, every run holds exactly the
 * datasets planned (counted through the registry), each tags row of a RUN member carries its
 * dataset's run and type, every visit region contains its pointing, and SQLite finds no broken
 * foreign key and no corruption.
 */
final class ScaleVerifier {

    private final ScaleSpec spec;
    private final FixtureFacts facts;
    private final CollectionPlan plan;

    ScaleVerifier(ScaleSpec spec, FixtureFacts facts) {
        this.spec = spec;
        this.facts = facts;
        this.plan = new CollectionPlan(spec);
    }

    void verify(Path repo) throws SQLException {
        try (Registry registry = Registry.open(RepoResolver.forSystemEnvironment().resolve(repo.toString()))) {
            checkCollections(registry);
            checkCounts(registry);
            try (Connection c = registry.database().connection()) {
                checkRows(c);
                checkTags(c);
                checkRegions(c);
                checkDatabase(c);
            }
        }
    }

    private void checkCollections(Registry registry) {
        List<String> expected = new ArrayList<>(plan.processingRuns());
        expected.add(CollectionPlan.RAW_RUN);
        List<String> flattened = registry.collections().flatten(CollectionPlan.TOP).stream().map(Collection::name).toList();
        require(flattened.equals(expected), CollectionPlan.TOP + " flattens to " + flattened.size()
                + " collections, not the " + expected.size() + " planned runs in order");
    }

    private void checkCounts(Registry registry) {
        for (String run : plan.processingRuns()) {
            expectCount(registry, "calexp", run, spec.calexpsPerRun());
            expectCount(registry, "sourceTable_visit", run, spec.visitsPerRun());
        }
        expectCount(registry, "raw", CollectionPlan.RAW_RUN, spec.detectorRegions());
        Map<String, Long> counts = registry.datasetCounts(CollectionPlan.TOP);
        Map<String, Long> expected = Map.of("calexp", spec.processingRuns() * spec.calexpsPerRun(),
                "raw", spec.detectorRegions(), "sourceTable_visit", (long) spec.processingRuns() * spec.visitsPerRun());
        require(counts.equals(expected), "dataset counts of " + CollectionPlan.TOP + " are " + counts + ", expected " + expected);
    }

    private void expectCount(Registry registry, String type, String run, long expected) {
        long n = registry.countDatasets(DatasetQuery.of(type, List.of(run), false));
        require(n == expected, run + " holds " + n + " " + type + " datasets, expected " + expected);
    }

    private void checkRows(Connection c) throws SQLException {
        String newVisits = " WHERE instrument = 'HSC' AND visit >= " + facts.firstVisitId();
        expectRows(c, "SELECT COUNT(*) FROM visit WHERE instrument = 'HSC' AND id >= " + facts.firstVisitId()
                + " AND region IS NOT NULL AND timespan_begin < timespan_end", spec.visits());
        expectRows(c, "SELECT COUNT(*) FROM visit_definition" + newVisits, spec.visits());
        expectRows(c, "SELECT COUNT(*) FROM visit_system_membership" + newVisits, spec.visits());
        expectRows(c, "SELECT COUNT(*) FROM visit_detector_region" + newVisits + " AND region IS NOT NULL",
                spec.detectorRegions());
        expectRows(c, "SELECT COUNT(*) FROM dataset WHERE run_id >= " + facts.firstCollectionId(), spec.datasets());
    }

    /** With (dataset_id, collection_id) unique, matching counts plus matching runs mean one tags row per dataset, in its run. */
    private void checkTags(Connection c) throws SQLException {
        long rows = 0;
        for (String type : List.of("raw", "calexp", "sourceTable_visit")) {
            String table = facts.type(type).tagTable();
            expectRows(c, "SELECT COUNT(*) FROM " + table + " t JOIN collection c ON c.collection_id = t.collection_id"
                    + " JOIN dataset d ON d.id = t.dataset_id WHERE c.type = 1"
                    + " AND (t.collection_id <> d.run_id OR t.dataset_type_id <> d.dataset_type_id)", 0);
            rows += count(c, "SELECT COUNT(*) FROM " + table + " WHERE collection_id >= " + facts.firstCollectionId());
        }
        require(rows == spec.datasets(), "the tags tables hold " + rows + " rows in the new runs, expected " + spec.datasets());
    }

    private void checkRegions(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT v.id, v.region, e.tracking_ra, e.tracking_dec FROM visit v JOIN exposure e"
                        + " ON e.instrument = v.instrument AND e.id = v.id WHERE v.instrument = 'HSC' AND v.id >= "
                        + facts.firstVisitId())) {
            while (rs.next()) {
                Region region = RegionCodec.decodeBase64(rs.getString(2));
                UnitVector3d pointing = UnitVector3d.fromLonLatDegrees(rs.getDouble(3), rs.getDouble(4));
                require(region instanceof ConvexPolygon p && p.vertices().size() == 4 && p.contains(pointing),
                        "the region of visit " + rs.getLong(1) + " is not a 4-vertex polygon around its pointing");
            }
        }
    }

    private static void checkDatabase(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
                if (rs.next()) {
                    throw new IllegalStateException("scale registry check failed: PRAGMA foreign_key_check reports a"
                            + " broken foreign key in " + rs.getString(1) + " (row " + rs.getLong(2) + ")");
                }
            }
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                require("ok".equals(rs.getString(1)), "PRAGMA integrity_check: " + rs.getString(1));
            }
        }
    }

    private static void expectRows(Connection c, String sql, long expected) throws SQLException {
        long n = count(c, sql);
        require(n == expected, "expected " + expected + " but found " + n + ": " + sql);
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException("scale registry check failed: " + problem);
        }
    }
}
