package org.lsst.butlerbrowser.app.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lsst.butlerbrowser.app.session.RegistrySession;
import org.lsst.butlerbrowser.app.tasks.DirectTaskRunner;
import org.lsst.butlerbrowser.app.tasks.TaskRunner;
import org.lsst.butlerbrowser.model.registry.DatasetQuery.SortKey;
import org.lsst.butlerbrowser.model.registry.DatasetRef;
import org.lsst.butlerbrowser.model.registry.Registry;
import org.lsst.butlerbrowser.model.table.TableRows;
import org.lsst.butlerbrowser.model.time.Timespan;

/**
 * The datasets list on its own: plain JUnit, no toolkit, background work run at once (or held, to
 * see what happens in between), answers compared with daf_butler's for the rc2 registry.
 */
class DatasetListViewModelTest {

    private static final String RC2 = "HSC/runs/RC2";
    private static final String W34 = "HSC/runs/RC2/w_2026_34/DM-50002";

    private static Registry registry;
    private RegistrySession session;

    @BeforeAll
    static void open() {
        registry = Rc2Oracle.open();
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    /** Clearing the selection closes the test's open cursor, so that the pool does not run dry. */
    @AfterEach
    void deselect() {
        if (session != null) {
            session.collectionProperty().set(null);
        }
    }

    private DatasetListViewModel showing(String collection, String type, TaskRunner runner) {
        session = new RegistrySession("rc2", null, registry);
        DatasetsViewModel screen = new DatasetsViewModel(session, runner);
        session.collectionProperty().set(registry.collections().get(collection));
        session.datasetTypeProperty().set(registry.datasetType(type));
        return screen.datasets();
    }

    private DatasetListViewModel showing(String collection, String type) {
        return showing(collection, type, new DirectTaskRunner());
    }

    private static void loadAll(DatasetListViewModel model) {
        for (int guard = 0; !model.isComplete() && guard < 1_000; guard++) {
            model.loadMore();
        }
    }

    private static Set<String> uuids(List<DatasetRef> rows) {
        Set<String> out = new HashSet<>();
        rows.forEach(r -> out.add(r.id().toString()));
        return out;
    }

    @Test
    void firstPageHoldsAThousandRowsAndScrollingAppendsTheNext() {
        DatasetListViewModel model = showing(RC2, "calexp");
        int expected = Rc2Oracle.chainedCount(RC2, "calexp", false);
        assertTrue(expected > DatasetListViewModel.PAGE_SIZE, "the fixture needs a second page");

        assertEquals(DatasetListViewModel.PAGE_SIZE, model.rows().size());
        assertEquals(expected, model.getTotal());
        assertFalse(model.isComplete());
        List<DatasetRef> firstPage = List.copyOf(model.rows());
        assertTrue(model.getStatus().startsWith("1,000 of 1,569 rows loaded · query took "), model.getStatus());

        model.loadMore();
        assertEquals(expected, model.rows().size());
        assertEquals(firstPage, model.rows().subList(0, firstPage.size()), "the next page is appended");
        assertTrue(model.isComplete());
        assertEquals(Set.copyOf(Rc2Oracle.chainedUuids(RC2, "calexp", false)), uuids(model.rows()));
        assertTrue(model.getStatus().startsWith("1,569 rows · query took "), model.getStatus());
        model.loadMore();
        assertEquals(expected, model.rows().size(), "nothing more to read");
    }

    @Test
    void aShortAnswerComesWholeInTheFirstPage() {
        DatasetListViewModel model = showing(RC2, "deepCoadd");
        model.setFindFirst(true);
        List<String> expected = Rc2Oracle.chainedUuids(RC2, "deepCoadd", true);
        assertTrue(expected.size() < DatasetListViewModel.PAGE_SIZE);
        assertEquals(expected.size(), model.rows().size());
        assertTrue(model.isComplete());
        assertEquals(Set.copyOf(expected), uuids(model.rows()));
        assertEquals((long) expected.size(), model.getTotal());
    }

    @Test
    void findFirstListsWhatDafButlerFindsFirst() {
        DatasetListViewModel model = showing(RC2, "calexp");
        model.setFindFirst(true);
        loadAll(model);
        List<String> expected = Rc2Oracle.chainedUuids(RC2, "calexp", true);
        assertEquals((long) expected.size(), model.getTotal());
        assertEquals(expected.size(), model.rows().size());
        assertEquals(Set.copyOf(expected), uuids(model.rows()));
        assertTrue(model.rows().stream().allMatch(r -> r.run().equals(W34)), "the newest run comes first in the chain");
    }

    @Test
    void choosingAnotherTypeClosesTheOpenCursor() {
        DatasetListViewModel model = showing(RC2, "calexp");
        DatasetPager calexps = model.pager();
        assertTrue(calexps.wasOpened() && !calexps.isExhausted(), "a cursor is open with rows left");

        session.datasetTypeProperty().set(registry.datasetType("raw"));
        assertTrue(calexps.isClosed());
        assertNotSame(calexps, model.pager());
        assertEquals(DatasetListViewModel.PAGE_SIZE, model.rows().size());
        assertTrue(model.rows().stream().allMatch(r -> r.datasetType().equals("raw")));
    }

    @Test
    void stopClosesTheCursorAndKeepsTheRowsSoFar() {
        DatasetListViewModel model = showing(RC2, "calexp");
        DatasetPager pager = model.pager();
        model.stop();
        assertTrue(pager.isClosed());
        model.loadMore();
        assertEquals(DatasetListViewModel.PAGE_SIZE, model.rows().size(), "no page after a stop");
        assertEquals("Stopped after 1,000 of 1,569 rows", model.getStatus());
    }

    @Test
    void aFirstPageStillWaitingIsCancelledWhenTheTypeChanges() {
        ManualRunner runner = new ManualRunner();
        DatasetListViewModel model = showing(RC2, "calexp", runner);
        assertTrue(runner.titles().containsAll(List.of("Finding calexp datasets in HSC/runs/RC2", "Counting calexp datasets")),
                runner.titles().toString());
        assertTrue(model.loadingProperty().get());
        assertNull(model.getTotal(), "the count comes in its own job");
        DatasetPager calexps = model.pager();

        session.datasetTypeProperty().set(registry.datasetType("sourceTable_visit"));
        runner.runAll();
        assertTrue(calexps.isClosed());
        assertFalse(calexps.wasOpened(), "a cancelled first page never opens its cursor");
        assertEquals(Rc2Oracle.chainedCount(RC2, "sourceTable_visit", false), model.rows().size());
        assertTrue(model.rows().stream().allMatch(r -> r.datasetType().equals("sourceTable_visit")));
        assertEquals((long) model.rows().size(), model.getTotal());
        assertFalse(model.loadingProperty().get());
    }

    @Test
    void theCountArrivesWhenItsJobEnds() {
        ManualRunner runner = new ManualRunner();
        DatasetListViewModel model = showing(W34, "calexp", runner);
        runner.run("Finding calexp"); // the first page only
        assertEquals(DatasetListViewModel.PAGE_SIZE, model.rows().size());
        assertNull(model.getTotal());
        assertTrue(model.getStatus().startsWith("1,000 rows loaded, counting…"), model.getStatus());
        runner.runAll();
        assertEquals((long) Rc2Oracle.memberUuids(W34, "calexp").size(), model.getTotal());
    }

    @Test
    void sortingAsksTheDatabaseForTheWholeAnswerInThatOrder() {
        DatasetListViewModel model = showing(W34, "calexp");
        model.sortBy(List.of(new SortKey("band", false), new SortKey("visit", true), SortKey.ascending("detector")));
        loadAll(model);

        Map<String, JsonNode> full = Rc2Oracle.datasetsByUuid();
        List<String> expected = new ArrayList<>(Rc2Oracle.memberUuids(W34, "calexp"));
        Comparator<String> order = Comparator.<String, String>comparing(u -> full.get(u).get("data_id_full").get("band").asText())
                .thenComparing(u -> -full.get(u).get("data_id").get("visit").asLong())
                .thenComparing(u -> full.get(u).get("data_id").get("detector").asLong());
        expected.sort(order);
        assertEquals(expected, model.rows().stream().map(r -> r.id().toString()).toList());
    }

    @Test
    void sortingByRunAndIdFollowsTheirText() {
        DatasetListViewModel model = showing(RC2, "calexp");
        model.sortBy(List.of(new SortKey(SortKey.RUN, true)));
        assertEquals(DatasetListViewModel.PAGE_SIZE, model.rows().size(), "a new first page");
        assertTrue(model.rows().stream().allMatch(r -> r.run().equals(W34)), "w_2026_34 sorts after w_2026_30");

        model.sortBy(List.of(SortKey.ascending(SortKey.ID)));
        loadAll(model);
        List<String> expected = new ArrayList<>(Rc2Oracle.chainedUuids(RC2, "calexp", false));
        expected.sort(Comparator.naturalOrder());
        assertEquals(expected, model.rows().stream().map(r -> r.id().toString()).toList());
    }

    @Test
    void aFilterNarrowsToWhatDafButlerFinds() throws IOException {
        DatasetListViewModel model = showing(RC2, "calexp");
        model.setFindFirst(true);
        model.setFilterText("instrument='HSC' AND visit IN (318..330:4)");
        model.applyFilter();
        // butler query-datasets calexp --collections HSC/runs/RC2 --find-first --where "<the same>"
        List<String> lines = Files.readAllLines(Rc2Oracle.expected("where/calexp_visit-range_find-first.txt"));
        Set<String> expected = new HashSet<>();
        lines.stream().skip(3).filter(l -> !l.isBlank()).forEach(l -> expected.add(l.trim().split("\\s+")[2]));
        assertEquals(expected, uuids(model.rows()));
        assertNull(model.getFilterProblem());
    }

    @Test
    void aSyntaxErrorIsMarkedWhereItIsAndAsksNothing() {
        DatasetListViewModel model = showing(W34, "calexp");
        DatasetPager before = model.pager();
        String text = "instrument = 'HSC' AND AND visit = 318";
        model.setFilterText(text);
        model.applyFilter();
        FilterProblem problem = model.getFilterProblem();
        assertNotNull(problem);
        int second = text.indexOf("AND", text.indexOf("AND") + 1);
        assertEquals(second, problem.start(), "the second AND");
        assertEquals(second + 3, problem.end());
        assertTrue(problem.message().contains("AND"), problem.message());
        assertSame(before, model.pager(), "no new query");
        assertEquals(DatasetListViewModel.PAGE_SIZE, model.rows().size());

        model.setFilterText(text.replace("AND AND", "AND"));
        assertNull(model.getFilterProblem(), "editing clears the mark");
    }

    @Test
    void anUnknownNameIsMarkedTooAndExplainedInTheTable() {
        DatasetListViewModel model = showing(W34, "calexp");
        model.setFilterText("bnd = 'i'");
        model.applyFilter();
        FilterProblem problem = model.getFilterProblem();
        assertNotNull(problem);
        assertEquals(0, problem.start());
        assertEquals(3, problem.end());
        assertTrue(model.rows().isEmpty());
        assertTrue(model.getPlaceholder().startsWith("The filter cannot be used: "), model.getPlaceholder());
        assertTrue(model.getPlaceholder().contains("band"), "suggests the near name: " + model.getPlaceholder());
    }

    @Test
    void certifiedDatasetsShowTheirValidityRanges() {
        String calib = "HSC/calib/DM-50000";
        DatasetListViewModel model = showing(calib, "bias");
        assertTrue(model.showsValidityProperty().get());
        DatasetColumn last = model.getColumns().get(model.getColumns().size() - 1);
        assertEquals("valid (TAI)", last.title());

        Set<Timespan> expected = new HashSet<>();
        int biases = 0;
        for (JsonNode c : Rc2Oracle.certifications(calib)) {
            if (c.get("dataset_type").asText().equals("bias")) {
                JsonNode t = c.get("timespan");
                expected.add(new Timespan(t.get("begin_nsec").isNull() ? null : t.get("begin_nsec").asLong(),
                        t.get("end_nsec").isNull() ? null : t.get("end_nsec").asLong()));
                biases++;
            }
        }
        assertEquals(biases, model.rows().size());
        assertEquals(biases, model.validities().size());
        assertEquals(expected, Set.copyOf(model.validities()));
        DatasetRef first = model.rows().get(0);
        assertEquals(first.validity().toCliString(), last.value().apply(first));
    }

    @Test
    void aFindFirstSearchThroughACalibrationCollectionIsRefusedInThePlaceholder() {
        DatasetListViewModel model = showing(RC2, "bias");
        assertEquals(Rc2Oracle.chainedCount(RC2, "bias", false), model.rows().size(), "find-all works");
        model.setFindFirst(true);
        assertTrue(model.rows().isEmpty());
        assertTrue(model.getPlaceholder().contains("CALIBRATION collection HSC/calib/DM-50000"), model.getPlaceholder());
        assertTrue(model.getPlaceholder().startsWith("A find-first search") && model.getPlaceholder().endsWith("."),
                "one sentence: " + model.getPlaceholder());
        assertEquals("The query failed.", model.getStatus());
        model.setFindFirst(false);
        assertEquals(Rc2Oracle.chainedCount(RC2, "bias", false), model.rows().size(), "and works again");
    }

    @Test
    void columnsAreThoseButlerPrintsAndTheSelectedRowIsTheDetail() throws IOException {
        DatasetListViewModel model = showing(RC2, "calexp");
        // butler query-datasets calexp --collections HSC/runs/RC2: "type", then these
        String header = Files.readAllLines(Rc2Oracle.expected("cli/query-datasets_calexp_chain-RC2_all.txt")).get(1);
        List<String> expected = List.of(header.trim().split("\\s+"));
        assertEquals(expected.subList(1, expected.size()), model.getColumns().stream().map(DatasetColumn::title).toList());
        assertFalse(model.showsValidityProperty().get());

        DatasetRef row = model.rows().get(3);
        model.selectedProperty().set(row);
        assertSame(row, session.detailProperty().get());
        session.datasetTypeProperty().set(registry.datasetType("raw"));
        assertNull(session.detailProperty().get(), "a new query drops the old row from the detail panel");
    }

    @Test
    void theSessionTableRunsTheWholeQueryAgainForExport() {
        DatasetListViewModel model = showing(RC2, "calexp");
        TableRows table = session.tableProperty().get();
        assertEquals("calexp in HSC/runs/RC2", table.title());
        assertEquals(model.getColumns().size(), table.columns().size());
        assertEquals(Long.class, table.columns().get(3).type(), "detector");
        Set<String> ids = new HashSet<>();
        try (TableRows.RowIterator rows = table.open()) {
            rows.forEachRemaining(r -> ids.add((String) r[1]));
        }
        assertEquals(Set.copyOf(Rc2Oracle.chainedUuids(RC2, "calexp", false)), ids, "every row, not just the first page");
        session.collectionProperty().set(null);
        assertNull(session.tableProperty().get());
        assertEquals("Select a collection, then one of its dataset types.", model.getPlaceholder());
    }
}
