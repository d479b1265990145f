package org.lsst.butlerbrowser.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** --format json and csv carry the same answers as daf_butler's expected files, with their keys. */
class OutputFormatsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode expected(String file) throws IOException {
        return JSON.readTree(CliRunner.expectedDir(CliRunner.RC2_SQLITE).resolve(file).toFile());
    }

    private static JsonNode runJson(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of(args));
        all.add(1, CliRunner.repoArgument(CliRunner.RC2_SQLITE));
        all.addAll(List.of("--format", "json"));
        CliRunner.Result r = CliRunner.run(all);
        assertEquals(0, r.status(), r.err());
        return JSON.readTree(r.out());
    }

    @Test
    void collectionsAsJsonHaveNameTypeDocAndChildren() throws IOException {
        JsonNode ours = runJson("query-collections", "--chains", "NO-CHILDREN");
        Map<String, JsonNode> byName = new HashMap<>();
        ours.path("collections").forEach(c -> byName.put(c.path("name").asText(), c));
        JsonNode expected = expected("collections.json");
        assertEquals(expected.path("count").asInt(), byName.size());
        for (JsonNode c : expected.path("collections")) {
            JsonNode o = byName.get(c.path("name").asText());
            assertEquals(c.path("type"), o.path("type"));
            assertEquals(c.path("doc"), o.path("doc"));
            assertEquals(c.path("children"), o.path("children"));
        }
    }

    @Test
    void datasetTypesAsJsonMatch() throws IOException {
        JsonNode ours = runJson("query-dataset-types");
        Map<String, JsonNode> byName = new HashMap<>();
        ours.path("dataset_types").forEach(t -> byName.put(t.path("name").asText(), t));
        for (JsonNode t : expected("dataset_types.json").path("dataset_types")) {
            JsonNode o = byName.get(t.path("name").asText());
            assertEquals(t.path("dimensions"), o.path("dimensions"));
            assertEquals(t.path("storage_class"), o.path("storage_class"));
            assertEquals(t.path("is_calibration"), o.path("is_calibration"));
        }
    }

    @Test
    void datasetsAsJsonCarryUuidTypeRunAndDataIdWithValidityForCalibrations() throws IOException {
        String collection = "HSC/calib/DM-50000";
        JsonNode ours = runJson("query-datasets", "*", "--collections", collection, "--limit", "0");
        Set<String> expectedRows = new HashSet<>();
        for (JsonNode d : expected("certifications.json").path("by_collection").path(collection)) {
            expectedRows.add(d.path("uuid").asText() + d.path("dataset_type").asText() + d.path("run").asText()
                    + d.path("data_id") + d.path("timespan").path("begin_tai") + d.path("timespan").path("end_tai"));
        }
        Set<String> ourRows = new HashSet<>();
        for (JsonNode d : ours.path("datasets")) {
            ourRows.add(d.path("uuid").asText() + d.path("dataset_type").asText() + d.path("run").asText()
                    + d.path("data_id") + d.path("timespan").path("begin_tai") + d.path("timespan").path("end_tai"));
        }
        assertEquals(expectedRows, ourRows);
    }

    @Test
    void dimensionRecordsAsJsonHaveRegionVerticesAndTimespans() throws IOException {
        JsonNode ours = runJson("query-dimension-records", "visit", "--limit", "0");
        assertEquals("visit", ours.path("element").asText());
        Map<Long, JsonNode> byId = new HashMap<>();
        ours.path("records").forEach(r -> byId.put(r.path("id").asLong(), r));
        for (JsonNode element : expected("dimension_records.json").path("elements")) {
            if (!element.path("element").asText().equals("visit")) {
                continue;
            }
            assertEquals(element.path("count").asInt(), byId.size());
            for (JsonNode r : element.path("records")) {
                JsonNode o = byId.get(r.path("id").asLong());
                assertEquals(r.path("timespan").path("begin_tai"), o.path("timespan").path("begin_tai"));
                assertEquals(r.path("timespan").path("end_tai"), o.path("timespan").path("end_tai"));
                JsonNode ev = r.path("region").path("vertices_deg");
                JsonNode ov = o.path("region").path("vertices_deg");
                assertEquals(ev.size(), ov.size());
                for (int i = 0; i < ev.size(); i++) {
                    assertEquals(ev.get(i).get(0).asDouble(), ov.get(i).get(0).asDouble(), 1e-9);
                    assertEquals(ev.get(i).get(1).asDouble(), ov.get(i).get(1).asDouble(), 1e-9);
                }
            }
        }
    }

    @Test
    void infoReportsUniverseManagersAndRowCounts() throws IOException {
        JsonNode ours = runJson("info");
        JsonNode summary = expected("summary.json");
        assertEquals("SQLite", ours.path("backend").asText());
        assertEquals(summary.path("universe"), ours.path("universe"));
        assertEquals(summary.path("table_row_counts"), ours.path("tables"));
        Map<String, String> attributes = new HashMap<>();
        for (JsonNode a : expected("butler_attributes.json")) {
            attributes.put(a.path("name").asText(), a.path("value").asText());
        }
        for (JsonNode m : ours.path("managers")) {
            assertEquals(attributes.get("config:registry.managers." + m.path("kind").asText()), m.path("class").asText());
            assertEquals(attributes.get("version:" + m.path("class").asText()), m.path("version").asText());
        }
        assertEquals(attributes.keySet().stream().filter(k -> k.startsWith("config:registry.managers.")).count(),
                ours.path("managers").size());
    }

    @Test
    void csvHasAHeaderAndOneLinePerRow() {
        CliRunner.Result r = CliRunner.run(List.of("query-datasets", CliRunner.repoArgument(CliRunner.RC2_SQLITE), "calexp",
                "--collections", "HSC/runs/RC2", "--find-first", "--limit", "0", "--format", "csv"));
        assertEquals(0, r.status(), r.err());
        String[] lines = r.out().split("\r\n");
        assertTrue(lines[0].startsWith("type,run,id,instrument,detector,visit,band,day_obs,physical_filter"), lines[0]);
        long count = 0;
        try {
            count = expected("datasets_by_collection.json").path("chained").path("HSC/runs/RC2").path("find_first")
                    .path("calexp").size();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertEquals(count, lines.length - 1);
    }
}
