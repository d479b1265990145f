package org.lsst.butlerbrowser.model.tap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * VOSI availability, capabilities and tables from the recorded DaCHS documents, checked against an
 * independent DOM reading of the same files; and the TAP_SCHEMA fallback, fed with recorded
 * TAP_SCHEMA answers of the same service, checked against its VOSI tables.
 */
class VosiTest {

    private static TapService service(FakeTapServer server) {
        return new TapService(server.base(), TapAuth.none(), TapTimeouts.DEFAULT);
    }

    private static String text(Element parent, String localName) {
        return parent.getElementsByTagNameNS("*", localName).item(0).getTextContent().strip();
    }

    @Test
    void availabilityIsWhatTheServiceSays() {
        Document d = TapFixtures.dom(TapFixtures.shared("availability.xml"));
        try (FakeTapServer server = new FakeTapServer().on("/tap/availability", FakeTapServer.fixture("availability.xml"))) {
            assertEquals(Boolean.parseBoolean(text(d.getDocumentElement(), "available")), service(server).availability().available());
        }
    }

    @Test
    void capabilitiesListTheLanguageFeaturesFormatsUploadsAndLimits() {
        Document d = TapFixtures.dom(TapFixtures.shared("capabilities.xml"));
        TapCapabilities caps;
        try (FakeTapServer server = new FakeTapServer().on("/tap/capabilities", FakeTapServer.fixture("capabilities.xml"))) {
            caps = service(server).capabilities();
        }
        List<String> geometry = TapFixtures.elements(d, "languageFeatures").stream()
                .filter(e -> e.getAttribute("type").endsWith("#features-adqlgeo"))
                .flatMap(e -> TapFixtures.texts(e, "form").stream()).map(String::strip).toList();
        assertEquals(List.copyOf(geometry), List.copyOf(caps.geometryFunctions()));
        assertTrue(caps.supportsGeometry("intersects"));

        assertEquals(TapFixtures.elements(d, "outputFormat").stream().map(e -> text(e, "mime")).toList(),
                caps.outputFormats().stream().map(TapCapabilities.OutputFormat::mime).toList());
        assertEquals(TapFixtures.elements(d, "uploadMethod").stream().map(e -> e.getAttribute("ivo-id")).toList(),
                caps.uploadMethods());
        Element limit = TapFixtures.elements(d, "outputLimit").get(0);
        assertEquals(Long.parseLong(text(limit, "default")), caps.defaultMaxrec());
        assertEquals(Long.parseLong(text(limit, "hard")), caps.hardMaxrec());
        assertEquals(Long.parseLong(text(TapFixtures.elements(d, "executionDuration").get(0), "default")),
                caps.executionDuration());
        assertTrue(caps.hasObsCore());
        for (ResultFormat f : ResultFormat.values()) {
            assertTrue(caps.offers(f), f + " is listed by DaCHS");
        }
        assertEquals(List.of("ADQL"), caps.languages().stream().map(TapCapabilities.Language::name).toList());
    }

