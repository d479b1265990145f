package org.lsst.butlerbrowser.app.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Inserts datasets as the byDimensions UUID manager (2.0.0) stores them: a dataset row (CHAR(32)
 * id, type, ingest_date in TAI ns, run) and the matching row of the type's tags table under the
 * run's own collection_id with the required dimensions of the data ID. Raws go to the raw run;
 * each processing run gets a calexp per visit and detector of its visits and a sourceTable_visit
 * per visit.
 */
final class DatasetsWriter {

    /** TAI − UTC since 2017; ingest dates are TAI like every registry time. */
    private static final long TAI_MINUS_UTC_MS = 37_000;
    private static final long DATASET_ID_SEED = 1_000_000L;

    private final ScaleSpec spec;
    private final FixtureFacts facts;
    private final VisitsWriter visits;

    DatasetsWriter(ScaleSpec spec, FixtureFacts facts, VisitsWriter visits) {
        this.spec = spec;
        this.facts = facts;
        this.visits = visits;
    }

    void write(Connection c, CollectionsWriter.RunIds runs, long startMillis) throws SQLException {
        String hsc = FixtureFacts.INSTRUMENT;
        FixtureFacts.TypeRow raw = facts.type("raw");
        FixtureFacts.TypeRow calexp = facts.type("calexp");
        FixtureFacts.TypeRow sourceTable = facts.type("sourceTable_visit");
        DatasetIds ids = new DatasetIds(DATASET_ID_SEED);
        List<Long> detectors = facts.detectors();
        try (BatchInsert dataset = new BatchInsert(c, "dataset", "id", "dataset_type_id", "ingest_date", "run_id");
             BatchInsert rawTags = new BatchInsert(c, raw.tagTable(), "dataset_type_id", "dataset_id", "collection_id",
                     "instrument", "detector", "exposure");
             BatchInsert calexpTags = new BatchInsert(c, calexp.tagTable(), "dataset_type_id", "dataset_id",
                     "collection_id", "instrument", "detector", "visit");
             BatchInsert sourceTags = new BatchInsert(c, sourceTable.tagTable(), "dataset_type_id", "dataset_id",
                     "collection_id", "instrument", "visit")) {
            long ingest = taiNanos(startMillis);
            for (int i = 0; i < spec.visits(); i++) {
                long exposure = visits.visitId(i); // one exposure per visit, same id
                for (long detector : detectors) {
                    String id = ids.raw(CollectionPlan.RAW_RUN, hsc, detector, exposure);
                    dataset.row(id, raw.id(), ingest, runs.raw());
                    rawTags.row(raw.id(), id, runs.raw(), hsc, detector, exposure);
                }
            }
            for (int r = 0; r < runs.processing().size(); r++) {
                long run = runs.processing().get(r);
                long millis = startMillis + (r + 1) * 1000L; // each run ingested a second after the previous
                ingest = taiNanos(millis);
                for (int i = 0; i < spec.visitsPerRun(); i++) {
                    long visit = visits.visitId(spec.visitOfRun(r, i));
                    for (long detector : detectors) {
                        String id = ids.output(millis);
                        dataset.row(id, calexp.id(), ingest, run);
                        calexpTags.row(calexp.id(), id, run, hsc, detector, visit);
                    }
                    String id = ids.output(millis);
                    dataset.row(id, sourceTable.id(), ingest, run);
                    sourceTags.row(sourceTable.id(), id, run, hsc, visit);
                }
            }
        }
    }

    private static long taiNanos(long unixMillis) {
        return (unixMillis + TAI_MINUS_UTC_MS) * 1_000_000L;
    }
}
