package org.lsst.butlerbrowser.model.tap;

import java.nio.file.Path;
import java.nio.file.Files;
import java.net.SocketTimeoutException;
import java.net.ServerSocket;
import java.net.InetAddress;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lsst.butlerbrowser.model.testing.Corpus;
import org.lsst.butlerbrowser.model.testing.Gen;
import org.lsst.butlerbrowser.model.testing.Hostile;
import org.lsst.butlerbrowser.model.testing.ParserContract;
import org.lsst.butlerbrowser.model.testing.Properties;
import org.xml.sax.SAXException;

/**
 * The VOSI and UWS documents a service sends (capabilities, tables, availability, job status) and
 * the error bodies it may send instead, against hostile XML: XML bombs, external entities and DTDs,
 * deep nesting, missing elements. Each parser gives a usable value or the IOException/SAXException
 * its caller turns into a {@link TapException}; nothing is ever fetched or expanded without bound.
 */
class VosiFuzzTest {

    private static final ParserContract<TapCapabilities> CAPABILITIES = ParserContract.<TapCapabilities>of(
            "VOSI capabilities reader", VosiFuzzTest::checkCapabilities, IOException.class, SAXException.class)
            .shownAs(VosiFuzzTest::shown);
    private static final ParserContract<TableSet> TABLES = ParserContract.<TableSet>of("VOSI tables reader",
            VosiFuzzTest::checkTables, IOException.class, SAXException.class).shownAs(VosiFuzzTest::shown);
    private static final ParserContract<UwsJobStatus> JOB = ParserContract.<UwsJobStatus>of("UWS job reader",
            VosiFuzzTest::checkJob, IOException.class, SAXException.class).shownAs(VosiFuzzTest::shown);
    private static final ParserContract<Availability> AVAILABILITY = ParserContract.<Availability>of(
            "VOSI availability reader", a -> assertNotNull(a.notes()), IOException.class, SAXException.class)
            .shownAs(VosiFuzzTest::shown);
    private static final ParserContract<String> ERROR_BODY = ParserContract.<String>of("service error message reader",
            VosiFuzzTest::checkMessage);
    private static final URI JOB_URL = URI.create("http://tap.example.org/tap/async/abc123");

    private static final List<String> WORDS = List.of("<", ">", "</", "/>", "\"", "=", "&", "&amp;", "&#0;",
            "<name>", "</name>", "<table>", "</table>", "<column>", "</column>", "<schema>", "<capability ",
            "standardID=\"ivo://ivoa.net/std/TAP\"", "<language>", "<outputFormat>", "<mime>", "<uws:phase>",
            "<uws:result id=\"result\" xlink:href=\"", "xmlns:xlink=\"http://www.w3.org/1999/xlink\"", "<feature>",
            "<form>", "<dataType arraysize=\"", "<!DOCTYPE x [<!ENTITY e \"v\">]>", "&e;", "<![CDATA[", "]]>",
            "<!ENTITY x SYSTEM \"file:///etc/passwd\">", "<?xml version=\"1.0\" encoding=\"UTF-16\"?>", "COMPLETED",
            "ERROR", "EXECUTING", "<INFO name=\"QUERY_STATUS\" value=\"ERROR\">", "<title>", "</title>", "<html>");

    /** How TapService words a VOSI parser's complaint (TapResponse.readFailure). */
    private static String shown(Exception e) {
        return ServiceMessages.oneLine(String.valueOf(e.getMessage()));
    }

    private static void checkCapabilities(TapCapabilities c) {
        c.geometryFunctions();
        c.hasObsCore();
        c.maxrecLimit();
        for (ResultFormat f : ResultFormat.values()) {
            c.offers(f);
            c.responseFormatFor(f);
        }
    }

    private static void checkTables(TableSet set) {
        set.obsCoreTable();
        for (TapTable t : set.tables()) {
            assertNotNull(t.name(), "a table without a name");
            t.simpleName();
            t.isObsCore();
            assertTrue(set.table(t.name()).isPresent());
            t.columns().forEach(c -> {
                assertNotNull(c.name(), "a column without a name");
                assertTrue(t.column(c.name()).isPresent());
                c.footprintParser();
            });
        }
    }

    private static void checkJob(UwsJobStatus s) {
        assertNotNull(s.phase());
        s.primaryResult();
        s.results().forEach(r -> assertTrue(r.href().isAbsolute(), r.href() + " is not absolute"));
    }

    /** The message shown to the user: absent, or one short line. */
    private static void checkMessage(String m) {
        if (m != null) {
            assertTrue(m.length() <= 500, "a " + m.length() + "-character message");
            assertFalse(m.contains("\n"), "a message of several lines");
        }
    }

    private static Gen<byte[]> documents() {
        List<byte[]> seeds = new ArrayList<>(Corpus.bytes("vosi"));
        for (String name : List.of("capabilities.xml", "availability.xml", "async-job-completed.xml",
                "async-job-error.xml", "async-job-results.xml", "error-bad-adql.vot", "async-create-response.html")) {
            seeds.add(TapFixtures.bytes(TapFixtures.shared(name)));
        }
        return Hostile.bytes(seeds, WORDS);
    }

