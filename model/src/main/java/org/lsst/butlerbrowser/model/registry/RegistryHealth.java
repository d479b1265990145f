package org.lsst.butlerbrowser.model.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a registry administrator wants to know is wrong or unused: chain rows that point at no
 * collection, chains that include themselves, RUN collections that hold no datasets and dataset
 * types that have none. daf_butler prevents the first two on write, so they mean a damaged
 * registry; the last two are normal but worth tidying.
 *
 * @param danglingChildren   chain rows whose child id names no collection, by chain then position
 * @param cycles             chains that reach themselves, sorted by name
 * @param emptyRuns          RUN collections no dataset belongs to, sorted by name
 * @param unusedDatasetTypes dataset types with no datasets, sorted by name
 */
public record RegistryHealth(List<DanglingChild> danglingChildren, List<String> cycles, List<String> emptyRuns,
                             List<String> unusedDatasetTypes) {

    /** A {@code collection_chain} row of {@code chain} at {@code position} whose child id is missing. */
    public record DanglingChild(String chain, int position, long childId) {
    }

    public RegistryHealth {
        danglingChildren = List.copyOf(danglingChildren);
        cycles = List.copyOf(cycles);
        emptyRuns = List.copyOf(emptyRuns);
        unusedDatasetTypes = List.copyOf(unusedDatasetTypes);
    }

    /** Reads the registry's health: three small queries plus the chain graph read at open. */
    public static RegistryHealth check(Registry registry) {
        List<DanglingChild> dangling = new ArrayList<>(list(registry, new SqlQuery<>(
                "SELECT p.name, cc.\"position\", cc.child FROM collection_chain cc "
                        + "JOIN collection p ON p.collection_id = cc.parent "
                        + "WHERE NOT EXISTS (SELECT 1 FROM collection c WHERE c.collection_id = cc.child)",
                List.of(), rs -> new DanglingChild(rs.getString(1), rs.getInt(2), rs.getLong(3)))));
        dangling.sort(Comparator.comparing(DanglingChild::chain).thenComparingInt(DanglingChild::position));
        List<String> emptyRuns = sorted(list(registry, new SqlQuery<>(
                "SELECT c.name FROM collection c WHERE c.type = ? "
                        + "AND NOT EXISTS (SELECT 1 FROM dataset d WHERE d.run_id = c.collection_id)",
                List.of(CollectionType.RUN.code()), rs -> rs.getString(1))));
        List<String> unused = sorted(list(registry, new SqlQuery<>(
                "SELECT t.name FROM dataset_type t "
                        + "WHERE NOT EXISTS (SELECT 1 FROM dataset d WHERE d.dataset_type_id = t.id)",
                List.of(), rs -> rs.getString(1))));
        return new RegistryHealth(dangling, sorted(registry.collections().cycles()), emptyRuns, unused);
    }

    private static <T> List<T> list(Registry registry, SqlQuery<T> query) {
        try (ResultCursor<T> rows = new ResultCursor<>(registry.database(), List.of(query), 0)) {
            return rows.toList();
        }
    }

    // Sorted here, not in SQL: PostgreSQL's collation would order names differently from SQLite's.
    private static List<String> sorted(List<String> names) {
        return names.stream().sorted().toList();
    }
}
