package org.lsst.butlerbrowser.model.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.lsst.butlerbrowser.model.db.Dialect;
import org.lsst.butlerbrowser.model.time.Timespan;
import org.lsst.butlerbrowser.model.universe.DimensionUniverse;

/**
 * Builds the statements that find datasets of one type in a search path, as daf_butler does:
 * RUN and TAGGED members from the type's tags table, certifications from its calibs table;
 * find-first keeps, per data ID, the dataset of the earliest collection in the search path;
 * find-all lists each dataset once, from the first collection it is found in.
 */
final class DatasetsReader {

    private final DimensionUniverse universe;
    private final Dialect dialect;
    private final CollectionGraph collections;
    private final SpatialOverlaps spatial;

    DatasetsReader(DimensionUniverse universe, Dialect dialect, CollectionGraph collections, SpatialOverlaps spatial) {
        this.universe = universe;
        this.dialect = dialect;
        this.collections = collections;
        this.spatial = spatial;
    }

    /** The rows of one dataset type in the given search path (non-chained, in order, already filtered by summary). */
    SqlQuery<DatasetRef> select(DatasetType type, List<Collection> searchPath, boolean findFirst, WhereClause where,
                                long limit, List<DatasetQuery.SortKey> orderBy) {
        Parts parts = parts(type, searchPath, findFirst, where, true);
        List<Object> params = new ArrayList<>(parts.parameters);
        String sql = parts.sql;
        if (!orderBy.isEmpty()) {
            sql = "SELECT * FROM (" + sql + ") o ORDER BY " + orderTerms(type, orderBy);
        }
        if (limit > 0) {
            sql += " LIMIT " + (limit + 1); // one more tells the cursor whether the limit cut the answer
        }
        int dims = type.dimensions().size();
        List<String> selected = new ArrayList<>(type.required());
        selected.addAll(parts.impliedOrder);
        // Per statement, not per row: where each dimension of the data ID (in universe order) is
        // selected, and how its values are typed.
        List<String> names = type.dimensions();
        int[] column = new int[dims];
        String[] valueType = new String[dims];
        for (int i = 0; i < dims; i++) {
            column[i] = 4 + selected.indexOf(names.get(i));
            valueType[i] = DimensionValues.type(universe, names.get(i));
        }
        DataId.Names dataIdNames = new DataId.Names(names);
        RepeatedValues repeated = new RepeatedValues();
        String typeName = type.name();
        return new SqlQuery<>(sql, params, rs -> {
            UUID id = dialect.readUuid(rs, 1);
            long collectionId = rs.getLong(2);
            long runId = rs.getLong(3);
            Object[] values = new Object[dims];
            for (int i = 0; i < dims; i++) {
                values[i] = DimensionValues.read(rs, column[i], valueType[i], repeated);
            }
            Timespan validity = dialect.readTimespan(rs, 4 + dims);
            return new DatasetRef(id, typeName, collections.byId(runId).name(), DataId.of(dataIdNames, values),
                    collections.byId(collectionId).name(), validity);
        });
    }

    /** Counts what {@link #select} would return. */
    SqlQuery<Long> count(DatasetType type, List<Collection> searchPath, boolean findFirst, WhereClause where) {
        Parts parts = parts(type, searchPath, findFirst, where, false);
        return new SqlQuery<>("SELECT COUNT(*) FROM (" + parts.sql + ") n", parts.parameters, rs -> rs.getLong(1));
    }

    /**
     * The ORDER BY terms over the columns {@link #part} selects: only aliases and the registry's own
     * column names reach the SQL, never the caller's text. Missing values sort last on both backends,
     * and the dataset id breaks ties so that a page boundary falls in the same place every time.
     */
    private String orderTerms(DatasetType type, List<DatasetQuery.SortKey> orderBy) {
        List<String> terms = new ArrayList<>();
        for (DatasetQuery.SortKey key : orderBy) {
            for (String column : orderColumns(type, key.column())) {
                terms.add("CASE WHEN " + column + " IS NULL THEN 1 ELSE 0 END");
                terms.add(column + (key.descending() ? " DESC" : ""));
            }
        }
        terms.add("o.dataset_id");
        return String.join(", ", terms);
    }

    private List<String> orderColumns(DatasetType type, String column) {
        return switch (column) {
            case DatasetQuery.SortKey.ID -> List.of("o.dataset_id");
            case DatasetQuery.SortKey.RUN -> List.of("(SELECT c.name FROM collection c WHERE c.collection_id = o.run_id)");
            case DatasetQuery.SortKey.VALIDITY -> java.util.stream.IntStream
                    .range(0, dialect.timespanColumns("timespan").size()).mapToObj(i -> "o.v" + i).toList();
            default -> {
                int required = type.required().indexOf(column);
                int implied = type.implied().indexOf(column);
                if (required < 0 && implied < 0) {
                    throw new RegistryException("datasets of type " + type.name() + " cannot be sorted by '" + column
                            + "'; use id, run, validity or one of its dimensions (" + String.join(", ", type.dimensions())
                            + ")");
                }
                yield List.of(required >= 0 ? "o.d" + required : "o.i" + implied);
            }
        };
    }

    private record Parts(String sql, List<Object> parameters, List<String> impliedOrder) {
    }

