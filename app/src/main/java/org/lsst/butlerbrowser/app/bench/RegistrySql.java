package org.lsst.butlerbrowser.app.bench;

/**
 * The fixed statements behind the benchmarked registry calls, as text for the sqlite3 shell:
 * what Registry.open (readAttributes, CollectionsReader, DatasetTypesReader) sends, and the
 * recursive query daf_butler uses for what our code does in memory (chain flattening). Queries
 * take their statements from Registry itself (datasetsSql and friends).
 */
final class RegistrySql {

    /** Every statement Registry.open runs, in order, after the pool's {@code PRAGMA query_only = ON}. */
    static final String OPEN = String.join("; ",
            "PRAGMA query_only = ON",
            "SELECT name, value FROM butler_attributes",
            "SELECT collection_id, name, type, doc FROM collection",
            "SELECT parent, child FROM collection_chain ORDER BY parent, \"position\"",
            "SELECT dimension_graph_id, dimension_name FROM dimension_graph_definition",
            "SELECT id, name, storage_class, dimensions_key, tag_association_table, calibration_association_table"
                    + " FROM dataset_type ORDER BY name",
            "SELECT collection_id, dataset_type_id FROM collection_summary_dataset_type");

    /**
     * Every chain's non-chained members in search order (depth first by position), one row each;
     * our code flattens in memory, so this is what the work costs when the database does it.
     */
    static final String FLATTEN_CHAINS = "WITH RECURSIVE flat(top, node, path) AS ("
            + "SELECT collection_id, collection_id, '' FROM collection WHERE type = 3"
            + " UNION ALL SELECT f.top, cc.child, f.path || printf('%06d.', cc.\"position\" + 32768)"
            + " FROM flat f JOIN collection_chain cc ON cc.parent = f.node)"
            + " SELECT f.top, f.node FROM flat f JOIN collection c ON c.collection_id = f.node"
            + " WHERE c.type <> 3 ORDER BY f.top, f.path";

    private RegistrySql() {
    }
}
