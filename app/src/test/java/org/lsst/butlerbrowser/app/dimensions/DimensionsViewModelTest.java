package org.lsst.butlerbrowser.app.dimensions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lsst.butlerbrowser.app.detail.RegionSummary;
import org.lsst.butlerbrowser.app.session.RegistrySession;
import org.lsst.butlerbrowser.app.tasks.DirectTaskRunner;
import org.lsst.butlerbrowser.model.registry.DimensionRecord;
import org.lsst.butlerbrowser.model.region.ConvexPolygon;
import org.lsst.butlerbrowser.model.table.ColumnInfo;
import org.lsst.butlerbrowser.model.table.TableRows;
import org.lsst.butlerbrowser.model.time.Timespan;
import org.lsst.butlerbrowser.views.ColumnSort;

/** The dimensions screen's state on the SQLite fixtures, with work run at once (no toolkit, no controls). */
class DimensionsViewModelTest {

    private RegistrySession session;

    private DimensionsViewModel model(String repo) {
        session = FixtureRegistries.session(repo);
        return new DimensionsViewModel(session, new DirectTaskRunner());
    }

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    private static void collect(List<ElementNode> level, List<ElementNode> out) {
        for (ElementNode n : level) {
            out.add(n);
            collect(n.children(), out);
        }
    }

    private static List<ElementNode> allNodes(DimensionsViewModel model) {
        List<ElementNode> out = new ArrayList<>();
        collect(model.tree(), out);
        return out;
    }

