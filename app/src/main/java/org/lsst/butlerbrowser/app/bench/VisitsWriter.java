package org.lsst.butlerbrowser.app.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.lsst.butlerbrowser.model.region.RegionCodec;

/**
 * Inserts the new visits with everything daf_butler writes alongside a visit: its night (day_obs),
 * an exposure of the same id with its group, visit_definition and visit_system_membership rows,
 * and one visit_detector_region per detector. Regions are base64 sphgeom ConvexPolygons written
 * by {@link RegionCodec}; timespans are TAI nanoseconds. Skypix overlap rows are not written.
 */
final class VisitsWriter {

    static final int VISITS_PER_NIGHT = 100;
    private static final long SECOND = 1_000_000_000L;
    private static final double EXPOSURE_SECONDS = 30.0;
    /** Visits in a row taken with one filter before the next. */
    private static final int FILTER_BLOCK = 20;
    private static final long FOOTPRINT_SEED = 20_000L;

    private final ScaleSpec spec;
    private final FixtureFacts facts;

    VisitsWriter(ScaleSpec spec, FixtureFacts facts) {
        this.spec = spec;
        this.facts = facts;
    }

    long visitId(int index) {
        return facts.firstVisitId() + index;
    }

    void write(Connection c) throws SQLException {
        String hsc = FixtureFacts.INSTRUMENT;
        Footprints footprints = new Footprints(FOOTPRINT_SEED, spec.detectors());
        try (BatchInsert dayObs = new BatchInsert(c, "day_obs", "instrument", "id");
             BatchInsert group = new BatchInsert(c, "group", "instrument", "name");
             BatchInsert exposure = new BatchInsert(c, "exposure", "instrument", "id", "day_obs", "group",
                     "physical_filter", "obs_id", "exposure_time", "dark_time", "observation_type",
                     "observation_reason", "seq_num", "seq_start", "seq_end", "target_name", "science_program",
                     "tracking_ra", "tracking_dec", "sky_angle", "has_simulated", "can_see_sky",
                     "timespan_begin", "timespan_end");
             BatchInsert visit = new BatchInsert(c, "visit", "instrument", "id", "day_obs", "physical_filter",
                     "name", "seq_num", "exposure_time", "target_name", "observation_reason", "science_program",
                     "region", "timespan_begin", "timespan_end");
             BatchInsert definition = new BatchInsert(c, "visit_definition", "instrument", "exposure", "visit");
             BatchInsert membership = new BatchInsert(c, "visit_system_membership", "instrument", "visit_system", "visit");
             BatchInsert detectorRegion = new BatchInsert(c, "visit_detector_region", "instrument", "detector",
                     "visit", "region")) {
            List<Long> detectors = facts.detectors();
            for (int i = 0; i < spec.visits(); i++) {
                LocalDate night = facts.firstNight().plusDays(i / VISITS_PER_NIGHT);
                long day = Long.parseLong(night.format(FixtureFacts.DAY_OBS));
                if (i % VISITS_PER_NIGHT == 0) {
                    dayObs.row(hsc, day);
                }
                // TAI nanoseconds read as Unix-epoch nanoseconds give the TAI calendar time (registry doc §5).
                long begin = night.atTime(10, 0).toEpochSecond(ZoneOffset.UTC) * SECOND
                        + (i % VISITS_PER_NIGHT) * 60 * SECOND;
                long end = begin + (long) (EXPOSURE_SECONDS * SECOND);
                long id = visitId(i);
                String name = "HSCA" + String.format("%08d", id * 100);
                String filter = facts.filters().get(i / FILTER_BLOCK % facts.filters().size());
                Footprints.Footprint f = footprints.next();
                group.row(hsc, Long.toString(id));
                exposure.row(hsc, id, day, Long.toString(id), filter, name, EXPOSURE_SECONDS, EXPOSURE_SECONDS,
                        "science", "science", id, id, id, "SCALE", "scale", f.centre().raDeg(), f.centre().decDeg(),
                        270.0, 0, 1, begin, end);
                visit.row(hsc, id, day, filter, name, id, EXPOSURE_SECONDS, "SCALE", "science", "scale",
                        RegionCodec.encodeBase64(f.visit()), begin, end);
                definition.row(hsc, id, id);
                membership.row(hsc, facts.visitSystem(), id);
                for (int d = 0; d < detectors.size(); d++) {
                    detectorRegion.row(hsc, detectors.get(d), id, RegionCodec.encodeBase64(f.detectors().get(d)));
                }
            }
        }
    }
}
