package org.lsst.butlerbrowser.model.tap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.lsst.butlerbrowser.model.table.ResultTable;

/**
 * Sync queries answered with the recorded responses of the real DaCHS service, each served with its
 * recorded Content-Type by a local server. Expected values come from the fixtures themselves: a DOM
 * reading of the TABLEDATA file and MANIFEST.tsv's record of each request.
 */
class SyncResultTest {

    private static final String OBSCORE_TD = "obscore-sync-tabledata.vot";

    private static TapResult query(String fixture, TapQuery query) {
        try (FakeTapServer server = new FakeTapServer().on("/tap/sync", FakeTapServer.fixture(fixture))) {
            return new TapService(server.base(), TapAuth.none(), TapTimeouts.DEFAULT).query(query);
        }
    }

    private static TapQuery recordedQuery(String fixture) {
        var p = TapFixtures.manifest(fixture).parameters();
        TapQuery q = TapQuery.adql(p.get("QUERY"));
        return p.containsKey("MAXREC") ? q.withMaxrec(Long.parseLong(p.get("MAXREC"))) : q;
    }

    @ParameterizedTest
    @ValueSource(strings = {OBSCORE_TD, "obscore-sync-binary2.vot", "obscore-sync-binary.vot", "obscore-sync.csv"})
    void everySerializationOfTheObsCoreResultHoldsTheTabledataRows(String fixture) {
        List<List<String>> expected = TapFixtures.tabledata(TapFixtures.shared(OBSCORE_TD));
        TapResult result = query(fixture, recordedQuery(fixture));

        assertEquals(TapFixtures.fieldNames(TapFixtures.shared(OBSCORE_TD)),
                result.columns().stream().map(TapColumn::name).toList());
        assertEquals(expected.size(), result.rowCount());
        assertFalse(result.overflowed());
        for (int r = 0; r < expected.size(); r++) {
            for (int c = 0; c < expected.get(r).size(); c++) {
                assertSameValue(expected.get(r).get(c), result.table().value(r, c),
                        "row " + r + " column " + result.columns().get(c).name() + " of " + fixture);
            }
        }
    }

    /** A cell equals the TABLEDATA text: numbers by value, NULL as the empty or sentinel text DaCHS writes. */
    private static void assertSameValue(String text, Object value, String where) {
        if (value == null) {
            assertTrue(text.isEmpty() || text.equals("NaN") || text.equals("-1") || text.equals("-32768"),
                    where + ": null for '" + text + "'");
        } else if (value instanceof Float f) {
            assertEquals(Float.parseFloat(text), f, 0.0f, where); // STIL reads short CSV decimals as float
        } else if (value instanceof Number n) {
            assertEquals(Double.parseDouble(text), n.doubleValue(), 0.0, where);
        } else {
            assertEquals(text, value.toString(), where);
        }
    }

    @Test
    void binaryAndTabledataAgreeOnTheTypeOfEveryColumn() {
        TapResult td = query(OBSCORE_TD, recordedQuery(OBSCORE_TD));
        TapResult b2 = query("obscore-sync-binary2.vot", recordedQuery("obscore-sync-binary2.vot"));
        assertEquals(td.columns(), b2.columns());
        for (int c = 0; c < td.columns().size(); c++) {
            assertEquals(td.table().columns().get(c).type(), b2.table().columns().get(c).type());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"obscore-overflow.vot", "obscore-overflow-binary2.vot"})
    void overflowKeepsTheRowsAndWarnsWithTheRequestedMaxrec(String fixture) {
        TapQuery q = recordedQuery(fixture);
        TapResult result = query(fixture, q);

        assertTrue(result.overflowed());
        assertEquals(q.maxrec(), result.rowCount());
        assertEquals("truncated at MAXREC=" + TapFixtures.manifest(fixture).parameters().get("MAXREC"),
                result.warning().orElseThrow());
    }

