package org.lsst.butlerbrowser.app.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Inserts the collections of a {@link CollectionPlan} as SynthIntKeyCollectionManager stores them:
 * collection rows (runs first, then chains bottom-up, as they would be created), run rows,
 * collection_chain rows in search order, and the summaries (dataset types and instrument) of each
 * run, which the tags tables' foreign keys and every summary-driven query depend on.
 */
final class CollectionsWriter {

    private static final int RUN = 1;
    private static final int CHAINED = 3;

    /** The collection ids of the runs datasets go into; processing runs in plan order. */
    record RunIds(long raw, List<Long> processing) {
    }

    private final CollectionPlan plan;
    private final FixtureFacts facts;
    private long nextId;

    CollectionsWriter(CollectionPlan plan, FixtureFacts facts) {
        this.plan = plan;
        this.facts = facts;
        this.nextId = facts.firstCollectionId();
    }

    RunIds write(Connection c) throws SQLException {
        ScaleSpec spec = plan.spec();
        try (BatchInsert collection = new BatchInsert(c, "collection", "collection_id", "name", "type", "doc");
             BatchInsert run = new BatchInsert(c, "run", "collection_id");
             BatchInsert chain = new BatchInsert(c, "collection_chain", "parent", "position", "child");
             BatchInsert types = new BatchInsert(c, "collection_summary_dataset_type", "collection_id", "dataset_type_id");
             BatchInsert instruments = new BatchInsert(c, "collection_summary_instrument", "collection_id", "instrument")) {
            long raw = add(collection, CollectionPlan.RAW_RUN, RUN, "Raws of every scale visit and detector.");
            run.row(raw);
            types.row(raw, facts.type("raw").id());
            instruments.row(raw, FixtureFacts.INSTRUMENT);
            List<Long> runs = new ArrayList<>();
            for (String name : plan.processingRuns()) {
                long id = add(collection, name, RUN, null);
                run.row(id);
                types.row(id, facts.type("calexp").id());
                types.row(id, facts.type("sourceTable_visit").id());
                instruments.row(id, FixtureFacts.INSTRUMENT);
                runs.add(id);
            }
            List<Long> groups = new ArrayList<>();
            int r = 0;
            for (int k = 0; k < spec.groups(); k++) {
                List<Long> subs = new ArrayList<>();
                for (int j = 0; j < spec.subsPerGroup(); j++) {
                    long sub = add(collection, plan.sub(k, j), CHAINED, null);
                    link(chain, sub, runs.subList(r, r + spec.runsPerSub()));
                    r += spec.runsPerSub();
                    subs.add(sub);
                }
                long group = add(collection, plan.group(k), CHAINED, null);
                link(chain, group, subs);
                groups.add(group);
            }
            long top = add(collection, CollectionPlan.TOP, CHAINED, "Scale benchmark: every group's runs, then the raws.");
            groups.add(raw);
            link(chain, top, groups);
            return new RunIds(raw, runs);
        }
    }

    private long add(BatchInsert collection, String name, int type, String doc) throws SQLException {
        long id = nextId++;
        collection.row(id, name, type, doc);
        return id;
    }

    private static void link(BatchInsert chain, long parent, List<Long> children) throws SQLException {
        for (int position = 0; position < children.size(); position++) {
            chain.row(parent, position, children.get(position));
        }
    }
}