    @Test
    void hostileDocumentsAreReadOrRefused() {
        Properties.forAll(documents(), body -> {
            CAPABILITIES.check(body, () -> TapCapabilities.parse(new ByteArrayInputStream(body)));
            TABLES.check(body, () -> VosiTables.parse(new ByteArrayInputStream(body)));
            JOB.check(body, () -> UwsJobStatus.parse(new ByteArrayInputStream(body), JOB_URL));
            AVAILABILITY.check(body, () -> Availability.parse(new ByteArrayInputStream(body)));
            ERROR_BODY.check(body, () -> ServiceMessages.extract(body, "text/xml"));
        });
    }

    @Test
    void everyCorpusInputIsReadOrRefused() {
        CAPABILITIES.checkCorpus(Corpus.of("vosi"), e -> () -> TapCapabilities.parse(new ByteArrayInputStream(e.bytes())));
        TABLES.checkCorpus(Corpus.of("vosi"), e -> () -> VosiTables.parse(new ByteArrayInputStream(e.bytes())));
        JOB.checkCorpus(Corpus.of("vosi"), e -> () -> UwsJobStatus.parse(new ByteArrayInputStream(e.bytes()), JOB_URL));
        AVAILABILITY.checkCorpus(Corpus.of("vosi"), e -> () -> Availability.parse(new ByteArrayInputStream(e.bytes())));
        ERROR_BODY.checkCorpus(Corpus.of("vosi"), e -> () -> ServiceMessages.extract(e.bytes(), "text/xml"));
    }

    // XXE protection and faults the fuzzers found, each also in the corpus.

    /** External DTDs, external entities and parameter entities are never fetched, from the network or a file. */
    @Test
    void externalEntitiesAndDtdsAreNeverFetched() throws IOException {
        Path secret = Files.createTempFile("butler-xxe-", ".txt");
        Files.writeString(secret, "XXE-MARKER");
        try (ServerSocket trap = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            trap.setSoTimeout(300);
            String url = "http://127.0.0.1:" + trap.getLocalPort() + "/evil";
            String doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE c SYSTEM \"" + url + ".dtd\" [<!ENTITY f SYSTEM \""
                    + secret.toUri() + "\"><!ENTITY n SYSTEM \"" + url + "\"><!ENTITY % p SYSTEM \"" + url + ".ent\"> %p;]>\n"
                    + Corpus.file("vosi", "valid-capabilities.xml").text().split("\n", 2)[1]
                    .replace("<name>ADQL</name>", "<name>ADQL&f;&n;</name>");
            byte[] body = doc.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            ParserContract.Outcome<TapCapabilities> outcome = CAPABILITIES.check(body,
                    () -> TapCapabilities.parse(new ByteArrayInputStream(body)));
            if (outcome.accepted()) {
                assertFalse(outcome.value().toString().contains("XXE-MARKER"), outcome.value().toString());
            }
            assertThrows(SocketTimeoutException.class, trap::accept, "the parser connected to " + url);
        } finally {
            Files.delete(secret);
        }
    }

    /** Billion laughs is refused after a thousand expansions, not after the JDK's 64,000 and tens of megabytes. */
    @Test
    void xmlBombsAreRefusedCheaply() {
        ParserContract<TapCapabilities> lean = CAPABILITIES.allocating(4L << 20, 64);
        byte[] bomb = Corpus.file("vosi", "billion-laughs.xml").bytes();
        lean.check(bomb, () -> TapCapabilities.parse(new ByteArrayInputStream(bomb)));
        byte[] quadratic = Corpus.file("vosi", "quadratic-blowup.xml").bytes();
        lean.check(quadratic, () -> TapCapabilities.parse(new ByteArrayInputStream(quadratic)));
    }

    /** A nameless language, table or column, or a result link that is not http(s), broke the callers later. */
    @Test
    void documentsMissingWhatCallersNeedAreReadOrRefusedAtOnce() {
        byte[] language = Corpus.file("vosi", "capabilities-language-without-name.xml").bytes();
        assertTrue(CAPABILITIES.accepts("nameless language",
                () -> TapCapabilities.parse(new ByteArrayInputStream(language))).languages().isEmpty());
        for (String name : List.of("tables-table-without-name.xml", "tables-column-without-name.xml")) {
            byte[] body = Corpus.file("vosi", name).bytes();
            assertTrue(TABLES.refuses(name, () -> VosiTables.parse(new ByteArrayInputStream(body))).getMessage()
                    .contains("has no <name>"));
        }
        for (String name : List.of("job-result-bad-href.xml", "job-result-javascript-href.xml")) {
            byte[] body = Corpus.file("vosi", name).bytes();
            assertTrue(JOB.refuses(name, () -> UwsJobStatus.parse(new ByteArrayInputStream(body), JOB_URL)).getMessage()
                    .contains("result link"));
        }
    }
}
