package org.lsst.butlerbrowser.model.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lsst.butlerbrowser.model.region.SharedFixtures;

/** Every stored timespan of the fixture registries, decoded and printed as daf_butler does. */
class TimespanFixtureTest {

    /** Decodes the stored form of the timespan field {@code name} of a {@code _db} row. */
    static Timespan fromDbRow(String repo, JsonNode db, String name) {
        if (SharedFixtures.isPostgres(repo)) {
            JsonNode text = db.get(name);
            return text.isNull() ? null : Timespan.fromPostgresRange(text.asText());
        }
        JsonNode begin = db.get(name + "_begin");
        JsonNode end = db.get(name + "_end");
        return Timespan.fromSqlite(begin.isNull() ? null : begin.asLong(), end.isNull() ? null : end.asLong());
    }

    /** Compares with daf_butler's {begin_tai, end_tai, begin_nsec, end_nsec} (null = no timespan). */
    static void assertMatches(JsonNode expected, Timespan actual, String where) {
        if (expected == null || expected.isNull()) {
            assertNull(actual, where);
            return;
        }
        assertNotNull(actual, where);
        assertEquals(text(expected.get("begin_tai")), actual.beginTaiIso(), "begin_tai of " + where);
        assertEquals(text(expected.get("end_tai")), actual.endTaiIso(), "end_tai of " + where);
        assertEquals(number(expected.get("begin_nsec")), actual.beginNsec(), "begin_nsec of " + where);
        assertEquals(number(expected.get("end_nsec")), actual.endNsec(), "end_nsec of " + where);
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static Long number(JsonNode n) {
        return n == null || n.isNull() ? null : n.asLong();
    }

    @Test
    void decodesEveryDimensionRecordTimespanFromItsStoredColumns() {
        Map<String, Integer> counts = new HashMap<>();
        for (String repo : SharedFixtures.REPOS) {
            for (JsonNode element : SharedFixtures.expectedJson(repo, "dimension_records.json").get("elements")) {
                for (JsonNode rec : element.get("records")) {
                    Iterator<String> names = rec.fieldNames();
                    while (names.hasNext()) {
                        String name = names.next();
                        JsonNode value = rec.get(name);
                        boolean timespanField = value.isObject() && value.has("begin_nsec")
                                || value.isNull() && (rec.get("_db").has(name + "_begin")
                                        || name.equals("timespan") && rec.get("_db").has(name));
                        if (!timespanField) {
                            continue;
                        }
                        String where = repo + " " + element.get("element").asText() + " " + rec.get("_db");
                        assertMatches(value, fromDbRow(repo, rec.get("_db"), name), where);
                        counts.merge(repo, 1, Integer::sum);
                    }
                }
            }
        }
        // 161 exposures + 160 visits + 15 day_obs (NULL) per rc2 copy; 7 + 6 in the v0 repo.
        assertEquals(Map.of("rc2-sqlite", 336, "rc2-postgres", 336, "old-universe-sqlite", 13), counts);
    }

    @Test
    void decodesEveryCertificationValidityRange() {
        for (String repo : SharedFixtures.REPOS) {
            JsonNode certs = SharedFixtures.expectedJson(repo, "certifications.json");
            Map<String, JsonNode> stored = new HashMap<>();
            for (JsonNode table : certs.get("db_rows")) {
                for (JsonNode row : table) {
                    stored.put(row.get("collection_name").asText() + " " + row.get("dataset_id").asText(), row);
                }
            }
            int n = 0;
            Iterator<Map.Entry<String, JsonNode>> collections = certs.get("by_collection").fields();
            while (collections.hasNext()) {
                Map.Entry<String, JsonNode> c = collections.next();
                for (JsonNode cert : c.getValue()) {
                    String key = c.getKey() + " " + cert.get("uuid").asText();
                    JsonNode row = stored.get(key);
                    assertNotNull(row, repo + " has no stored row for " + key);
                    assertMatches(cert.get("timespan"), fromDbRow(repo, row, "timespan"), repo + " " + key);
                    n++;
                }
            }
            assertEquals(repo.startsWith("old") ? 4 : 1000, n, repo + " certifications");
        }
    }

    /** The timespan column of `butler query-dimension-records` output, keyed by record id. */
    private static Map<String, String> cliTimespans(String repo, String element) throws IOException {
        List<String> lines = Files.readAllLines(
                SharedFixtures.expected(repo, "cli/query-dimension-records_" + element + ".txt"), StandardCharsets.UTF_8);
        Map<String, String> out = new HashMap<>();
        boolean body = false;
        for (String line : lines) {
            if (line.startsWith("---")) {
                body = true;
                continue;
            }
            if (!body || line.isBlank()) {
                continue;
            }
            String id = line.strip().split("\\s+")[1];
            String t;
            if (line.stripTrailing().endsWith("None")) {
                t = "None";
            } else {
                int start = Math.max(line.lastIndexOf('['), line.lastIndexOf("(-∞"));
                t = line.substring(start).stripTrailing();
            }
            out.put(id, t);
        }
        return out;
    }

    @Test
    void printsTimespansLikeTheButlerCli() throws IOException {
        int compared = 0;
        for (String repo : SharedFixtures.REPOS) {
            List<String> elements = repo.startsWith("old") ? List.of("visit", "exposure") : List.of("visit", "exposure", "day_obs");
            for (String element : elements) {
                Map<String, String> cli = cliTimespans(repo, element);
                JsonNode records = SharedFixtures.records(repo, element);
                assertEquals(records.size(), cli.size(), repo + " " + element + " rows");
                for (JsonNode rec : records) {
                    Timespan ts = fromDbRow(repo, rec.get("_db"), "timespan");
                    String expected = cli.get(rec.get("id").asText());
                    assertEquals(expected, ts == null ? "None" : ts.toCliString(),
                            repo + " " + element + " " + rec.get("id"));
                    compared++;
                }
            }
        }
        assertEquals(2 * (160 + 161 + 15) + 6 + 7, compared);
    }

    /**
     * ObsCore t_min/t_max are the UTC MJD of the visit (calexp) or exposure (raw) timespan; deepCoadds
     * have neither. The fixture times are 2014, where TAI − UTC = 35 s.
     */
    @Test
    void obscoreTimesAreUtcMjdOfTheTimespan() {
        for (String repo : List.of("rc2-sqlite", "rc2-postgres")) {
            Map<String, Timespan> visits = new HashMap<>();
            for (JsonNode v : SharedFixtures.records(repo, "visit")) {
                visits.put(v.get("id").asText(), fromDbRow(repo, v.get("_db"), "timespan"));
            }
            Map<String, Timespan> exposures = new HashMap<>();
            for (JsonNode x : SharedFixtures.records(repo, "exposure")) {
                exposures.put(x.get("id").asText(), fromDbRow(repo, x.get("_db"), "timespan"));
            }
            int exact = 0;
            int rows = 0;
            for (JsonNode row : SharedFixtures.expectedJson(repo, "obscore.json").get("rows")) {
                String type = row.get("lsst_dataset_type").asText();
                String id = repo + " obscore " + type + " " + row.get("registry_dataset_id").asText();
                if (type.equals("deepCoadd")) {
                    assertTrue(row.get("t_min").isNull() && row.get("t_max").isNull(), id);
                    continue;
                }
                Timespan ts = type.equals("raw")
                        ? exposures.get(row.get("lsst_exposure").asText())
                        : visits.get(row.get("lsst_visit").asText());
                assertNotNull(ts, id);
                assertEquals(35, TaiTime.taiMinusUtcSeconds(ts.beginNsec()));
                double tMin = row.get("t_min").asDouble();
                double tMax = row.get("t_max").asDouble();
                double myMin = TaiTime.toUtcMjd(ts.beginNsec());
                double myMax = TaiTime.toUtcMjd(ts.endNsec());
                // Within one unit in the last place (~0.6 µs at MJD 56741); astropy's two-double
                // arithmetic may round the last bit differently.
                assertEquals(tMin, myMin, Math.ulp(tMin), id + " t_min");
                assertEquals(tMax, myMax, Math.ulp(tMax), id + " t_max");
                rows++;
                if (tMin == myMin && tMax == myMax) {
                    exact++;
                }
            }
            assertEquals(1132 + 1569, rows);
            System.out.println("[time] " + repo + ": t_min/t_max bit-identical to astropy in " + exact + " of " + rows + " rows");
        }
    }
}
