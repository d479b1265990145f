package org.lsst.butlerbrowser.app.tap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.lsst.butlerbrowser.app.detail.DetailField;
import org.lsst.butlerbrowser.app.session.Footprints;
import org.lsst.butlerbrowser.app.session.SkyLink;
import org.lsst.butlerbrowser.app.tasks.DirectTaskRunner;
import org.lsst.butlerbrowser.app.tasks.TaskRunner;
import org.lsst.butlerbrowser.model.region.ConvexPolygon;
import org.lsst.butlerbrowser.model.region.UnitVector3d;
import org.lsst.butlerbrowser.model.repo.Environment;
import org.lsst.butlerbrowser.model.tap.AdqlTemplate;
import org.lsst.butlerbrowser.model.tap.Cancellation;
import org.lsst.butlerbrowser.model.tap.TapConnection;
import org.lsst.butlerbrowser.model.tap.TapException;
import org.lsst.butlerbrowser.model.tap.TapQuery;
import org.lsst.butlerbrowser.model.tap.TapResult;
import org.lsst.butlerbrowser.model.tap.UwsPhase;
import org.lsst.butlerbrowser.views.ColumnSpec;
import org.w3c.dom.Element;

/**
 * The TAP window's view models as plain JUnit: against the responses recorded from the kit's DaCHS
 * service (read independently with the JDK's DOM parser as the oracle), and against the service
 * itself for async jobs.
 */
class TapViewModelsTest {

    /** The window's parts on one session, wired as the TAP tab wires them. */
    private static final class Window {
        final SkyLink sky = new SkyLink();
        final TapSession session;
        final JobsViewModel jobs;
        final QueryViewModel query;
        final ResultViewModel result;
        final List<String> errors = new ArrayList<>();

        Window(String url, TaskRunner runner) {
            session = TapSession.open(TapConnection.anonymous(url), Environment.system(), sky, Cancellation.none());
            jobs = new JobsViewModel(runner, Clock.systemUTC());
            query = new QueryViewModel(session, runner, jobs, (sentence, cause) -> errors.add(sentence));
            result = new ResultViewModel(session, runner);
        }

        List<Object> column(int c) {
            ColumnSpec<Integer> spec = result.columnsProperty().get().get(c);
            return result.rowsProperty().get().stream().map(r -> (Object) spec.value().apply(r)).toList();
        }
    }

    private static Window recorded(RecordedTapService service) {
        return new Window(service.url(), new DirectTaskRunner());
    }

    /** A window on the recorded service that has run the recorded ObsCore query. */
    private static Window withRecordedObsCoreQueryRun(RecordedTapService service) {
        Window w = recorded(service);
        w.query.adqlProperty().set(TapDocs.recordedParameter("obscore-sync-binary2.vot", "QUERY"));
        w.query.run();
        return w;
    }

    @Test
    void theTreeHoldsEveryTableAndColumnAndTheFilterKeepsWhatMatches() {
        try (RecordedTapService service = new RecordedTapService()) {
            SchemaBrowserViewModel tree = new SchemaBrowserViewModel(recorded(service).session.tables());
            List<Element> tables = TapDocs.elements(TapDocs.dom("tables.xml"), "table");
            assertEquals(tables.stream().map(t -> TapDocs.childText(t, "name")).toList(),
                    tree.roots().stream().flatMap(s -> s.children().stream()).map(SchemaNode::name).toList());
            assertEquals(TapDocs.elements(TapDocs.dom("tables.xml"), "column").size(),
                    tree.roots().stream().flatMap(s -> s.children().stream()).mapToInt(t -> t.children().size()).sum());

            tree.filterProperty().set("S_REGION");
            Map<String, List<String>> expected = new LinkedHashMap<>();
            for (Element t : tables) {
                List<String> columns = TapDocs.children(t, "column").stream()
                        .filter(c -> (TapDocs.childText(c, "name") + " " + TapDocs.childText(c, "description"))
                                .toLowerCase(Locale.ROOT).contains("s_region"))
                        .map(c -> TapDocs.childText(c, "name")).toList();
                if (!columns.isEmpty()) {
                    expected.put(TapDocs.childText(t, "name"), columns);
                }
            }
            Map<String, List<String>> shown = new LinkedHashMap<>();
            tree.roots().stream().flatMap(s -> s.children().stream())
                    .forEach(t -> shown.put(t.name(), t.children().stream().map(SchemaNode::name).toList()));
            assertEquals(expected, shown);
            assertTrue(tree.shownProperty().get().endsWith("match · from VOSI tables"), tree.shownProperty().get());

            SchemaNode sRegion = tree.roots().get(0).children().get(0).children().get(0);
            tree.selectedProperty().set(sRegion);
            assertTrue(tree.aboutProperty().get().contains("xtype: adql:REGION"), tree.aboutProperty().get());
        }
    }