    /** The record's fields as daf_butler's JSON writes plain values (regions, timespans and hashes aside). */
    private static void assertSameRecord(JsonNode expected, DimensionRecord actual) {
        List<String> expectedFields = new ArrayList<>();
        expected.fieldNames().forEachRemaining(f -> {
            if (!f.equals("_db")) {
                expectedFields.add(f);
            }
        });
        assertEquals(expectedFields, List.copyOf(actual.fields().keySet()), "fields in daf_butler's order");
        for (String f : expectedFields) {
            JsonNode v = expected.get(f);
            Object a = actual.get(f);
            if (v.isNull()) {
                assertNull(a, f);
            } else if (v.isValueNode()) {
                assertEquals(v.asText(), String.valueOf(a), f);
            } else if (a instanceof Timespan t) {
                assertEquals(v.get("begin_tai").asText(null), t.beginTaiIso(), f);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {FixtureRegistries.RC2, FixtureRegistries.OLD_UNIVERSE})
    void treeHoldsEveryElementWithATableExactlyOnce(String repo) {
        DimensionsViewModel model = model(repo);
        List<String> stored = allNodes(model).stream().filter(n -> n.kind() == ElementNode.Kind.STORED)
                .map(n -> n.element().name()).toList();
        List<String> computed = allNodes(model).stream().filter(n -> n.kind() == ElementNode.Kind.COMPUTED)
                .map(n -> n.element().name()).toList();
        for (JsonNode e : FixtureRegistries.expected(repo, "universe.json").get("elements")) {
            String name = e.get("name").asText();
            if (e.get("has_own_table").asBoolean()) {
                assertEquals(1, stored.stream().filter(name::equals).count(), name + " appears once");
            }
            if (e.get("is_skypix").asBoolean()) {
                assertEquals(1, computed.stream().filter(name::equals).count(), name + " is listed as computed, once");
            }
        }
        assertEquals(new HashSet<>(stored).size(), stored.size(), "no element twice");
        assertTrue(stored.contains("band"), "band, derived from physical_filter, has records too");
        assertTrue(model.node("visit").children().stream().anyMatch(n -> n.element().name().equals("visit_detector_region")),
                "visit_detector_region hangs under visit");
        assertTrue(model.node("tract").children().stream().anyMatch(n -> n.element().name().equals("patch")));
    }

    @ParameterizedTest
    @ValueSource(strings = {FixtureRegistries.RC2, FixtureRegistries.OLD_UNIVERSE})
    void countsEqualDafButlers(String repo) {
        DimensionsViewModel model = model(repo);
        model.loadCounts();
        for (JsonNode e : FixtureRegistries.expected(repo, "dimension_records.json").get("elements")) {
            ElementNode node = model.node(e.get("element").asText());
            assertEquals(e.get("count").asLong(), node.getCount(), node.label());
            assertNull(node.countErrorProperty().get());
        }
        assertTrue(allNodes(model).stream().filter(n -> n.kind() != ElementNode.Kind.STORED)
                .allMatch(n -> n.getCount() == null), "computed rows and headings have no count");
    }

    @Test
    void readsAThousandRecordsThenTheRestOnScroll() {
        DimensionsViewModel model = model(FixtureRegistries.RC2);
        long expectedCount = FixtureRegistries.element(FixtureRegistries.RC2, "visit_detector_region").get("count").asLong();
        model.open("visit_detector_region");
        assertEquals(DimensionsViewModel.PAGE, model.rows().size());
        assertTrue(model.hasMore());
        assertEquals(expectedCount, model.getTotal());
        assertEquals("visit_detector_region · 1,000 of 1,132 records shown", model.getStatus());

        model.loadMore();
        assertEquals(expectedCount, model.rows().size());
        assertFalse(model.hasMore());
        model.loadMore(); // nothing left: no error, no change
        assertEquals(expectedCount, model.rows().size());
        assertNull(model.getError());

        Set<String> expected = new HashSet<>();
        FixtureRegistries.records(FixtureRegistries.RC2, "visit_detector_region")
                .forEach(r -> expected.add(r.get("detector").asText() + "/" + r.get("visit").asText()));
        Set<String> shown = new HashSet<>();
        model.rows().forEach(r -> shown.add(r.get("detector") + "/" + r.get("visit")));
        assertEquals(expected, shown);
        assertEquals("visit_detector_region · 1,132 records", model.getStatus());
    }

    @Test
    void sortingReadsEveryRemainingRecordOrdersThemAllAndKeepsThePickedOne() {
        DimensionsViewModel all = model(FixtureRegistries.RC2);
        all.open("visit_detector_region");
        while (all.hasMore()) {
            all.loadMore();
        }
        List<DimensionRecord> asRead = List.copyOf(all.rows());

        DimensionsViewModel model = new DimensionsViewModel(session, new DirectTaskRunner());
        model.open("visit_detector_region");
        assertTrue(model.hasMore(), "the fixture has more than a page of these");
        DimensionRecord picked = model.rows().get(0);
        model.selectedRecordProperty().set(picked);
        model.sortBy(List.of(new ColumnSort("detector", true)));

        assertEquals(FixtureRegistries.element(FixtureRegistries.RC2, "visit_detector_region").get("count").asInt(),
                model.rows().size());
        assertFalse(model.hasMore());
        List<DimensionRecord> byDetectorDown = new ArrayList<>(asRead); // a stable sort: ties keep the database's order
        byDetectorDown.sort(Comparator.comparingLong((DimensionRecord r) -> ((Number) r.get("detector")).longValue())
                .reversed());
        assertEquals(byDetectorDown, model.rows());
        assertSame(picked, model.getSelectedRecord());

        model.sortBy(List.of());
        assertEquals(asRead, model.rows());
    }

    @Test
    void everyElementShowsDafButlersRecordsInItsFieldOrder() {
        DimensionsViewModel model = model(FixtureRegistries.RC2);
        for (JsonNode e : FixtureRegistries.expected(FixtureRegistries.RC2, "dimension_records.json").get("elements")) {
            String name = e.get("element").asText();
            model.open(name);
            assertNull(model.getError(), name);
            while (model.hasMore()) {
                model.loadMore();
            }
            assertEquals(e.get("count").asInt(), model.rows().size(), name);
            if (!model.rows().isEmpty()) {
                List<String> fields = model.columns().stream().map(RecordColumn::field).toList();
                assertEquals(List.copyOf(model.rows().get(0).fields().keySet()), fields, name + " columns");
            }
        }
        model.open("physical_filter");
        for (DimensionRecord r : model.rows()) {
            assertSameRecord(FixtureRegistries.record(FixtureRegistries.RC2, "physical_filter", "name", r.get("name")), r);
        }
    }

    @Test
    void physicalFilterLinkOpensThatFilter() {
        DimensionsViewModel model = model(FixtureRegistries.RC2);
        JsonNode visit = FixtureRegistries.records(FixtureRegistries.RC2, "visit").get(0);
        model.open("visit");
        DimensionRecord row = model.rows().stream()
                .filter(r -> r.get("id").equals(visit.get("id").asLong())).findFirst().orElseThrow();
        assertEquals(RecordColumn.Kind.LINK, model.columns().stream()
                .filter(c -> c.field().equals("physical_filter")).findFirst().orElseThrow().kind());

        model.follow(row, "physical_filter");

        assertEquals("physical_filter", model.getElement().name());
        assertEquals("instrument='" + visit.get("instrument").asText() + "' AND physical_filter='"
                + visit.get("physical_filter").asText() + "'", model.whereProperty().get());
        assertEquals(1, model.rows().size());
        DimensionRecord shown = model.getSelectedRecord();
        assertSame(model.rows().get(0), shown, "the referenced record is selected");
        assertSameRecord(FixtureRegistries.record(FixtureRegistries.RC2, "physical_filter", "name",
                visit.get("physical_filter").asText()), shown);
        assertSame(shown, session.detailProperty().get(), "the detail panel shows it");
    }

    @Test
    void joinElementLinksToItsDetectorAndVisit() {
        DimensionsViewModel model = model(FixtureRegistries.RC2);
        JsonNode vdr = FixtureRegistries.records(FixtureRegistries.RC2, "visit_detector_region").get(0);
        model.open("visit_detector_region");
        DimensionRecord row = model.rows().stream().filter(r -> r.get("detector").equals(vdr.get("detector").asLong())
                && r.get("visit").equals(vdr.get("visit").asLong())).findFirst().orElseThrow();

        model.follow(row, "detector");
        assertEquals("detector", model.getElement().name());
        assertSameRecord(FixtureRegistries.record(FixtureRegistries.RC2, "detector", "id", vdr.get("detector").asLong()),
                model.getSelectedRecord());

        DimensionRecord detector = model.getSelectedRecord();
        model.follow(detector, "instrument");
        assertEquals("instrument", model.getElement().name());
        assertEquals(vdr.get("instrument").asText(), model.getSelectedRecord().get("name"));
    }

    @Test
    void exposureLinksToItsGroupAndDay() {
        DimensionsViewModel model = model(FixtureRegistries.RC2);
        JsonNode exposure = FixtureRegistries.records(FixtureRegistries.RC2, "exposure").get(0);
        model.open("exposure");
        DimensionRecord row = model.rows().stream().filter(r -> r.get("id").equals(exposure.get("id").asLong()))
                .findFirst().orElseThrow();
        assertEquals(new RecordLink("group", "instrument='HSC' AND group='" + exposure.get("group").asText() + "'"),
                model.link(row, "group").orElseThrow());
        model.follow(row, "day_obs");
        assertEquals("day_obs", model.getElement().name());
        assertEquals(exposure.get("day_obs").asLong(), model.getSelectedRecord().get("id"));
        assertTrue(model.link(row, "obs_id").isEmpty(), "metadata is not a link");
        assertTrue(model.link(row, "id").isEmpty(), "the record's own key is not a link");
    }

    @Test
    void oldUniverseVisitLinksToItsVisitSystem() {
        DimensionsViewModel model = model(FixtureRegistries.OLD_UNIVERSE);
        JsonNode visit = FixtureRegistries.records(FixtureRegistries.OLD_UNIVERSE, "visit").get(0);
        model.open("visit");
        DimensionRecord row = model.rows().stream().filter(r -> r.get("id").equals(visit.get("id").asLong()))
                .findFirst().orElseThrow();
        assertTrue(model.link(row, "day_obs").isEmpty(), "day_obs is a plain field in universe 0");
        model.follow(row, "visit_system");
        assertEquals("visit_system", model.getElement().name());
        assertEquals(visit.get("visit_system").asLong(), model.getSelectedRecord().get("id"));
    }

    @Test
    void regionSummaryAgreesWithDafButlersVertices() {
        DimensionsViewModel model = model(FixtureRegistries.RC2);
        for (String element : List.of("visit", "tract", "patch")) {
            model.open(element);
            assertFalse(model.rows().isEmpty());
            for (DimensionRecord r : model.rows()) {
                JsonNode expected = FixtureRegistries.record(FixtureRegistries.RC2, element, "id", r.get("id"));
                JsonNode region = expected.get("region");
                List<double[]> vertices = new ArrayList<>();
                region.get("vertices_deg").forEach(v -> vertices.add(new double[] {v.get(0).asDouble(), v.get(1).asDouble()}));
                RegionSummary s = RegionSummary.of(r.region());

                assertEquals(vertices.size(), s.vertexCount(), element + " " + r.get("id"));
                assertEquals(region.get("bounding_circle_deg").get("ra").asDouble(), s.centreRaDeg(), 1e-9);
                assertEquals(region.get("bounding_circle_deg").get("dec").asDouble(), s.centreDecDeg(), 1e-9);
                assertEquals(region.get("bounding_circle_deg").get("radius").asDouble(), s.radiusDeg(), 1e-9);
                double area = ConvexPolygon.fromDegrees(vertices.toArray(double[][]::new)).areaSquareDegrees();
                assertEquals(area, s.areaDeg2(), 1e-9 * area);
            }
        }
    }

    @Test
    void whereFilterNarrowsTheRecords() {
        DimensionsViewModel model = model(FixtureRegistries.RC2);
        Set<String> yFilters = new HashSet<>();
        FixtureRegistries.records(FixtureRegistries.RC2, "physical_filter").stream()
                .filter(f -> f.get("band").asText().equals("y")).forEach(f -> yFilters.add(f.get("name").asText()));
        long expected = FixtureRegistries.records(FixtureRegistries.RC2, "visit").stream()
                .filter(v -> yFilters.contains(v.get("physical_filter").asText())).count();

        model.open("visit");
        model.whereProperty().set("band='y'");
        model.applyWhere();
        assertEquals(expected, model.rows().size());
        assertTrue(model.rows().stream().allMatch(r -> yFilters.contains((String) r.get("physical_filter"))));
        assertEquals("band='y'", session.tableProperty().get().title().replace("visit records where ", ""));

        model.clearWhere();
        assertEquals(FixtureRegistries.element(FixtureRegistries.RC2, "visit").get("count").asInt(), model.rows().size());
    }

    @Test
    void badExpressionIsOneSentence() {
        DimensionsViewModel model = model(FixtureRegistries.RC2);
        model.open("visit");
        model.whereProperty().set("visit = ");
        model.applyWhere();
        assertNotNull(model.getError());
        assertEquals(1, model.getError().lines().count(), model.getError());
        assertTrue(model.getError().endsWith("."));
        assertTrue(model.rows().isEmpty());

        model.whereProperty().set("vist = 318");
        model.applyWhere();
        assertTrue(model.getError().contains("vist"), model.getError());
        assertEquals(1, model.getError().lines().count());
    }

    @Test
    void skypixLevelsAreComputedNotQueried() {
        DimensionsViewModel model = model(FixtureRegistries.RC2);
        model.open("htm7");
        assertNull(model.getError());
        assertTrue(model.rows().isEmpty());
        assertTrue(model.messageProperty().get().contains("computed"), model.messageProperty().get());
        assertNull(session.tableProperty().get());
        assertTrue(model.columns().isEmpty(), "no records, so no columns");
    }

    @Test
    void copiesRowsAsTsvInDafButlersFieldOrder() {
        DimensionsViewModel model = model(FixtureRegistries.RC2);
        model.open("physical_filter");
        List<DimensionRecord> two = model.rows().subList(0, 2);
        StringBuilder expected = new StringBuilder("instrument\tname\tband\n");
        for (DimensionRecord r : two) {
            JsonNode e = FixtureRegistries.record(FixtureRegistries.RC2, "physical_filter", "name", r.get("name"));
            expected.append(e.get("instrument").asText()).append('\t').append(e.get("name").asText()).append('\t')
                    .append(e.get("band").asText()).append('\n');
        }
        assertEquals(expected.toString(), model.tsv(two));
    }

    @Test
    void publishesTheWholeAnswerForExport() {
        DimensionsViewModel model = model(FixtureRegistries.RC2);
        model.open("visit");
        TableRows table = session.tableProperty().get();
        List<String> headers = table.columns().stream().map(ColumnInfo::name).toList();
        assertEquals(List.of("timespan_begin_tai", "timespan_end_tai"), headers.subList(headers.size() - 2, headers.size()));
        assertEquals(Long.class, table.columns().get(1).type(), "visit id");
        int n = 0;
        try (TableRows.RowIterator rows = table.open()) {
            for (Iterator<Object[]> it = rows; it.hasNext(); n++) {
                Object[] row = it.next();
                JsonNode e = FixtureRegistries.record(FixtureRegistries.RC2, "visit", "id", row[1]);
                assertEquals(e.get("timespan").get("begin_tai").asText(), row[headers.indexOf("timespan_begin_tai")]);
                assertTrue(((String) row[headers.indexOf("region")]).startsWith("POLYGON ICRS "));
            }
        }
        assertEquals(FixtureRegistries.element(FixtureRegistries.RC2, "visit").get("count").asInt(), n);
    }

    @Test
    void selectingARecordShowsItInTheDetailPanel() {
        DimensionsViewModel model = model(FixtureRegistries.RC2);
        model.open("detector");
        DimensionRecord third = model.rows().get(2);
        model.selectedRecordProperty().set(third);
        assertSame(third, session.detailProperty().get());
        model.open("instrument");
        assertNull(session.detailProperty().get(), "a record no longer on screen is not kept in the panel");
    }
}
