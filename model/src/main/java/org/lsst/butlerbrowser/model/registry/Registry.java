package org.lsst.butlerbrowser.model.registry;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lsst.butlerbrowser.model.db.Backend;
import org.lsst.butlerbrowser.model.db.DatabaseException;
import org.lsst.butlerbrowser.model.db.RegistryDatabase;
import org.lsst.butlerbrowser.model.db.Timeouts;
import org.lsst.butlerbrowser.model.repo.RepoLocation;
import org.lsst.butlerbrowser.model.obscore.ObsCoreRow;
import org.lsst.butlerbrowser.model.universe.DimensionUniverse;
import org.lsst.butlerbrowser.model.universe.UniverseReader;

/**
 * A Butler registry opened read-only: its managers and universe, collections and dataset types
 * (read once at open, as they are small), and queries for datasets, dimension records and ObsCore
 * rows that stream from the database.
 */
public final class Registry implements AutoCloseable {

    /** The file datastore's records table as butler create names it. */
    private static final String DATASTORE_RECORDS = "file_datastore_records";

    private final RegistryDatabase database;
    private final ButlerAttributes attributes;
    private final DimensionUniverse universe;
    private final CollectionGraph collections;
    private final Map<String, DatasetType> datasetTypes;
    private final Map<Long, Set<Long>> summaries;
    private final DatasetsReader datasets;
    private final DimensionRecordsReader records;
    private final DataIdsReader dataIds;
    /** Read once at open like the collections: registries do not gain tables while being browsed. */
    private final List<String> tables;

    private Registry(RegistryDatabase database, ButlerAttributes attributes, DimensionUniverse universe,
                     CollectionGraph collections, List<DatasetType> types, Map<Long, Set<Long>> summaries) {
        this.database = database;
        this.attributes = attributes;
        this.universe = universe;
        this.collections = collections;
        Map<String, DatasetType> byName = new LinkedHashMap<>();
        types.forEach(t -> byName.put(t.name(), t));
        this.datasetTypes = byName;
        this.summaries = summaries;
        this.tables = readTableNames();
        SpatialOverlaps spatial = new SpatialOverlaps(database, universe, tables);
        this.datasets = new DatasetsReader(universe, database.dialect(), collections, spatial);
        this.records = new DimensionRecordsReader(universe, database.dialect(), spatial);
        this.dataIds = new DataIdsReader(universe, database.dialect(), spatial);
    }

    /** Opens the registry at a repo location, read-only. */
    public static Registry open(RepoLocation location) {
        return open(RegistryDatabase.open(location, Timeouts.DEFAULT));
    }

