package org.lsst.butlerbrowser.app.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lsst.butlerbrowser.model.region.Region;
import org.lsst.butlerbrowser.model.region.RegionCodec;
import org.lsst.butlerbrowser.model.registry.Collection;
import org.lsst.butlerbrowser.model.registry.DatasetQuery;
import org.lsst.butlerbrowser.model.registry.DatasetType;
import org.lsst.butlerbrowser.model.registry.Registry;
import org.lsst.butlerbrowser.model.registry.ResultCursor;
import org.lsst.butlerbrowser.model.registry.WhereClause;
import org.lsst.butlerbrowser.model.repo.RepoLocation;
import org.lsst.butlerbrowser.model.repo.RepoResolver;

/**
 * The measurements of the issue, each through the public Registry API a view uses, each beside
 * the sqlite3 floor for the same SQL: opening, chain flattening, counts, a first page, a
 * find-first search and region decoding.
 */
final class RegistryBenchmarks {

    private static final String TYPE = "calexp";
    private static final int PAGE = 1_000;
    private static final String REGIONS = "regions";

    private final Path repo;
    private final RepoLocation location;
    private final SqliteShell shell;
    private final int warmups;
    private final int runs;
    private final PrintWriter log;
    private final List<Measurement> results = new ArrayList<>();
    private String pending;

    RegistryBenchmarks(Path repo, SqliteShell shell, int warmups, int runs, PrintWriter log) {
        this.repo = repo;
        this.location = RepoResolver.forSystemEnvironment().resolve(repo.toString());
        this.shell = shell;
        this.warmups = warmups;
        this.runs = runs;
        this.log = log;
    }

    List<Measurement> run() throws Exception {
        // Registries are closed after the timing: a user waits for the collections, not for the pool to shut down.
        List<Registry> opened = new ArrayList<>();
        try {
            measure("open + list collections", RegistrySql.OPEN, false, Goal.maxMillis(300), () -> {
                Registry r = Registry.open(location);
                opened.add(r);
                return r.collections().all().size();
            });
        } finally {
            opened.forEach(Registry::close);
        }
        start("open + list collections, cold JVM (query-collections process − --version process)");
        add(new ColdStart(repo).measure(warmups, runs), null, false, Goal.maxMillis(300), null);
        try (Registry registry = Registry.open(location)) {
            List<Collection> chains = registry.collections().all().stream().filter(Collection::isChain).toList();
            measure("flatten every chain (" + chains.size() + " chains)", RegistrySql.FLATTEN_CHAINS, true, Goal.withinFloor(2),
                    () -> chains.stream().mapToLong(c -> registry.collections().flatten(c.name()).size()).sum());
            measureDatasets(registry);
            measureWhere(registry);
            measureRegions(registry);
        }
        return results;
    }

    private void measureDatasets(Registry registry) throws Exception {
        List<String> counted = registry.countDatasetsSql(
                new DatasetQuery(List.of("*"), List.of(CollectionPlan.TOP), false, WhereClause.NONE, 0));
        measure("dataset counts per type in " + CollectionPlan.TOP, String.join("; ", counted), true,
                Goal.withinFloor(2), () -> registry.datasetCounts(CollectionPlan.TOP).size());
        List<Collection> all = holding(registry, TYPE, CollectionPlan.TOP);
        Goal page = Goal.maxMillis(100).and(Goal.withinFloor(2));
        // The registry asks for one row more than the page (to tell whether the answer goes on), so
        // the floor returns 1,001 rows where the page holds 1,000: the row counts are not compared.
        measure("first 1,000 calexp in " + CollectionPlan.TOP + " (3-level chain)",
                sql(registry, pageQuery(false)), false, page, () -> firstPage(registry, false));
        measure("first 1,000 calexp in " + CollectionPlan.TOP + ", find-first",
                sql(registry, pageQuery(true)), false, page, () -> firstPage(registry, true));
        List<Collection> three = all.subList(0, 3);
        DatasetQuery findFirst = new DatasetQuery(List.of(TYPE), three.stream().map(Collection::name).toList(), true,
                WhereClause.NONE, 0);
        measure("find-first calexp over 3 runs, every row", sql(registry, findFirst), true,
                Goal.withinFloor(2), () -> drain(registry.queryDatasets(findFirst)));
    }

    /** The floor runs exactly the statements the registry runs (values written in). */
    private static String sql(Registry registry, DatasetQuery query) {
        return String.join("; ", registry.datasetsSql(query));
    }

    private static DatasetQuery pageQuery(boolean findFirst) {
        return new DatasetQuery(List.of(TYPE), List.of(CollectionPlan.TOP), findFirst, WhereClause.NONE, PAGE);
    }

    /** A visit range, a band and a night window, the query-language issue's example. */
    private static final String WHERE = "visit IN (1000000..1010000) AND band = 'i'"
            + " AND day_obs >= 20150601 AND day_obs <= 20150930";

