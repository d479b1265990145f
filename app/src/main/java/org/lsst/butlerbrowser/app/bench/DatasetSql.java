package org.lsst.butlerbrowser.app.bench;

import java.util.ArrayList;
import java.util.List;
import org.lsst.butlerbrowser.model.registry.Collection;
import org.lsst.butlerbrowser.model.registry.CollectionType;
import org.lsst.butlerbrowser.model.registry.DatasetType;

/**
 * The SQL text DatasetsReader sends for the benchmarked dataset queries, with the parameters
 * written in as literals so that the sqlite3 shell can run it. DatasetsReader has no public
 * accessor for its statements, so this is a copy of their shape for the cases measured here (a
 * search path of RUN collections, no where-clause, calexp's implied dimensions); the bench test
 * pins it to DatasetsReader's real output, so a change there fails the build rather than
 * silently skewing the floor.
 */
final class DatasetSql {

    /** calexp's implied dimensions (band, day_obs, physical_filter), reached as DimensionJoins does: via visit, then physical_filter. */
    private static final String CALEXP_IMPLIED_COLUMNS = "j1_physical_filter.\"band\" AS i0, j1_visit.\"day_obs\" AS i1,"
            + " j1_visit.\"physical_filter\" AS i2, ";
    private static final String CALEXP_IMPLIED_JOINS = " LEFT JOIN \"visit\" j1_visit ON j1_visit.\"instrument\" ="
            + " t.\"instrument\" AND j1_visit.\"id\" = t.\"visit\" LEFT JOIN \"physical_filter\" j1_physical_filter ON"
            + " j1_physical_filter.\"instrument\" = t.\"instrument\" AND j1_physical_filter.\"name\" = j1_visit.\"physical_filter\"";

    private DatasetSql() {
    }

    /** What {@code Registry.queryDatasets} runs for calexp; find-first ranks by search order when there is more than one run. */
    static String select(DatasetType calexp, List<Collection> runs, boolean findFirst, long limit) {
        if (!calexp.implied().equals(List.of("band", "day_obs", "physical_filter"))) {
            throw new IllegalArgumentException("only calexp's implied-dimension joins are mirrored, not "
                    + calexp.name() + "'s");
        }
        String sql = part(calexp, runs, true);
        if (findFirst && runs.size() > 1) {
            sql = "SELECT * FROM (SELECT u.*, ROW_NUMBER() OVER (" + partitionBy(calexp.required().size()) + "ORDER BY "
                    + rank(runs) + ") AS search_rank FROM (" + sql + ") u) w WHERE search_rank = 1";
        }
        return limit > 0 ? sql + " LIMIT " + limit : sql;
    }

    /** What {@code Registry.datasetCounts} runs per dataset type (find-all over runs needs no ranking). */
    static String count(DatasetType type, List<Collection> runs) {
        return "SELECT COUNT(*) FROM (" + part(type, runs, false) + ") n";
    }

    private static String part(DatasetType type, List<Collection> runs, boolean implied) {
        if (runs.isEmpty() || runs.stream().anyMatch(c -> c.type() != CollectionType.RUN)) {
            throw new IllegalArgumentException("only non-empty search paths of RUN collections are mirrored");
        }
        StringBuilder sql = new StringBuilder("SELECT t.dataset_id AS dataset_id, t.collection_id AS collection_id,"
                + " t.collection_id AS run_id, ");
        for (int i = 0; i < type.required().size(); i++) {
            sql.append("t.\"").append(type.required().get(i)).append("\" AS d").append(i).append(", ");
        }
        sql.append(implied ? CALEXP_IMPLIED_COLUMNS : "").append("NULL AS v0, NULL AS v1 FROM \"")
                .append(type.tagTable()).append("\" t").append(implied ? CALEXP_IMPLIED_JOINS : "")
                .append(" WHERE t.dataset_type_id = ").append(type.id()).append(" AND t.collection_id IN (");
        List<String> ids = new ArrayList<>();
        runs.forEach(c -> ids.add(Long.toString(c.id())));
        return sql.append(String.join(", ", ids)).append(')').toString();
    }

    private static String partitionBy(int required) {
        List<String> cols = new ArrayList<>();
        for (int i = 0; i < required; i++) {
            cols.add("u.d" + i);
        }
        return cols.isEmpty() ? "" : "PARTITION BY " + String.join(", ", cols) + " ";
    }

    private static String rank(List<Collection> runs) {
        StringBuilder sb = new StringBuilder("CASE u.collection_id");
        for (int i = 0; i < runs.size(); i++) {
            sb.append(" WHEN ").append(runs.get(i).id()).append(" THEN ").append(i);
        }
        return sb.append(" END").toString();
    }
}