    @Test
    void tablesListEverySchemaTableAndColumnWithTheirTypes() {
        Document d = TapFixtures.dom(TapFixtures.shared("tables.xml"));
        TableSet set;
        try (FakeTapServer server = new FakeTapServer().on("/tap/tables", FakeTapServer.fixture("tables.xml"))) {
            set = service(server).tables();
        }
        assertEquals(VosiTables.SOURCE, set.source());
        List<Element> tables = TapFixtures.elements(d, "table");
        assertEquals(tables.stream().map(t -> TapFixtures.texts(t, "name").get(0)).toList(),
                set.tables().stream().map(TapTable::name).toList());
        for (Element t : tables) {
            TapTable table = set.table(TapFixtures.texts(t, "name").get(0)).orElseThrow();
            List<Element> columns = TapFixtures.elements(t, "column");
            assertEquals(columns.size(), table.columns().size(), table.name());
            for (int i = 0; i < columns.size(); i++) {
                Element type = (Element) columns.get(i).getElementsByTagNameNS("*", "dataType").item(0);
                TapColumn c = table.columns().get(i);
                assertEquals(text(columns.get(i), "name"), c.name());
                assertEquals(type.getTextContent().strip(), c.datatype());
                assertEquals(emptyToNull(type.getAttribute("arraysize")), c.arraysize());
                assertEquals(emptyToNull(type.getAttribute("extendedType")), c.xtype());
            }
        }
        assertEquals("ivoa.obscore", set.obsCoreTable().orElseThrow().name());
        assertTrue(set.table("IVOA.ObsCore").isPresent(), "table names match ignoring case, as on the RSP");
        assertFalse(set.table("kit.big_sources").orElseThrow().isObsCore());
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    /** TAP_SCHEMA answers recorded from the same service, by the table each query reads. */
    private static FakeTapServer tapSchemaService() {
        Map<String, byte[]> answers = Map.of(
                "TAP_SCHEMA.schemas", TapFixtures.bytes(TapFixtures.resource("tap-schema/schemas.vot")),
                "TAP_SCHEMA.tables", TapFixtures.bytes(TapFixtures.resource("tap-schema/tables.vot")),
                "TAP_SCHEMA.columns", TapFixtures.bytes(TapFixtures.resource("tap-schema/columns.vot")));
        FakeTapServer server = new FakeTapServer();
        return server.on("/tap/sync", exchange -> {
            String query = server.lastForm().get("QUERY");
            byte[] body = answers.entrySet().stream().filter(e -> query.contains(e.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElseThrow();
            FakeTapServer.bytes(200, "application/x-votable+xml", body).handle(exchange);
        });
    }

    @Test
    void withoutVosiTablesTheSameTablesAndColumnsComeFromTapSchema() {
        TableSet vosi;
        try (FakeTapServer server = new FakeTapServer().on("/tap/tables", FakeTapServer.fixture("tables.xml"))) {
            vosi = service(server).tables();
        }
        TableSet fallback;
        try (FakeTapServer server = tapSchemaService()) {
            server.on("/tap/tables", FakeTapServer.bytes(404, "text/plain", "no such resource".getBytes()));
            fallback = service(server).tables();
        }
        assertEquals(TapSchemaReader.SOURCE, fallback.source());
        assertEquals(byName(vosi), byName(fallback));
    }

    @Test
    void aVosiTablesThatTakesTooLongFallsBackToTapSchema() {
        TapTimeouts impatient = new TapTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(10),
                Duration.ofSeconds(10));
        try (FakeTapServer server = tapSchemaService()) {
            server.on("/tap/tables", exchange -> {
                try {
                    Thread.sleep(20_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            TableSet set = new TapService(server.base(), TapAuth.none(), impatient).tables();
            assertEquals(TapSchemaReader.SOURCE, set.source());
            assertNotNull(set.obsCoreTable().orElse(null));
        }
    }

    @Test
    void anHtmlPageInsteadOfCapabilitiesAsksForAToken() {
        byte[] page = "<html><head><title>Login</title></head><body>Log in</body></html>".getBytes();
        try (FakeTapServer server = new FakeTapServer().on("/tap/capabilities", FakeTapServer.bytes(200, "text/html", page))) {
            TapException e = assertThrows(TapException.class, () -> service(server).capabilities());
            assertEquals(TapException.Kind.AUTHENTICATION, e.kind());
        }
    }

    /** Table name → its columns' name, datatype, arraysize, xtype, unit, UCD and utype, case-insensitively keyed. */
    private static Map<String, List<List<String>>> byName(TableSet set) {
        Map<String, List<List<String>>> out = new TreeMap<>();
        for (TapTable t : set.tables()) {
            out.put(t.name().toLowerCase(), t.columns().stream().map(c -> java.util.Arrays.asList(c.name(), c.datatype(),
                    c.arraysize(), c.xtype(), c.unit(), c.ucd(), c.utype())).toList());
        }
        return out;
    }
}