    /**
     * The first page of calexps under the where-clause, against the SQL a person would write for it
     * by hand: the tags table joined to visit and physical_filter, the runs of the chain listed.
     */
    private void measureWhere(Registry registry) throws Exception {
        DatasetQuery query = new DatasetQuery(List.of(TYPE), List.of(CollectionPlan.TOP), false,
                WhereClause.parse(WHERE), PAGE);
        List<Collection> runs = holding(registry, TYPE, CollectionPlan.TOP);
        String runIds = String.join(", ", runs.stream().map(c -> Long.toString(c.id())).toList());
        String handWritten = "SELECT t.dataset_id, t.collection_id, t.instrument, t.detector, t.visit, p.band,"
                + " v.day_obs, v.physical_filter FROM dataset_tags_00000002 t"
                + " JOIN visit v ON v.instrument = t.instrument AND v.id = t.visit"
                + " JOIN physical_filter p ON p.instrument = v.instrument AND p.name = v.physical_filter"
                + " WHERE t.dataset_type_id = " + registry.datasetType(TYPE).id() + " AND t.collection_id IN (" + runIds + ")"
                + " AND t.visit BETWEEN 1000000 AND 1010000 AND p.band = 'i'"
                + " AND v.day_obs BETWEEN 20150601 AND 20150930 LIMIT " + PAGE;
        measure("first 1,000 calexp in " + CollectionPlan.TOP + " with " + WHERE, handWritten, true,
                Goal.maxMillis(150).and(Goal.withinFloor(2)), () -> {
                    try (ResultCursor<?> rows = registry.queryDatasets(query)) {
                        return rows.take(PAGE).size();
                    }
                });
    }

    private long firstPage(Registry registry, boolean findFirst) {
        try (ResultCursor<?> rows = registry.queryDatasets(pageQuery(findFirst))) {
            return rows.take(PAGE).size();
        }
    }

    /** The search path Registry builds for a type: the flattened chain less the runs whose summary lacks the type. */
    private static List<Collection> holding(Registry registry, String type, String collection) {
        return registry.collections().flatten(collection).stream()
                .filter(c -> registry.summaryDatasetTypes(c.name()).contains(type)).toList();
    }

    private void measureRegions(Registry registry) throws Exception {
        // The goal for regions is the decode rate; the floor is shown beside it because
        // reading 400,000 rows through sqlite-jdbc costs more than the C shell (see benchmarks.md).
        measure("read + decode every visit_detector_region (queryDimensionRecords)",
                registry.dimensionRecordsSql("visit_detector_region", WhereClause.NONE, 0),
                true, Goal.minRate(1e6, REGIONS), REGIONS,
                () -> drain(registry.queryDimensionRecords("visit_detector_region", WhereClause.NONE, 0)));
        List<String> texts = regionTexts(registry);
        measure("decode every visit_detector_region (decode alone)", null, false, Goal.minRate(1e6, REGIONS), REGIONS, () -> {
            List<Region> regions = new ArrayList<>(texts.size()); // kept, as a view would, so no work can be skipped
            for (String text : texts) {
                regions.add(RegionCodec.decodeBase64(text));
            }
            return regions.size();
        });
    }

    private static List<String> regionTexts(Registry registry) throws SQLException {
        List<String> texts = new ArrayList<>();
        try (Connection c = registry.database().connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT region FROM visit_detector_region WHERE region IS NOT NULL")) {
            while (rs.next()) {
                texts.add(rs.getString(1));
            }
        }
        return texts;
    }

    private void measure(String name, String floorSql, boolean sameRows, Goal goal, Timing.Action action) throws Exception {
        measure(name, floorSql, sameRows, goal, null, action);
    }

    private void measure(String name, String floorSql, boolean sameRows, Goal goal, String unit, Timing.Action action)
            throws Exception {
        start(name);
        add(Timing.measure(warmups, runs, action), floorSql, sameRows, goal, unit);
    }

    private void start(String name) {
        pending = name;
        log.printf("  %-90s", name);
        log.flush();
    }

    /** Completes the measurement started last with our timing and, when there is SQL, its floor. */
    private void add(Timing ours, String floorSql, boolean sameRows, Goal goal, String unit) throws Exception {
        Timing floor = floorSql == null ? null : shell.floor(floorSql, warmups, runs);
        log.printf(Locale.ROOT, " %10.2f ms%s%n", ours.medianMs(), floor == null ? "" : String.format(Locale.ROOT,
                "  (floor %.2f ms)", floor.medianMs()));
        results.add(new Measurement(pending, ours, floor, sameRows, goal, unit));
    }

    /** Reads a cursor to the end, as a view listing every row would. */
    private static long drain(ResultCursor<?> rows) {
        try (rows) {
            long n = 0;
            while (rows.hasNext()) {
                rows.next();
                n++;
            }
            return n;
        }
    }
}