    @Test
    void theRequestCarriesTheTap11ParametersAndTheServicesSpellingOfBinary2() {
        try (FakeTapServer server = new FakeTapServer()
                .on("/tap/capabilities", FakeTapServer.fixture("capabilities.xml"))
                .on("/tap/sync", FakeTapServer.fixture("obscore-sync-binary2.vot"))) {
            TapQuery q = recordedQuery("obscore-sync-binary2.vot").withMaxrec(500).withFormat(ResultFormat.VOTABLE_BINARY2);
            new TapService(server.base(), TapAuth.none(), TapTimeouts.DEFAULT).query(q);

            var form = server.lastForm();
            assertEquals("doQuery", form.get("REQUEST"));
            assertEquals("ADQL", form.get("LANG"));
            assertEquals(q.adql(), form.get("QUERY"));
            assertEquals("500", form.get("MAXREC"));
            // the MIME type DaCHS lists for its output-votable-binary2 format
            assertEquals(TapFixtures.elements(TapFixtures.dom(TapFixtures.shared("capabilities.xml")), "outputFormat")
                    .stream().filter(e -> e.getAttribute("ivo-id").endsWith("#output-votable-binary2"))
                    .map(e -> e.getElementsByTagName("mime").item(0).getTextContent()).findFirst().orElseThrow(),
                    form.get("RESPONSEFORMAT"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"error-bad-adql.vot", "error-unknown-column.vot", "error-unknown-table.vot",
            "error-bad-responseformat.vot"})
    void anErrorDocumentBecomesAServiceErrorWithTheServicesMessage(String fixture) {
        TapException e = assertThrows(TapException.class, () -> query(fixture, recordedQuery(fixture)));
        assertEquals(TapException.Kind.SERVICE_ERROR, e.kind());
        assertTrue(e.getMessage().endsWith("reported an error: " + TapFixtures.errorInfo(TapFixtures.shared(fixture))),
                e.getMessage());
    }

    @Test
    void anErrorReportedAfterTheRowsWinsOverTheRows() {
        // DALI lets a service that fails mid-stream put QUERY_STATUS=ERROR after the rows it sent,
        // where DaCHS puts OVERFLOW: the recorded overflow document with that INFO turned into an error.
        String overflow = "<INFO name=\"QUERY_STATUS\" value=\"OVERFLOW\"></INFO>";
        String recorded = new String(TapFixtures.bytes(TapFixtures.shared("obscore-overflow.vot")), StandardCharsets.UTF_8);
        assertTrue(recorded.contains(overflow));
        String message = "Query aborted after 5 rows: statement timeout";
        byte[] failed = recorded.replace(overflow, "<INFO name=\"QUERY_STATUS\" value=\"ERROR\">" + message + "</INFO>")
                .getBytes(StandardCharsets.UTF_8);
        try (FakeTapServer server = new FakeTapServer().on("/tap/sync",
                FakeTapServer.bytes(200, "application/x-votable+xml", failed))) {
            TapException e = assertThrows(TapException.class,
                    () -> new TapService(server.base(), TapAuth.none(), TapTimeouts.DEFAULT).query(TapQuery.adql("SELECT 1")));
            assertEquals(TapException.Kind.SERVICE_ERROR, e.kind());
            assertTrue(e.getMessage().endsWith("reported an error: " + message), e.getMessage());
        }
    }

    @Test
    void nullsInTheBigTableAgreeAcrossSerializationsAndWithTheTabledataText() {
        List<List<String>> td = TapFixtures.tabledata(TapFixtures.shared("big-table-sample-tabledata.vot"));
        List<String> names = TapFixtures.fieldNames(TapFixtures.shared("big-table-sample-tabledata.vot"));
        int u = names.indexOf("psf_mag_u");
        int ext = names.indexOf("extendedness");
        long nanU = td.stream().filter(r -> r.get(u).equals("NaN")).count();
        long nullExt = td.stream().filter(r -> r.get(ext).equals("-1")).count();
        assertTrue(nanU > 0 && nullExt > 0, "the sample has NULLs in both columns");

        for (String fixture : List.of("big-table-sample.vot", "big-table-sample-tabledata.vot", "big-table-sample-binary.vot")) {
            ResultTable t = query(fixture, recordedQuery(fixture)).table();
            assertEquals(td.size(), t.rowCount(), fixture);
            long missingU = 0;
            long missingExt = 0;
            for (int r = 0; r < t.rowCount(); r++) {
                Object mag = t.value(r, u);
                missingU += mag == null || ((Float) mag).isNaN() ? 1 : 0;
                missingExt += t.value(r, ext) == null ? 1 : 0;
            }
            assertEquals(nanU, missingU, fixture);
            assertEquals(nullExt, missingExt, fixture);
        }
    }

    @Test
    void progressEndsWithEveryRowAndEveryByte() {
        String fixture = "big-table-sample.vot";
        List<long[]> reports = new ArrayList<>();
        TapResult result;
        try (FakeTapServer server = new FakeTapServer().on("/tap/sync", FakeTapServer.fixture(fixture))) {
            result = new TapService(server.base(), TapAuth.none(), TapTimeouts.DEFAULT)
                    .query(recordedQuery(fixture), (bytes, rows) -> reports.add(new long[] {bytes, rows}), Cancellation.none());
        }
        long size = TapFixtures.bytes(TapFixtures.shared(fixture)).length;
        assertArrayEquals(new long[] {size, result.rowCount()}, reports.get(reports.size() - 1));
        assertEquals(size, result.bytesRead());
        assertTrue(reports.size() > 1, "progress arrives while the rows stream in");
        for (int i = 1; i < reports.size(); i++) {
            assertTrue(reports.get(i)[0] >= reports.get(i - 1)[0] && reports.get(i)[1] >= reports.get(i - 1)[1]);
        }
    }

    @Test
    void resultRowsIterateInOrderAndTheTableReadsBackThroughStil() throws Exception {
        TapResult result = query(OBSCORE_TD, recordedQuery(OBSCORE_TD));
        int n = 0;
        try (var rows = result.table().open()) {
            while (rows.hasNext()) {
                Object[] row = rows.next();
                for (int c = 0; c < row.length; c++) {
                    assertEquals(result.table().value(n, c), row[c]);
                }
                n++;
            }
        }
        assertEquals(result.rowCount(), n);
        var star = result.table().asStarTable();
        assertEquals(result.rowCount(), star.getRowCount());
        assertEquals(result.columns().get(11).utype(), star.getColumnInfo(11).getUtype());
        assertTrue(Objects.equals(result.table().value(7, 11), star.getCell(7, 11)));
    }
}