    @Test
    void aQueryShowsItsRowsWithTheUnitsInTheHeaders() {
        try (RecordedTapService service = new RecordedTapService()) {
            Window w = withRecordedObsCoreQueryRun(service);
            // the same rows in TABLEDATA, read by the JDK's DOM parser
            List<Element> fields = TapDocs.fields("obscore-sync-tabledata.vot");
            List<List<String>> rows = TapDocs.tabledata("obscore-sync-tabledata.vot");
            assertEquals(fields.stream().map(f -> f.getAttribute("name")
                            + (f.getAttribute("unit").isEmpty() ? "" : " [" + f.getAttribute("unit") + "]")).toList(),
                    w.result.columnsProperty().get().stream().map(ColumnSpec::title).toList());
            assertEquals(rows.size(), w.result.rowsProperty().get().size());
            int obsId = names(fields).indexOf("obs_id");
            int ra = names(fields).indexOf("s_ra");
            assertEquals(rows.stream().map(r -> r.get(obsId)).toList(), w.column(obsId));
            assertEquals(rows.stream().map(r -> Double.parseDouble(r.get(ra))).toList(), w.column(ra));
            assertEquals("", w.result.warningProperty().get());
            assertTrue(w.query.statusProperty().get().startsWith(rows.size() + " rows in "), w.query.statusProperty().get());
            assertEquals(rows.size(), count(w.result), "File → Export writes every row");
            assertEquals(List.of(w.query.adqlProperty().get()), w.query.history());
            assertTrue(w.errors.isEmpty());
        }
    }

    @Test
    void aClosedSessionLetsGoOfItsServiceAndResultEvenInTheOldColumns() {
        try (RecordedTapService service = new RecordedTapService()) {
            Window w = withRecordedObsCoreQueryRun(service);
            int obsId = names(TapDocs.fields("obscore-sync-tabledata.vot")).indexOf("obs_id");
            ColumnSpec<Integer> oldColumn = w.result.columnsProperty().get().get(obsId);
            assertEquals(TapDocs.tabledata("obscore-sync-tabledata.vot").get(0).get(obsId), oldColumn.value().apply(0));

            w.session.close(); // the tab closed

            assertThrows(IllegalStateException.class, w.session::service);
            assertNull(w.session.resultProperty().get());
            assertNull(w.result.table());
            assertEquals(List.of(), w.result.columnsProperty().get());
            assertEquals(List.of(), w.result.rowsProperty().get());
            assertNull(oldColumn.value().apply(0), "a cell a closed tab's table still has reads nothing");
        }
    }

    private static List<String> names(List<Element> fields) {
        return fields.stream().map(f -> f.getAttribute("name")).toList();
    }

    private static long count(ResultViewModel result) {
        long n = 0;
        try (var rows = result.table().open()) {
            while (rows.hasNext()) {
                rows.next();
                n++;
            }
        }
        return n;
    }

    @Test
    void aResultCutAtMaxrecSaysSo() {
        try (RecordedTapService service = new RecordedTapService()) {
            service.answerQueriesWith("obscore-overflow-binary2.vot");
            Window w = recorded(service);
            String maxrec = TapDocs.recordedParameter("obscore-overflow-binary2.vot", "MAXREC");
            w.query.maxrecProperty().set(maxrec);
            w.query.run();
            assertEquals("Truncated at MAXREC=" + maxrec, w.result.warningProperty().get());
            assertEquals(maxrec, service.requests().get(service.requests().size() - 1).form().get("MAXREC"));
            assertEquals(Integer.parseInt(maxrec), w.result.rowsProperty().get().size());
        }
    }

