package org.lsst.butlerbrowser.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lsst.butlerbrowser.model.repo.Environment;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * tap-query and tap-tables, against recorded answers of the real DaCHS service served by a local
 * server (and against the service itself when {@code butler.test.tap.url} is set). Expected values
 * come from a DOM reading of the recorded files.
 */
class TapCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "gt-cliTestKey.secretValueNeverPrinted";

    @TempDir
    Path dir;

    /** A local service answering every request under /tap with one recorded file; it notes each Authorization header. */
    private static final class Recorded implements AutoCloseable {
        final HttpServer server;
        final List<String> authorizations = new CopyOnWriteArrayList<>();

        Recorded(String fixture, int status, String contentType) throws IOException {
            byte[] body = Files.readAllBytes(tap(fixture));
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/tap", exchange -> {
                exchange.getRequestBody().readAllBytes();
                authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
                exchange.getResponseHeaders().set("Content-Type", contentType);
                exchange.sendResponseHeaders(status, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/tap";
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    private static Path tap(String fixture) {
        return CliRunner.shared().resolve("fixtures/tap").resolve(fixture);
    }

    private static CliRunner.Result run(Environment env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(args, new PrintWriter(out), new PrintWriter(err), env);
        return new CliRunner.Result(status, out.toString(), err.toString());
    }

    private static CliRunner.Result run(String... args) {
        return run(Environment.system(), args);
    }

    private static Document dom(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Element> elements(Document d, String name) {
        NodeList nodes = d.getElementsByTagNameNS("*", name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private static List<List<String>> tabledata(Document d) {
        List<List<String>> rows = new ArrayList<>();
        for (Element tr : elements(d, "TR")) {
            List<String> cells = new ArrayList<>();
            NodeList tds = tr.getElementsByTagNameNS("*", "TD");
            for (int i = 0; i < tds.getLength(); i++) {
                cells.add(tds.item(i).getTextContent());
            }
            rows.add(cells);
        }
        return rows;
    }

    private static Document fixture(String name) throws IOException {
        return dom(Files.readAllBytes(tap(name)));
    }

    @Test
    void csvHasTheServicesColumnsAndEveryRow() throws IOException {
        Document expected = fixture("obscore-sync-tabledata.vot");
        try (Recorded service = new Recorded("obscore-sync-tabledata.vot", 200, "application/x-votable+xml")) {
            CliRunner.Result r = run("tap-query", service.url(), "SELECT ...", "--format", "csv");
            assertEquals(0, r.status(), r.err());
            assertEquals("", r.err());
            List<String> lines = r.out().lines().toList();
            assertEquals(String.join(",", elements(expected, "FIELD").stream().map(f -> f.getAttribute("name")).toList()),
                    lines.get(0));
            assertEquals(tabledata(expected).size() + 1, lines.size());
            List<String> firstRow = tabledata(expected).get(0);
            assertTrue(lines.get(1).startsWith(firstRow.get(0) + "," + firstRow.get(1) + ","), lines.get(1));
        }
    }

    @Test
    void votableOutputHoldsTheSameCellsAsTheServicesTabledata() throws IOException {
        Document expected = fixture("obscore-sync-tabledata.vot");
        try (Recorded service = new Recorded("obscore-sync-binary2.vot", 200, "application/x-votable+xml")) {
            CliRunner.Result r = run("tap-query", service.url(), "SELECT ...", "--format", "votable");
            assertEquals(0, r.status(), r.err());
            List<List<String>> ours = tabledata(dom(r.out().getBytes(StandardCharsets.UTF_8)));
            List<List<String>> theirs = tabledata(expected);
            assertEquals(theirs.size(), ours.size());
            int region = elements(expected, "FIELD").stream().map(f -> f.getAttribute("name")).toList().indexOf("s_region");
            for (int i = 0; i < theirs.size(); i++) {
                assertEquals(theirs.get(i).get(0), ours.get(i).get(0));
                assertEquals(theirs.get(i).get(region), ours.get(i).get(region));
            }
        }
    }

    @Test
    void anOverflowIsAWarningOnStderrAndInTheJson() throws IOException {
        String maxrec = "5"; // what obscore-overflow.vot was recorded with, as its MANIFEST.tsv line says
        List<String> manifest = Files.readAllLines(tap("MANIFEST.tsv"));
        assertTrue(manifest.stream().anyMatch(l -> l.startsWith("obscore-overflow.vot\t") && l.contains("MAXREC=" + maxrec + " ")));
        try (Recorded service = new Recorded("obscore-overflow.vot", 200, "application/x-votable+xml")) {
            CliRunner.Result r = run("tap-query", service.url(), "SELECT ...", "--maxrec", maxrec, "--format", "json");
            assertEquals(0, r.status(), r.err());
            assertEquals("warning: truncated at MAXREC=" + maxrec + System.lineSeparator(), r.err());
            JsonNode json = JSON.readTree(r.out());
            assertEquals("truncated at MAXREC=" + maxrec, json.path("warning").asText());
            assertEquals(Integer.parseInt(maxrec), json.path("rows").size());
            assertEquals(tabledata(fixture("obscore-overflow.vot")).get(0).get(0), json.path("rows").get(0).path("obs_publisher_did").asText());
        }
    }

    @Test
    void outWritesTheFileAndNothingToStdout() throws IOException {
        Path file = dir.resolve("result.csv");
        try (Recorded service = new Recorded("obscore-sync-binary.vot", 200, "application/x-votable+xml")) {
            CliRunner.Result r = run("tap-query", service.url(), "SELECT ...", "--format", "csv", "--out", file.toString());
            assertEquals(0, r.status(), r.err());
            assertEquals("", r.out());
            assertEquals(tabledata(fixture("obscore-sync-tabledata.vot")).size() + 1, Files.readAllLines(file).size());
        }
    }

    @Test
    void aServiceErrorIsOneLineOnStderrAndNothingOnStdout() throws IOException {
        String message = elements(fixture("error-unknown-table.vot"), "INFO").get(0).getTextContent().replaceAll("\\s+", " ").strip();
        try (Recorded service = new Recorded("error-unknown-table.vot", 200, "text/xml")) {
            CliRunner.Result r = run("tap-query", service.url(), "SELECT * FROM kit.no_such_table");
            assertEquals(Cli.ERROR_EXIT, r.status());
            assertEquals("", r.out());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("butler-browser: error: "), r.err());
            assertTrue(r.err().strip().endsWith(message), r.err());
        }
    }

    @Test
    void theTokenComesFromTheNamedVariableAndIsNeverPrinted() throws IOException {
        Environment env = Environment.of(Map.of("MY_RSP_TOKEN", TOKEN), dir, dir);
        try (Recorded service = new Recorded("obscore-overflow.vot", 200, "application/x-votable+xml")) {
            CliRunner.Result r = run(env, "tap-query", service.url(), "SELECT ...", "--token-env", "MY_RSP_TOKEN");
            assertEquals(0, r.status(), r.err());
            assertEquals(List.of("Bearer " + TOKEN), service.authorizations);
        }
        try (Recorded refused = new Recorded("error-bad-adql.vot", 401, "text/xml")) {
            CliRunner.Result r = run(env, "tap-query", refused.url(), "SELECT 1", "--token-env", "MY_RSP_TOKEN", "--debug");
            assertEquals(Cli.ERROR_EXIT, r.status());
            assertTrue(r.err().contains("HTTP 401"), r.err());
            assertFalse(r.err().contains(TOKEN) || r.out().contains(TOKEN), "the token leaked");
        }
        CliRunner.Result unset = run(env, "tap-query", "http://127.0.0.1:9/tap", "SELECT 1", "--token-env");
        assertEquals(Cli.ERROR_EXIT, unset.status());
        assertTrue(unset.err().contains("ACCESS_TOKEN"), unset.err());
    }

    @Test
    void aTokenFileCanBeSentAsBasicAuthentication() throws IOException {
        Path file = dir.resolve("token");
        Files.writeString(file, TOKEN + "\n");
        try (Recorded service = new Recorded("obscore-overflow.vot", 200, "application/x-votable+xml")) {
            CliRunner.Result r = run("tap-query", service.url(), "SELECT ...", "--token-file", file.toString(), "--basic");
            assertEquals(0, r.status(), r.err());
            String basic = java.util.Base64.getEncoder().encodeToString(("x-oauth-basic:" + TOKEN).getBytes(StandardCharsets.UTF_8));
            assertEquals(List.of("Basic " + basic), service.authorizations);
        }
    }

    @Test
    void tapTablesListsEveryTableWithItsColumns() throws IOException {
        Document expected = fixture("tables.xml");
        List<String> names = elements(expected, "table").stream()
                .map(t -> t.getElementsByTagNameNS("*", "name").item(0).getTextContent().strip()).toList();
        try (Recorded service = new Recorded("tables.xml", 200, "text/xml")) {
            CliRunner.Result json = run("tap-tables", service.url(), "--format", "json");
            assertEquals(0, json.status(), json.err());
            List<String> ours = new ArrayList<>();
            int columns = 0;
            for (JsonNode s : JSON.readTree(json.out()).path("schemas")) {
                for (JsonNode t : s.path("tables")) {
                    ours.add(t.path("name").asText());
                    columns += t.path("columns").size();
                }
            }
            assertEquals(names, ours);
            assertEquals(elements(expected, "column").size(), columns);

            CliRunner.Result text = run("tap-tables", service.url());
            assertEquals(names.size() + 2, text.out().lines().count());
            CliRunner.Result csv = run("tap-tables", service.url(), "--format", "csv");
            assertEquals(columns + 1, csv.out().lines().count());
        }
    }

    @Test
    void againstTheRealServiceAsyncGivesTheSameCsvAsSync() throws IOException {
        String url = System.getProperty("butler.test.tap.url", "");
        if (url.isBlank() && Boolean.getBoolean("butler.test.require.tap")) {
            throw new IllegalStateException("TAP tests are required but butler.test.tap.url is not set");
        }
        Assumptions.assumeFalse(url.isBlank(), "no TAP service (set butler.test.tap.url)");
        String adql = "SELECT TOP 40 obs_publisher_did, s_ra, s_region FROM ivoa.obscore ORDER BY obs_publisher_did";
        CliRunner.Result sync = run("tap-query", url, adql, "--format", "csv");
        CliRunner.Result async = run("tap-query", url, adql, "--format", "csv", "--async");
        assertEquals(0, sync.status(), sync.err());
        assertEquals(0, async.status(), async.err());
        assertEquals(sync.out(), async.out());
        assertEquals(41, sync.out().lines().count());
        CliRunner.Result bad = run("tap-query", url, "SELECT * FROM kit.no_such_table", "--async");
        assertEquals(Cli.ERROR_EXIT, bad.status());
        String recorded = elements(fixture("error-unknown-table.vot"), "INFO").get(0).getTextContent().replaceAll("\\s+", " ").strip();
        assertTrue(bad.err().strip().endsWith(recorded), bad.err());
    }
}