    /**
     * Reads a registry from an open database; the database is closed if it is not a registry this
     * version can read.
     */
    public static Registry open(RegistryDatabase database) {
        try (Connection c = database.connection()) {
            ButlerAttributes attributes = readAttributes(c, database);
            SchemaSupport.check(attributes);
            String json = attributes.get("config:dimensions.json").orElseThrow(() -> new RegistryException(
                    "this registry stores no dimension universe (butler_attributes has no config:dimensions.json)"));
            DimensionUniverse universe;
            try {
                universe = UniverseReader.parse(json);
            } catch (IllegalArgumentException e) {
                throw new RegistryException(e.getMessage(), e);
            }
            CollectionGraph collections = CollectionsReader.read(c);
            List<DatasetType> types = DatasetTypesReader.read(c, universe);
            Map<Long, Set<Long>> summaries = DatasetTypesReader.summaries(c);
            return new Registry(database, attributes, universe, collections, types, summaries);
        } catch (SQLException e) {
            database.close();
            throw DatabaseException.from(e, database.description());
        } catch (RegistryException e) {
            database.close();
            throw naming(database.description(), e);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * A registry that cannot be read is reported with the database it is in: "this registry's schema
     * ... is newer" alone does not say which of several registries a user (or a log) is looking at.
     */
    private static RegistryException naming(String where, RegistryException e) {
        String message = String.valueOf(e.getMessage());
        return message.startsWith(where) ? e : new RegistryException(where + ": " + message, e);
    }

    private static ButlerAttributes readAttributes(Connection c, RegistryDatabase database) throws SQLException {
        Map<String, String> values = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT name, value FROM butler_attributes")) {
            while (rs.next()) {
                values.put(rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            String text = String.valueOf(e.getMessage());
            if (text.contains("no such table") || "42P01".equals(e.getSQLState())) {
                throw new RegistryException(database.description() + " is a database but not a Butler registry"
                        + " (it has no butler_attributes table" + (database.schema() == null ? "" : " in schema "
                        + database.schema()) + ")");
            }
            throw e;
        }
        return new ButlerAttributes(values);
    }

    public Backend backend() {
        return database.backend();
    }

    public String description() {
        return database.description();
    }

    public String schema() {
        return database.schema();
    }

    public ButlerAttributes attributes() {
        return attributes;
    }

    public DimensionUniverse universe() {
        return universe;
    }

    public CollectionGraph collections() {
        return collections;
    }

    /** Every dataset type, sorted by name. */
    public List<DatasetType> datasetTypes() {
        return List.copyOf(datasetTypes.values());
    }

    public DatasetType datasetType(String name) {
        DatasetType t = datasetTypes.get(name);
        if (t == null) {
            throw new RegistryException("no dataset type named '" + name + "' in this registry");
        }
        return t;
    }

    /** Dataset types matching any of the names or globs; an exact name that matches nothing is an error. */
    public List<DatasetType> matchDatasetTypes(List<String> patterns) {
        List<NamePattern> globs = patterns.stream().map(NamePattern::new).toList();
        for (NamePattern g : globs) {
            if (g.isExact()) {
                datasetType(g.toString());
            }
        }
        return datasetTypes.values().stream().filter(t -> globs.stream().anyMatch(g -> g.matches(t.name()))).toList();
    }

    /** Names of the dataset types the summaries say a collection (or a chain's children) may hold. */
    public List<String> summaryDatasetTypes(String collection) {
        Set<Long> ids = new java.util.HashSet<>();
        for (Collection c : collections.flatten(collection)) {
            ids.addAll(summaries.getOrDefault(c.id(), Set.of()));
        }
        return datasetTypes.values().stream().filter(t -> ids.contains(t.id())).map(DatasetType::name).toList();
    }

    /** The search path of a query: names in order, globs expanded by name, chains flattened. */
    public List<Collection> searchPath(List<String> patterns, boolean findFirst) {
        List<String> names = new ArrayList<>();
        for (String p : patterns) {
            NamePattern g = new NamePattern(p);
            if (g.isExact()) {
                collections.get(p);
                names.add(p);
            } else if (findFirst) {
                throw new RegistryException("a find-first search needs collections in search order, not the pattern '"
                        + p + "'");
            } else {
                collections.matching(List.of(p), c -> true).forEach(c -> names.add(c.name()));
            }
        }
        return collections.flattenAll(names, false);
    }

    /** Streams the datasets a {@code butler query-datasets} with these arguments would list. */
    public ResultCursor<DatasetRef> queryDatasets(DatasetQuery query) {
        return new ResultCursor<>(database, perType(query, (type, path) -> datasets.select(type, path,
                query.findFirst(), query.where(), query.limit(), query.orderBy())), query.limit());
    }

    /** How many datasets {@link #queryDatasets} would list, counted in the database. */
    public long countDatasets(DatasetQuery query) {
        return countDatasets(query, CancelHook.NONE);
    }

    /** {@link #countDatasets(DatasetQuery)} whose counting statements the hook can stop on the server. */
    public long countDatasets(DatasetQuery query, CancelHook hook) {
        long total = 0;
        for (SqlQuery<Long> count : perType(query, (type, path) ->
                datasets.count(type, path, query.findFirst(), query.where()))) {
            total += single(count, hook);
        }
        return total;
    }

    /**
     * The statements {@link #queryDatasets} runs for this query, values written in: for a "show
     * SQL" view and for benchmarks against the sqlite3 shell.
     */
    public List<String> datasetsSql(DatasetQuery query) {
        return perType(query, (type, path) -> datasets.select(type, path, query.findFirst(), query.where(),
                query.limit(), query.orderBy()).inlined());
    }

    /** The statements {@link #countDatasets} runs, values written in. */
    public List<String> countDatasetsSql(DatasetQuery query) {
        return perType(query, (type, path) -> datasets.count(type, path, query.findFirst(), query.where()).inlined());
    }

    /** The statement {@link #queryDimensionRecords} runs, values written in. */
    public String dimensionRecordsSql(String element, WhereClause where, long limit) {
        return records.select(element, where, limit).inlined();
    }

    /** One statement per matching dataset type that some collection of the search path may hold. */
    private <T> List<T> perType(DatasetQuery query, java.util.function.BiFunction<DatasetType, List<Collection>, T> build) {
        List<Collection> path = searchPath(query.collections(), query.findFirst());
        List<T> statements = new ArrayList<>();
        for (DatasetType type : matchDatasetTypes(query.datasetTypes())) {
            List<Collection> candidates = holding(type, path);
            if (!candidates.isEmpty()) {
                statements.add(build.apply(type, candidates));
            }
        }
        return statements;
    }

    /** Dataset counts per type (find-all) in a collection or a chain's flattened search path. */
    public Map<String, Long> datasetCounts(String collection) {
        return datasetCounts(collection, CancelHook.NONE);
    }

    /** {@link #datasetCounts(String)} whose counting statements the hook can stop on the server. */
    public Map<String, Long> datasetCounts(String collection, CancelHook hook) {
        List<Collection> path = collections.flatten(collection);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (DatasetType type : datasetTypes.values()) {
            List<Collection> candidates = holding(type, path);
            if (!candidates.isEmpty()) {
                long n = single(datasets.count(type, candidates, false, WhereClause.NONE), hook);
                if (n > 0) {
                    counts.put(type.name(), n);
                }
            }
        }
        return counts;
    }

    private List<Collection> holding(DatasetType type, List<Collection> path) {
        return path.stream().filter(c -> summaries.getOrDefault(c.id(), Set.of()).contains(type.id())).toList();
    }

    /**
     * Streams the distinct data IDs of some dimensions, as {@code butler query-data-ids} does: keys
     * (required dimensions) then implied values. With a dataset type, only data IDs its datasets
     * have in the collections count.
     */
    public ResultCursor<DataId> queryDataIds(List<String> dimensions, String datasetType, List<String> collections,
                                             WhereClause where, long limit) {
        for (String d : dimensions) {
            if (!universe.isDimension(d)) {
                throw new RegistryException("this registry's universe has no dimension '" + d + "'");
            }
        }
        if (dimensions.isEmpty()) {
            throw new RegistryException("name at least one dimension");
        }
        DatasetType type = datasetType == null ? null : datasetType(datasetType);
        List<Collection> path = type == null ? List.of() : holding(type, searchPath(collections, false));
        SqlQuery<DataId> query = dataIds.select(dimensions, type, path, where, limit);
        return new ResultCursor<>(database, List.of(query), limit);
    }

    /** Streams an element's records, as {@code butler query-dimension-records} lists them. */
    public ResultCursor<DimensionRecord> queryDimensionRecords(String element, WhereClause where, long limit) {
        return new ResultCursor<>(database, List.of(records.select(element, where, limit)), limit);
    }

    public long countDimensionRecords(String element, WhereClause where) {
        return countDimensionRecords(element, where, CancelHook.NONE);
    }

    /** {@link #countDimensionRecords(String, WhereClause)} whose statement the hook can stop on the server. */
    public long countDimensionRecords(String element, WhereClause where, CancelHook hook) {
        return single(records.count(element, where), hook);
    }

    /** The registry's ObsCore table name when it has the live ObsCore manager. */
    public Optional<String> obscoreTable() {
        if (attributes.manager("obscore").isEmpty()) {
            return Optional.empty();
        }
        String name = attributes.get("config:obscore.json").map(ObsCoreConfig::tableName).orElse("obscore");
        return Optional.of(name);
    }

    /** Streams the rows of the registry's ObsCore table. */
    public ResultCursor<ObsCoreRow> queryObsCore(long limit) {
        String table = obscoreTable().orElseThrow(() -> new RegistryException(
                "this registry has no ObsCore table (no obscore manager is configured)"));
        String sql = "SELECT * FROM " + database.dialect().quote(table) + (limit > 0 ? " LIMIT " + (limit + 1) : "");
        return new ResultCursor<>(database, List.of(new SqlQuery<>(sql, List.of(), rs -> ObsCoreConfig.row(rs, database.dialect()))), limit);
    }

    /**
     * Where the file datastore keeps each of these datasets: paths relative to the datastore root
     * (or absolute URIs), from its records table; datasets without a file are absent.
     */
    public Map<java.util.UUID, List<String>> datastorePaths(List<java.util.UUID> ids) {
        Map<java.util.UUID, List<String>> paths = new LinkedHashMap<>();
        if (ids.isEmpty() || !tableNames().contains(DATASTORE_RECORDS)) {
            return paths;
        }
        for (int from = 0; from < ids.size(); from += 500) {
            List<java.util.UUID> batch = ids.subList(from, Math.min(ids.size(), from + 500));
            List<Object> params = new ArrayList<>();
            batch.forEach(id -> params.add(database.dialect().uuidParameter(id)));
            String sql = "SELECT dataset_id, path FROM " + DATASTORE_RECORDS + " WHERE dataset_id IN ("
                    + String.join(", ", java.util.Collections.nCopies(batch.size(), "?")) + ") ORDER BY dataset_id, component";
            try (ResultCursor<Map.Entry<java.util.UUID, String>> rows = new ResultCursor<>(database, List.of(new SqlQuery<>(
                    sql, params, rs -> Map.entry(database.dialect().readUuid(rs, 1), rs.getString(2)))), 0)) {
                rows.forEachRemaining(e -> paths.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            }
        }
        return paths;
    }

    /** The registry's tables, sorted by name. */
    public List<String> tableNames() {
        return tables;
    }

    private List<String> readTableNames() {
        String sql = database.dialect().tableNamesQuery();
        try (ResultCursor<String> rows = new ResultCursor<>(database, List.of(new SqlQuery<>(sql, List.of(),
                rs -> rs.getString(1))), 0)) {
            return List.copyOf(rows.toList());
        }
    }

    /** Every table of the registry with its exact row count. */
    public Map<String, Long> tableRowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tableNames()) {
            try (ResultCursor<Long> count = countRows(table)) {
                counts.put(table, count.next());
            }
        }
        return counts;
    }

    /** Counts one table's rows; the one-row cursor can be cancelled from another thread while it counts. */
    public ResultCursor<Long> countRows(String table) {
        return new ResultCursor<>(database, List.of(new SqlQuery<>("SELECT COUNT(*) FROM " + database.dialect().quote(table),
                List.of(), rs -> rs.getLong(1))), 0);
    }

    /**
     * Bytes on disk per table, indexes included; empty when the database cannot tell (an SQLite
     * library built without the dbstat table).
     */
    public Map<String, Long> tableSizes() {
        Map<String, Long> sizes = new java.util.TreeMap<>();
        try (ResultCursor<Map.Entry<String, Long>> rows = new ResultCursor<>(database, List.of(new SqlQuery<>(
                database.dialect().tableSizesQuery(), List.of(), rs -> Map.entry(rs.getString(1), rs.getLong(2)))), 0)) {
            rows.forEachRemaining(e -> sizes.put(e.getKey(), e.getValue()));
        } catch (DatabaseException e) {
            if (backend() == Backend.SQLITE && String.valueOf(e.getMessage()).contains("no such table: dbstat")) {
                return Map.of();
            }
            throw e;
        }
        return sizes;
    }

    /** Runs a one-row, one-column statement that the hook can stop. */
    private <T> T single(SqlQuery<T> query, CancelHook hook) {
        try (ResultCursor<T> cursor = new ResultCursor<>(database, List.of(query), 0)) {
            hook.onCancel(cursor::cancel);
            return cursor.next();
        }
    }

    /** The database underneath, for the few callers (tests, staff views) that need the raw handle. */
    public RegistryDatabase database() {
        return database;
    }

    @Override
    public void close() {
        database.close();
    }
}