    @Test
    void aServiceErrorIsOneSentenceForTheErrorDialog() {
        try (RecordedTapService service = new RecordedTapService()) {
            service.answerQueriesWith("error-bad-adql.vot");
            Window w = recorded(service);
            w.query.run();
            assertEquals(1, w.errors.size());
            String sentence = w.errors.get(0);
            assertTrue(sentence.endsWith(TapDocs.errorInfo("error-bad-adql.vot") + "."), sentence);
            assertEquals(1, sentence.lines().count());
            assertTrue(w.query.problemProperty().get());
            assertFalse(w.query.runningProperty().get());
            assertNull(w.session.resultProperty().get());
        }
    }

    @Test
    void badMaxrecIsRefusedBeforeAnythingIsSent() {
        try (RecordedTapService service = new RecordedTapService()) {
            Window w = recorded(service);
            int before = service.requests().size();
            w.query.maxrecProperty().set("ten");
            w.query.run();
            assertTrue(w.query.problemProperty().get());
            assertEquals("MAXREC must be a whole number of rows, 0 or more (or empty for the service's default).",
                    w.query.statusProperty().get());
            assertEquals(before, service.requests().size());
            assertTrue(w.query.history().isEmpty());
        }
    }

    @Test
    void theHistoryKeepsEachQueryOnceNewestFirst() {
        try (RecordedTapService service = new RecordedTapService()) {
            Window w = recorded(service);
            for (String q : List.of("SELECT 1", "SELECT 2", "SELECT 1")) {
                w.query.adqlProperty().set(q);
                w.query.run();
            }
            assertEquals(List.of("SELECT 1", "SELECT 2"), w.query.history());
        }
    }

    @Test
    void templatesStartFromTheSkyViewsCentreWhenThereIsOne() {
        try (RecordedTapService service = new RecordedTapService()) {
            Window w = recorded(service);
            AdqlTemplate cone = w.query.templates().get(0);
            assertTrue(cone.adql().contains("CIRCLE('ICRS', 53.13, -28.1, 0.5)"), "the default centre: " + cone.adql());
            w.sky.centreProperty().set(UnitVector3d.fromLonLatDegrees(150.12, 2.21));
            cone = w.query.templates().get(0);
            assertTrue(cone.adql().contains("CIRCLE('ICRS', 150.12, 2.21, 0.5)"), cone.adql());
            w.query.apply(cone);
            assertEquals(cone.adql(), w.query.adqlProperty().get());
        }
    }

    @Test
    void showOnSkyHandsEveryFootprintToTheSkyView() {
        try (RecordedTapService service = new RecordedTapService()) {
            Window w = recorded(service);
            List<Footprints> received = new ArrayList<>();
            w.sky.sinkProperty().set(received::add);
            w.query.run();
            assertTrue(w.result.hasFootprintsProperty().get());
            w.result.showOnSky();
            assertEquals(1, received.size());

            List<Element> fields = TapDocs.fields("obscore-sync-tabledata.vot");
            List<List<String>> rows = TapDocs.tabledata("obscore-sync-tabledata.vot");
            int region = names(fields).indexOf("s_region");
            int obsId = names(fields).indexOf("obs_id");
            assertEquals(rows.size(), received.get(0).rows().size());
            for (Footprints.Row row : received.get(0).rows()) {
                List<String> cells = rows.get(row.index());
                assertEquals(cells.get(obsId), row.label());
                assertSameVertices(cells.get(region), assertInstanceOf(ConvexPolygon.class, row.region()));
            }
        }
    }

    /** Every vertex of "Polygon ICRS ra dec ..." (read here by splitting) is a vertex of the polygon, within 1e-9°. */
    private static void assertSameVertices(String stcs, ConvexPolygon polygon) {
        String[] words = stcs.strip().split("\\s+");
        List<double[]> expected = new ArrayList<>();
        for (int i = 2; i + 1 < words.length; i += 2) {
            expected.add(new double[] {Double.parseDouble(words[i]), Double.parseDouble(words[i + 1])});
        }
        assertEquals(expected.size(), polygon.vertices().size(), stcs);
        for (double[] v : expected) {
            UnitVector3d want = UnitVector3d.fromLonLatDegrees(v[0], v[1]);
            assertTrue(polygon.vertices().stream().anyMatch(p -> Math.toDegrees(p.angleTo(want)) < 1e-9), stcs);
        }
    }

