package org.lsst.butlerbrowser.app.sky;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lsst.butlerbrowser.app.datasets.FilterProblem;
import org.lsst.butlerbrowser.app.dimensions.FixtureRegistries;
import org.lsst.butlerbrowser.app.session.RegistrySession;
import org.lsst.butlerbrowser.app.session.SkyLink;
import org.lsst.butlerbrowser.app.tasks.DirectTaskRunner;
import org.lsst.butlerbrowser.app.tasks.Job;
import org.lsst.butlerbrowser.app.tasks.TaskRunner;
import org.lsst.butlerbrowser.model.sky.Projection;
import org.lsst.butlerbrowser.model.sky.Viewport;
import org.lsst.butlerbrowser.views.ColumnSort;
import org.lsst.butlerbrowser.views.chart.Bins;
import org.lsst.butlerbrowser.views.chart.CategoryCounts;

/**
 * The sky screen's state on the rc2 SQLite fixture, work run at once: layers added from the
 * registry through the "add a layer" form (its where-filter included), and the charts that share
 * a layer's selection, checked against daf_butler's own records of the visits.
 */
class SkyScreenModelTest {

    private RegistrySession session;
    private SkyLink link;
    private SkyScreenModel model;

    @BeforeEach
    void open() {
        session = FixtureRegistries.session(FixtureRegistries.RC2);
        link = new SkyLink();
        link.registries().add(session);
        model = new SkyScreenModel(new DirectTaskRunner(), link);
    }

    @AfterEach
    void close() {
        model.close();
        session.close();
    }

    /** Adds a layer of an element's records through the form; the new layer, or null when none came. */
    private SkyLayerModel add(String element, String where) {
        int before = model.layers().size();
        AddLayerModel form = model.addLayer();
        form.kindProperty().set(AddLayerModel.Kind.ELEMENT);
        form.elementProperty().set(element);
        form.whereProperty().set(where);
        form.add();
        return model.layers().size() > before ? model.layers().get(0) : null;
    }

    private static Set<Long> visitIds(SkyLayerModel layer, int[] rows) {
        int id = layer.table().column("id");
        Set<Long> out = new TreeSet<>();
        for (int r : rows) {
            out.add(((Number) layer.table().value(r, id)).longValue());
        }
        return out;
    }

    private static Set<Long> visits(Map<Long, String> bands, Predicate<Map.Entry<Long, String>> keep) {
        Set<Long> out = new TreeSet<>();
        bands.entrySet().stream().filter(keep).forEach(e -> out.add(e.getKey()));
        return out;
    }

    @Test
    void aBarOfTheBandChartSelectsItsVisitsAndEveryChartFollows() {
        Map<Long, String> expected = FixtureRegistries.rc2BandOfVisit();
        SkyLayerModel visits = add("visit", "");
        assertNotNull(visits, model.statusProperty().get());
        assertEquals(expected.size(), visits.table().rowCount());

        CategoryCounts counts = model.bands().countsProperty().get();
        Map<String, Integer> perBand = new TreeMap<>();
        for (int i = 0; i < counts.names().size(); i++) {
            perBand.put(counts.names().get(i), counts.counts()[i]);
        }
        Map<String, Integer> expectedPerBand = new TreeMap<>();
        expected.values().forEach(b -> expectedPerBand.merge(b, 1, Integer::sum));
        assertEquals(expectedPerBand, perBand);

        int bar = counts.names().indexOf("i");
        model.bands().pick(new int[] {bar}, false);
        assertEquals(visits(expected, e -> e.getValue().equals("i")), visitIds(visits, visits.selection().toArray()));
        assertEquals(expectedPerBand.get("i"), model.bands().countsProperty().get().selected()[bar]);
        Bins times = model.times().binsProperty().get();
        assertEquals(expected.size(), IntStream.of(times.counts()).sum(), "every visit has a timespan");
        assertEquals(expectedPerBand.get("i"), IntStream.of(times.selected()).sum(), "the time chart shows the selection");
        assertEquals(expectedPerBand.get("i"), model.scatter().pointsProperty().get().selected()[0].length);
        assertTrue(model.detail().titleProperty().get().contains("of " + expectedPerBand.get("i") + " selected"));
    }