    private Parts parts(DatasetType type, List<Collection> searchPath, boolean findFirst, WhereClause where,
                        boolean withImplied) {
        List<Collection> members = searchPath.stream().filter(c -> c.type() != CollectionType.CALIBRATION).toList();
        List<Collection> calibrations = searchPath.stream().filter(c -> c.type() == CollectionType.CALIBRATION).toList();
        if (findFirst && !calibrations.isEmpty()) {
            throw new RegistryException("a find-first search for the calibration dataset type " + type.name()
                    + " through the CALIBRATION collection " + calibrations.get(0).name()
                    + " needs a validity time; search without --find-first");
        }
        List<String> implied = withImplied ? type.implied() : List.of();
        List<Object> params = new ArrayList<>();
        List<String> selects = new ArrayList<>();
        if (!members.isEmpty()) {
            selects.add(part(type, type.tagTable(), members, false, where, implied, params));
        }
        if (!calibrations.isEmpty()) {
            selects.add(part(type, type.calibTable(), calibrations, true, where, implied, params));
        }
        String union = String.join(" UNION ALL ", selects);
        boolean onlyRuns = searchPath.stream().allMatch(c -> c.type() == CollectionType.RUN);
        boolean single = searchPath.size() == 1;
        if (findFirst && !single || !findFirst && !onlyRuns && !single) {
            // Datasets of different RUNs are distinct, so plain find-all over RUNs needs no ranking.
            String rank = rankExpression(searchPath);
            String window = findFirst
                    ? "ROW_NUMBER() OVER (" + partitionBy(type.required().size()) + "ORDER BY " + rank + ")"
                    : "RANK() OVER (PARTITION BY u.dataset_id ORDER BY " + rank + ")";
            union = "SELECT * FROM (SELECT u.*, " + window + " AS search_rank FROM (" + union
                    + ") u) w WHERE search_rank = 1";
        }
        return new Parts(union, params, implied);
    }

    private String partitionBy(int requiredCount) {
        if (requiredCount == 0) {
            return "";
        }
        List<String> cols = new ArrayList<>();
        for (int i = 0; i < requiredCount; i++) {
            cols.add("u.d" + i);
        }
        return "PARTITION BY " + String.join(", ", cols) + " ";
    }

    /** Search-path position; the ids are the registry's own integers, not user text. */
    private String rankExpression(List<Collection> searchPath) {
        StringBuilder sb = new StringBuilder("CASE u.collection_id");
        for (int i = 0; i < searchPath.size(); i++) {
            sb.append(" WHEN ").append(searchPath.get(i).id()).append(" THEN ").append(i);
        }
        return sb.append(" END").toString();
    }

    /**
     * One SELECT over a tags or calibs table: dataset id, collection id, run id, required
     * dimensions d0.., implied dimensions, then the validity columns (NULL for tags rows).
     */
    private String part(DatasetType type, String table, List<Collection> searchPath, boolean calibs, WhereClause where,
                        List<String> implied, List<Object> params) {
        String t = "t";
        DimensionJoins joins = new DimensionJoins(universe, dialect);
        List<String> cols = new ArrayList<>();
        cols.add(t + ".dataset_id AS dataset_id");
        cols.add(t + ".collection_id AS collection_id");
        cols.add(runIdExpression(t, searchPath, calibs) + " AS run_id");
        for (int i = 0; i < type.required().size(); i++) {
            String d = type.required().get(i);
            String expr = t + "." + dialect.quote(d);
            joins.known(d, expr);
            cols.add(expr + " AS d" + i);
        }
        joins.time("ingest_date", "(SELECT ds.ingest_date FROM dataset ds WHERE ds.id = " + t + ".dataset_id)");
        WhereTranslator translator = new WhereTranslator(joins, where, "datasets of type " + type.name(), spatial)
                .joinOperand(type.required());
        String condition = translator.condition();
        for (int i = 0; i < implied.size(); i++) {
            cols.add(joins.dimension(implied.get(i)) + " AS i" + i);
        }
        List<String> ts = dialect.timespanColumns("timespan");
        for (int i = 0; i < ts.size(); i++) {
            cols.add((calibs ? t + "." + dialect.quote(ts.get(i)) : "NULL") + " AS v" + i);
        }
        StringBuilder sql = new StringBuilder("SELECT ").append(String.join(", ", cols))
                .append(" FROM ").append(dialect.quote(table)).append(' ').append(t)
                .append(joins.joinsSql())
                .append(" WHERE ").append(t).append(".dataset_type_id = ? AND ").append(t).append(".collection_id IN (");
        params.add(type.id());
        for (int i = 0; i < searchPath.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
            params.add(searchPath.get(i).id());
        }
        sql.append(')');
        if (condition != null) {
            sql.append(" AND ").append(condition);
            params.addAll(translator.parameters());
        }
        return sql.toString();
    }

    /** A RUN member's run is the collection itself; anything else asks the dataset table. */
    private String runIdExpression(String t, List<Collection> searchPath, boolean calibs) {
        String lookup = "(SELECT ds.run_id FROM dataset ds WHERE ds.id = " + t + ".dataset_id)";
        if (calibs) {
            return lookup;
        }
        Set<Long> tagged = new java.util.HashSet<>();
        searchPath.stream().filter(c -> c.type() == CollectionType.TAGGED).forEach(c -> tagged.add(c.id()));
        if (tagged.isEmpty()) {
            return t + ".collection_id";
        }
        StringBuilder ids = new StringBuilder();
        for (Long id : tagged) {
            ids.append(ids.length() == 0 ? "" : ", ").append(id);
        }
        return "CASE WHEN " + t + ".collection_id IN (" + ids + ") THEN " + lookup + " ELSE " + t + ".collection_id END";
    }
}
