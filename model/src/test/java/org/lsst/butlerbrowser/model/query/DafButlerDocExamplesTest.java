package org.lsst.butlerbrowser.model.query;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every expression shown in daf_butler's queries.rst ("Dimension expressions") parses. */
class DafButlerDocExamplesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "visit > 100 AND visit < 200",
        "visit IN (100..200) AND tract = 500",
        "visit IN (100..200) AND visit NOT IN (159, 191) AND band = 'i'",
        "(visit = 100 OR visit = 101) AND exposure % 2 = 1",
        "visit.timespan.begin > T'2020-03-30 12:20:33'",
        "exposure.timespan.begin > T'58938.515'",
        "visit.timespan.end < T'mjd/58938.515/tai'",
        "ingest_date < T'2020-11-06 21:10:00'",
        "visit IN (100, 110, 130..145:5)",
        "visit in (100, 110, 130, 135, 140, 145)",
        "visit NOT IN (100, 110, 130..145:5)",
        "visit Not In (100, 110, 130, 135, 140, 145)",
        "visit IN (1..5)",
        "visit IN (1..10:3)",
        "visit IN (-10..-1:2)",
        "instrument = instrument_name AND visit = visit_id",
        "instrument = instrument_name AND visit IN (visit_ids)",
        "T'2020-01-01' IN (T'2019-01-01', T'2020-01-01')",
        "(T'2020-01-01', T'2020-02-01') NOT IN (T'2019-01-01', T'2020-01-01')",
        "T'2020-01-01' IN (interval.begin, interval.end)",
        "T'2020-01-01' NOT IN (interval_id)",
        "timestamp_id IN (interval.begin, interval.end)",
        "range_id NOT IN (interval_id)",
        "POINT(ra, dec) IN (region1)",
        "region2 NOT IN (region1)",
        "(T'2020-01-01', T'2022-01-01') OVERLAPS (T'2019-01-01', T'2021-01-01')",
        "(interval.begin, interval.end) OVERLAPS interval_2",
        "interval_1 OVERLAPS interval_2",
        "NOT (region_1 OVERLAPS region_2)",
        "func(1, 2, 3) = 1",
    })
    void everyDocumentedExampleParses(String text) {
        assertNotNull(ExpressionParser.parse(text));
    }
}
