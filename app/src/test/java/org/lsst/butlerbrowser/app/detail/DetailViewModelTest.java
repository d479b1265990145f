package org.lsst.butlerbrowser.app.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lsst.butlerbrowser.app.dimensions.FixtureRegistries;
import org.lsst.butlerbrowser.app.session.RegistrySession;
import org.lsst.butlerbrowser.model.registry.DatasetQuery;
import org.lsst.butlerbrowser.model.registry.DatasetRef;
import org.lsst.butlerbrowser.model.registry.DimensionRecord;
import org.lsst.butlerbrowser.model.registry.ResultCursor;
import org.lsst.butlerbrowser.model.registry.WhereClause;
import org.lsst.butlerbrowser.model.universe.DimensionElement;

/** The detail panel's state for records and datasets of the rc2 fixture, against daf_butler's answers. */
class DetailViewModelTest {

    private RegistrySession session;
    private DetailViewModel model;
    private String root;

    @BeforeEach
    void open() {
        session = FixtureRegistries.session(FixtureRegistries.RC2);
        model = new DetailViewModel(session);
        root = FixtureRegistries.repo(FixtureRegistries.RC2).toString();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private DimensionRecord record(String element, String where) {
        try (ResultCursor<DimensionRecord> c = session.registry().queryDimensionRecords(element, WhereClause.parse(where), 0)) {
            return c.next();
        }
    }

    private DatasetRef dataset(String type, String collection, String where) {
        DatasetQuery query = DatasetQuery.of(type, List.of(collection), false).withWhere(WhereClause.parse(where));
        try (ResultCursor<DatasetRef> c = session.registry().queryDatasets(query)) {
            return c.next();
        }
    }

    private static Map<String, String> asMap(List<DetailField> fields) {
        Map<String, String> out = new LinkedHashMap<>();
        fields.forEach(f -> out.put(f.name(), f.value()));
        return out;
    }

    /** A value of the expected files as the registry's table shows it (SQLite: NULL, numbers, text). */
    private static String storedText(JsonNode v) {
        return v.isNull() ? "NULL" : v.asText();
    }

    @Test
    void visitShowsEveryFieldWithRegionVerticesAndBothTimeScales() {
        JsonNode expected = FixtureRegistries.records(FixtureRegistries.RC2, "visit").get(0);
        String instrument = expected.get("instrument").asText();
        long id = expected.get("id").asLong();
        session.detailProperty().set(record("visit", "instrument='" + instrument + "' AND visit=" + id));

        assertFalse(model.emptyProperty().get());
        assertEquals("visit", model.titleProperty().get());
        assertEquals("instrument " + instrument + " · visit " + id, model.subtitleProperty().get());
        List<String> names = new ArrayList<>();
        expected.fieldNames().forEachRemaining(names::add);
        names.remove("_db");
        Map<String, String> shown = asMap(model.fields());
        assertEquals(names, List.copyOf(shown.keySet()), "every field in daf_butler's order");
        assertEquals(expected.get("name").asText(), shown.get("name"));
        assertEquals("None", shown.get("zenith_angle"));

        JsonNode ts = expected.get("timespan");
        assertTrue(shown.get("timespan").startsWith("TAI [" + ts.get("begin_tai").asText() + ", " + ts.get("end_tai").asText() + ")\nUTC ["),
                shown.get("timespan"));
        String region = shown.get("region");
        JsonNode vertices = expected.get("region").get("vertices_deg");
        assertTrue(region.startsWith("ConvexPolygon, " + vertices.size() + " vertices"), region);
        List<String> lines = region.lines().filter(l -> l.startsWith("[")).toList();
        assertEquals(vertices.size(), lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String[] radec = lines.get(i).substring(1, lines.get(i).length() - 1).split(", ");
            assertEquals(vertices.get(i).get(0).asDouble(), Double.parseDouble(radec[0]), 1e-10, "RA of vertex " + i);
            assertEquals(vertices.get(i).get(1).asDouble(), Double.parseDouble(radec[1]), 1e-10, "Dec of vertex " + i);
        }
        assertNotNull(model.fields().stream().filter(f -> f.name().equals("region")).findFirst().orElseThrow().region());
    }

    @Test
    void storedValuesAreTheTableRows() {
        for (String element : List.of("visit", "exposure", "skymap", "patch", "day_obs")) {
            JsonNode expected = FixtureRegistries.records(FixtureRegistries.RC2, element).get(0);
            DimensionElement e = session.registry().universe().element(element);
            Map<String, Object> key = new LinkedHashMap<>();
            for (String d : e.required()) {
                JsonNode v = expected.get(e.columnFor(d));
                key.put(d, v.isNumber() ? (Object) v.asLong() : v.asText());
            }
            session.detailProperty().set(record(element, DataIdWhere.of(key)));

            Map<String, String> expectedStored = new LinkedHashMap<>();
            expected.get("_db").fields().forEachRemaining(f -> expectedStored.put(f.getKey(), storedText(f.getValue())));
            assertEquals(expectedStored, asMap(model.storedFields()), element + " as stored");
        }
    }

    @Test
    void recordGivesTheButlerCommandPythonAndTsv() {
        JsonNode expected = FixtureRegistries.records(FixtureRegistries.RC2, "visit").get(0);
        String where = "instrument='" + expected.get("instrument").asText() + "' AND visit=" + expected.get("id").asLong();
        session.detailProperty().set(record("visit", where));

        assertEquals("butler query-dimension-records " + root + " visit --where \"" + where + "\"", model.getButlerCommand());
        assertEquals("from lsst.daf.butler import Butler\n\nbutler = Butler(\"" + root + "\")\n"
                + "records = butler.registry.queryDimensionRecords(\"visit\", where=\"" + where + "\")", model.getPythonCode());
        String[] lines = model.getTsv().split("\n");
        assertEquals(2, lines.length);
        List<String> header = List.of(lines[0].split("\t", -1));
        List<String> values = List.of(lines[1].split("\t", -1));
        assertEquals(expected.get("name").asText(), values.get(header.indexOf("name")));
        assertEquals(expected.get("timespan").get("end_tai").asText(), values.get(header.indexOf("timespan_end_tai")));
        assertEquals("", values.get(header.indexOf("zenith_angle")), "NULL is an empty cell");
    }

    @Test
    void joinElementCommandNamesEveryKeyDimension() {
        JsonNode vdr = FixtureRegistries.records(FixtureRegistries.RC2, "visit_detector_region").get(0);
        String where = "instrument='" + vdr.get("instrument").asText() + "' AND detector=" + vdr.get("detector").asLong()
                + " AND visit=" + vdr.get("visit").asLong();
        session.detailProperty().set(record("visit_detector_region", where));
        assertEquals("butler query-dimension-records " + root + " visit_detector_region --where \"" + where + "\"",
                model.getButlerCommand());
    }

    @Test
    void datasetShowsIdentityDataIdAndCommands() {
        JsonNode expected = null;
        for (JsonNode d : FixtureRegistries.expected(FixtureRegistries.RC2, "datasets.json").get("datasets")) {
            if (d.get("dataset_type").asText().equals("calexp")) {
                expected = d;
                break;
            }
        }
        assertNotNull(expected);
        JsonNode dataId = expected.get("data_id");
        String where = "instrument='" + dataId.get("instrument").asText() + "' AND detector=" + dataId.get("detector").asLong()
                + " AND visit=" + dataId.get("visit").asLong();
        String run = expected.get("run").asText();
        DatasetRef ref = dataset("calexp", run, where);
        session.detailProperty().set(ref);

        Map<String, String> shown = asMap(model.fields());
        assertEquals(expected.get("uuid").asText(), shown.get("uuid"));
        assertEquals(run, shown.get("run"));
        assertEquals(expected.get("data_id_full").get("band").asText(), shown.get("band (implied)"));
        assertEquals(dataId.get("visit").asText(), shown.get("visit"));
        assertEquals(expected.get("db").get("id").asText(), asMap(model.storedFields()).get("id"));
        assertEquals("butler query-datasets " + root + " calexp --collections " + run + " --where \"" + where
                + "\" --find-first", model.getButlerCommand());
        assertEquals("from lsst.daf.butler import Butler\n\nbutler = Butler(\"" + root + "\")\n"
                + "refs = butler.query_datasets(\"calexp\", collections=\"" + run + "\", where=\"" + where
                + "\", find_first=True)", model.getPythonCode());
    }

    @Test
    void certifiedCalibrationShowsItsValidityAndSearchesAll() {
        JsonNode cert = null;
        for (JsonNode c : FixtureRegistries.expected(FixtureRegistries.RC2, "certifications.json").get("by_collection")
                .get("HSC/calib/DM-50000")) {
            if (c.get("dataset_type").asText().equals("bias") && !c.get("timespan").get("end_tai").isNull()) {
                cert = c;
                break;
            }
        }
        assertNotNull(cert);
        String where = "instrument='" + cert.get("data_id").get("instrument").asText() + "' AND detector="
                + cert.get("data_id").get("detector").asLong();
        String uuid = cert.get("uuid").asText();
        DatasetQuery query = DatasetQuery.of("bias", List.of("HSC/calib/DM-50000"), false).withWhere(WhereClause.parse(where));
        DatasetRef ref;
        try (ResultCursor<DatasetRef> c = session.registry().queryDatasets(query)) {
            ref = c.toList().stream().filter(r -> r.id().toString().equals(uuid)).findFirst().orElseThrow();
        }
        session.detailProperty().set(ref);

        String validity = asMap(model.fields()).get("validity");
        assertTrue(validity.startsWith("TAI [" + cert.get("timespan").get("begin_tai").asText() + ", "
                + cert.get("timespan").get("end_tai").asText() + ")\nUTC ["), validity);
        Map<String, String> stored = asMap(model.storedFields());
        assertEquals(cert.get("timespan").get("begin_nsec").asText(), stored.get("validity_begin"));
        assertEquals("butler query-datasets " + root + " bias --collections HSC/calib/DM-50000 --where \"" + where + "\"",
                model.getButlerCommand());
        assertTrue(model.getPythonCode().endsWith("find_first=False)"), model.getPythonCode());
    }

    @Test
    void emptyWithoutSelection() {
        session.detailProperty().set(record("instrument", ""));
        assertFalse(model.emptyProperty().get());
        session.detailProperty().set(null);
        assertTrue(model.emptyProperty().get());
        assertTrue(model.fields().isEmpty());
        assertEquals("", model.getButlerCommand());
    }
}
