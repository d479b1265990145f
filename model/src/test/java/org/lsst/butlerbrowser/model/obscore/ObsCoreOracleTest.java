package org.lsst.butlerbrowser.model.obscore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lsst.butlerbrowser.model.region.ConvexPolygon;
import org.lsst.butlerbrowser.model.region.StcsFormatter;
import org.lsst.butlerbrowser.model.region.UnitVector3d;
import org.lsst.butlerbrowser.model.registry.Registry;
import org.lsst.butlerbrowser.model.registry.ResultCursor;
import org.lsst.butlerbrowser.model.testing.Fixtures;
import org.lsst.butlerbrowser.model.testing.TestRepos;

/** The registry's ObsCore table reads back as daf_butler stored it, footprints included. */
class ObsCoreOracleTest {

    @ParameterizedTest
    @ValueSource(strings = {TestRepos.RC2_SQLITE, TestRepos.RC2_POSTGRES})
    void everyObsCoreRowMatchesWhatDafButlerStored(String repo) {
        if (repo.equals(TestRepos.RC2_POSTGRES)) {
            TestRepos.assumePostgres();
        }
        JsonNode expected = Fixtures.expected(repo, "obscore.json");
        Map<String, JsonNode> expectedById = new HashMap<>();
        expected.path("rows").forEach(r -> expectedById.put(r.path("registry_dataset_id").asText(), r));
        List<String> columns = new ArrayList<>();
        expected.path("columns").forEach(c -> columns.add(c.get(0).asText()));

        List<ObsCoreRow> rows;
        try (Registry registry = TestRepos.open(repo); ResultCursor<ObsCoreRow> cursor = registry.queryObsCore(0)) {
            rows = cursor.toList();
        }
        assertEquals(expected.path("count").asInt(), rows.size());
        for (ObsCoreRow row : rows) {
            assertEquals(columns, List.copyOf(row.values().keySet()));
            JsonNode exp = expectedById.get((String) row.get("registry_dataset_id"));
            assertNotNull(exp, "unexpected row " + row.get("registry_dataset_id"));
            for (String c : columns) {
                JsonNode e = exp.path(c);
                Object ours = row.get(c);
                if (e.isNull()) {
                    assertEquals(null, ours, c);
                } else if (e.isIntegralNumber()) {
                    assertEquals(e.asLong(), ours, c);
                } else if (e.isNumber()) {
                    assertEquals(e.asDouble(), (Double) ours, 0.0, c);
                } else {
                    assertEquals(e.asText(), ours, c);
                }
            }
        }
    }

    /** s_region becomes the same Region model as the registry's own regions, and writes back unchanged. */
    @ParameterizedTest
    @ValueSource(strings = {TestRepos.RC2_SQLITE})
    void footprintsParseIntoPolygonsContainingTheirCentres(String repo) {
        try (Registry registry = TestRepos.open(repo); ResultCursor<ObsCoreRow> cursor = registry.queryObsCore(0)) {
            int n = 0;
            while (cursor.hasNext()) {
                ObsCoreRow row = cursor.next();
                ConvexPolygon polygon = (ConvexPolygon) row.region();
                assertEquals(row.sRegion(), StcsFormatter.format(polygon));
                assertTrue(polygon.contains(UnitVector3d.fromLonLatDegrees(row.sRa(), row.sDec())),
                        row.obsId() + " contains its s_ra, s_dec");
                assertEquals((Double) row.get("s_fov"), polygon.boundingCircle().diameterDeg(), 1e-5, row.obsId());
                n++;
            }
            assertEquals(Fixtures.expected(repo, "obscore.json").path("count").asInt(), n);
        }
    }
}