    @Test
    void aLayersRowsSortByAColumnInTheBackgroundAndBackToAsTheyCame() {
        Map<Long, String> expected = FixtureRegistries.rc2BandOfVisit();
        SkyLayerModel visits = add("visit", "");
        int id = visits.table().column("id");
        List<List<Integer>> heard = new ArrayList<>();

        model.sortRows(visits, List.of(new ColumnSort("id", true)), heard::add);
        model.sortRows(visits, List.of(), heard::add);

        List<Long> idsDown = heard.get(0).stream().map(r -> ((Number) visits.table().value(r, id)).longValue()).toList();
        List<Long> oracle = new ArrayList<>(expected.keySet());
        oracle.sort(Comparator.reverseOrder());
        assertEquals(oracle, idsDown);
        assertEquals(IntStream.range(0, visits.table().rowCount()).boxed().toList(), heard.get(1));
    }

    @Test
    void aNewerSortCancelsTheOneStillRunning() {
        model.close();
        List<boolean[]> sorts = new ArrayList<>(); // each held sort: cancelled?
        TaskRunner direct = new DirectTaskRunner();
        model = new SkyScreenModel(new TaskRunner() {
            @Override
            public <T> Job run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                               Runnable onCancelled) {
                if (!title.startsWith("Sorting")) {
                    return direct.run(title, work, onSuccess, onFailure, onCancelled);
                }
                boolean[] cancelled = new boolean[1];
                sorts.add(cancelled);
                return new Job() {
                    @Override
                    public void cancel() {
                        cancelled[0] = true;
                    }

                    @Override
                    public boolean isDone() {
                        return cancelled[0];
                    }
                };
            }
        }, link);
        SkyLayerModel visits = add("visit", "");

        model.sortRows(visits, List.of(new ColumnSort("id", true)), rows -> { });
        model.sortRows(visits, List.of(new ColumnSort("id", false)), rows -> { });
        model.sortRows(visits, List.of(), rows -> { });