    @Test
    void withoutASkyViewTheFootprintsAreListedAsParsedRegions() {
        try (RecordedTapService service = new RecordedTapService()) {
            Window w = recorded(service);
            int[] listed = {0};
            w.result.setOnListFootprints(() -> listed[0]++);
            w.query.run();
            w.result.showOnSky();
            assertEquals(1, listed[0]);
            ResultViewModel.FootprintEntry first = w.result.footprint(0);
            assertNotNull(first.region());
            assertTrue(first.text().startsWith("ConvexPolygon · 4 vertices · RA "), first.text());
            assertEquals(TapDocs.tabledata("obscore-sync-tabledata.vot").get(0)
                    .get(names(TapDocs.fields("obscore-sync-tabledata.vot")).indexOf("obs_id")), first.label());
        }
    }

    @Test
    void theSelectedRowShowsEveryFieldAndDrawsItsFootprint() {
        try (RecordedTapService service = new RecordedTapService()) {
            Window w = recorded(service);
            w.query.run();
            w.result.select(0);
            List<String> headers = w.result.columnsProperty().get().stream().map(ColumnSpec::title).toList();
            assertEquals(headers, w.result.fields().stream().map(DetailField::name).toList());
            DetailField region = w.result.fields().get(headers.indexOf("s_region"));
            assertInstanceOf(ConvexPolygon.class, region.region());
            assertEquals(w.result.footprint(0).label(), w.result.rowTitleProperty().get());
            w.result.select(-1);
            assertTrue(w.result.fields().isEmpty());
        }
    }

    @Test
    void anAsyncQueryIsListedWithItsPhaseAndGoneOnceDeleted() {
        String url = TestTapService.url();
        Window w = new Window(url, new DirectTaskRunner());
        String adql = "SELECT TOP 5 obs_publisher_did, obs_id FROM ivoa.obscore ORDER BY obs_publisher_did";
        TapResult sync = w.session.service().query(TapQuery.adql(adql));
        w.query.adqlProperty().set(adql);
        w.query.asyncProperty().set(true);
        w.query.run();
        assertTrue(w.errors.isEmpty(), w.errors.toString());
        assertEquals(1, w.jobs.jobs().size());
        JobRow job = w.jobs.jobs().get(0);
        assertEquals(UwsPhase.COMPLETED, job.phaseProperty().get());
        assertEquals(adql, job.adql());
        assertEquals("5 rows read", job.noteProperty().get());
        for (int r = 0; r < sync.rowCount(); r++) {
            assertEquals(sync.table().value(r, 0), w.column(0).get(r));
        }
        w.jobs.delete(job);
        assertTrue(w.jobs.jobs().isEmpty());
        TapException gone = assertThrows(TapException.class, () -> job.job().status(Cancellation.none()));
        assertEquals(404, gone.httpStatus());
    }

    @Test
    void cancellingAnAsyncQueryAbortsAndDeletesItsJob() throws Exception {
        String url = TestTapService.url();
        ThreadRunner runner = new ThreadRunner();
        Window w = new Window(url, runner);
        w.query.adqlProperty().set("SELECT * FROM kit.big_sources");
        w.query.maxrecProperty().set("300000");
        w.query.asyncProperty().set(true);
        w.query.run();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (w.jobs.jobs().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(1, w.jobs.jobs().size(), "the job is listed while it runs");
        JobRow job = w.jobs.jobs().get(0);
        w.query.cancel();
        runner.awaitIdle();
        assertFalse(w.query.runningProperty().get());
        assertEquals("Cancelled; the job is deleted.", w.query.statusProperty().get());
        assertTrue(w.jobs.jobs().isEmpty());
        assertTrue(w.errors.isEmpty(), w.errors.toString());
        TapException gone = assertThrows(TapException.class, () -> job.job().status(Cancellation.none()));
        assertEquals(404, gone.httpStatus(), "the job was deleted on the service");
    }
}