        assertEquals(2, sorts.size());
        assertTrue(sorts.get(0)[0], "the first sort cancelled by the second");
        assertTrue(sorts.get(1)[0], "the second cancelled by the natural order");
    }

    @Test
    void aBarOfTheTimeChartSelectsTheVisitsThatBeganInIt() {
        SkyLayerModel visits = add("visit", "");
        Bins bins = model.times().binsProperty().get();
        int fullest = IntStream.range(0, bins.size()).reduce((a, b) -> bins.counts()[b] > bins.counts()[a] ? b : a).orElseThrow();
        double middle = (bins.edges()[fullest] + bins.edges()[fullest + 1]) / 2;
        model.times().pick(middle, middle, false);
        // independently: the visits whose timespan begins within the bar's edges
        double[] begins = visits.values().times();
        int[] expected = IntStream.range(0, begins.length)
                .filter(r -> begins[r] >= bins.edges()[fullest] && begins[r] < bins.edges()[fullest + 1]).toArray();
        assertEquals(bins.counts()[fullest], expected.length);
        assertEquals(List.of(IntStream.of(expected).boxed().toArray()), List.of(IntStream.of(visits.selection().toArray())
                .boxed().toArray()));
    }

    @Test
    void theDatasetsSelectedInTheRegistryTabAreDrawnAsTheirDetectorsRegions() {
        session.collectionProperty().set(session.registry().collections().get("HSC/runs/RC2"));
        session.datasetTypeProperty().set(session.registry().datasetType("calexp"));
        AddLayerModel form = model.addLayer();
        assertEquals("HSC/runs/RC2", form.collectionProperty().get(), "the form follows the registry tab");
        assertEquals("calexp", form.datasetTypeProperty().get());
        form.kindProperty().set(AddLayerModel.Kind.DATASETS);
        form.add();
        SkyLayerModel calexps = model.layers().get(0);
        Set<String> expected = new TreeSet<>();
        FixtureRegistries.expected(FixtureRegistries.RC2, "datasets_by_collection.json").get("chained").get("HSC/runs/RC2")
                .get("find_first").get("calexp").forEach(id -> expected.add(id.asText()));
        Set<String> drawn = new TreeSet<>();
        int id = calexps.table().column("id");
        IntStream.range(0, calexps.table().rowCount()).forEach(r -> drawn.add((String) calexps.table().value(r, id)));
        assertEquals(expected, drawn, "daf_butler's find-first calexps");
        assertEquals(expected.size(), calexps.table().footprintCount(), "each with its visit_detector_region");
    }

    @Test
    void theSourceFilterKeepsExactlyTheVisitsItNames() {
        Map<Long, String> expected = FixtureRegistries.rc2BandOfVisit();
        SkyLayerModel layer = add("visit", "band = 'i' AND visit > 1200");
        assertNotNull(layer, model.statusProperty().get());
        assertEquals("visit where band = 'i' AND visit > 1200", layer.name());
        assertEquals(visits(expected, e -> e.getValue().equals("i") && e.getKey() > 1200),
                visitIds(layer, IntStream.range(0, layer.table().rowCount()).toArray()));
    }

    @Test
    void aFilterThatDoesNotParseIsMarkedWhereItWentWrongAndDrawsNothing() {
        String where = "band = 'i' AND";
        assertNull(add("visit", where));
        FilterProblem problem = model.addLayer().getFilterProblem();
        assertNotNull(problem);
        assertTrue(problem.start() >= where.indexOf("AND") && problem.end() <= where.length() + 1, problem.toString());
        assertTrue(model.layers().isEmpty());
    }

    @Test
    void aFilterNamingAnUnknownFieldIsMarkedOnTheNameAndDrawsNothing() {
        String where = "visit.colour = 'red'";
        assertNull(add("visit", where));
        FilterProblem problem = model.addLayer().getFilterProblem();
        assertNotNull(problem, model.statusProperty().get());
        assertEquals("visit.colour", where.substring(problem.start(), problem.end()));
        assertTrue(problem.message().contains("colour"), problem.message());
        assertTrue(model.statusProperty().get().startsWith("The filter cannot be used"), model.statusProperty().get());
        assertTrue(model.layers().isEmpty());
        model.addLayer().whereProperty().set("visit.exposure_time > 0");
        assertNull(model.addLayer().getFilterProblem(), "editing the filter clears the mark");
    }

    @Test
    void layersReorderAndTheSkyDrawsTheListFromTheBottomUp() {
        SkyLayerModel visits = add("visit", "");
        SkyLayerModel patches = add("patch", "");
        assertEquals(List.of(patches, visits), model.layers());
        assertEquals(List.of(visits.layer(), patches.layer()), model.drawingOrder());
        model.lower(patches);
        assertEquals(List.of(visits, patches), model.layers());
        assertEquals(List.of(patches.layer(), visits.layer()), model.drawingOrder());
        assertEquals(patches, model.selectedProperty().get(), "moving a layer keeps it selected");
        model.remove(visits);
        assertEquals(List.of(patches), new ArrayList<>(model.layers()));
    }

    @Test
    void colouringByBandGivesEachBandItsOwnColourAndTheViewsCentreReachesTheLink() {
        SkyLayerModel visits = add("visit", "");
        model.colourBy(visits, "band");
        assertEquals(new TreeSet<>(FixtureRegistries.rc2BandOfVisit().values()), new TreeSet<>(visits.layer().getCategories().values()));
        model.colourBy(visits, null);
        assertNull(visits.layer().getCategories());

        Viewport view = Viewport.ofFov(Projection.TAN, 150.1, 2.2, 3, 800, 600);
        model.viewportProperty().set(view);
        assertEquals(view.centre(), link.centreProperty().get());
    }
}
