package org.lsst.butlerbrowser.app.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lsst.butlerbrowser.app.SharedFixtures;
import org.lsst.butlerbrowser.app.session.RegistrySession;
import org.lsst.butlerbrowser.app.tasks.DirectTaskRunner;
import org.lsst.butlerbrowser.app.tasks.TaskRunner;
import org.lsst.butlerbrowser.model.registry.Registry;

/** The dataset types of a collection, with their counts, against daf_butler's answers for rc2. */
class DatasetTypesViewModelTest {

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

    @AfterEach
    void deselect() {
        session.collectionProperty().set(null);
    }

    private DatasetTypesViewModel showing(String collection, TaskRunner runner) {
        session = new RegistrySession("rc2", null, registry);
        DatasetTypesViewModel model = new DatasetsViewModel(session, runner).types();
        session.collectionProperty().set(registry.collections().get(collection));
        return model;
    }

    private static Map<String, Long> counts(List<DatasetTypeRow> rows) {
        Map<String, Long> out = new HashMap<>();
        rows.forEach(r -> out.put(r.name(), r.datasets()));
        return out;
    }

    @Test
    void aChainListsTheTypesItsSummariesNameWithEveryDatasetItReaches() {
        DatasetTypesViewModel model = showing("HSC/runs/RC2", new DirectTaskRunner());
        JsonNode collection = SharedFixtures.rc2Collection("HSC/runs/RC2");
        assertEquals(SharedFixtures.strings(collection.get("summary_dataset_types")),
                model.rows().stream().map(DatasetTypeRow::name).toList());
        JsonNode all = Rc2Oracle.json("datasets_by_collection.json").get("chained").get("HSC/runs/RC2").get("all");
        Map<String, Long> expected = new HashMap<>();
        all.fields().forEachRemaining(e -> expected.put(e.getKey(), (long) e.getValue().size()));
        assertEquals(expected, counts(model.rows()));
        long total = expected.values().stream().mapToLong(Long::longValue).sum();
        assertEquals("15 dataset types in HSC/runs/RC2 · " + String.format("%,d", total) + " datasets", model.getStatus());
        assertFalse(model.isCounting());
    }

    @Test
    void aRunsTypesAreCountedFromItsMembers() {
        String run = "HSC/runs/RC2/w_2026_30/DM-50001";
        DatasetTypesViewModel model = showing(run, new DirectTaskRunner());
        Map<String, Long> expected = new HashMap<>();
        Rc2Oracle.members(run).forEach(m -> expected.merge(m.get("dataset_type").asText(), 1L, Long::sum));
        assertEquals(expected, counts(model.rows()));
        assertTrue(model.rows().stream().noneMatch(DatasetTypeRow::isEmpty));
    }

    @Test
    void typesAreListedAtOnceAndCountedInTheBackground() {
        ManualRunner runner = new ManualRunner();
        DatasetTypesViewModel model = showing("HSC/calib", runner);
        assertEquals(SharedFixtures.strings(SharedFixtures.rc2Collection("HSC/calib").get("summary_dataset_types")),
                model.rows().stream().map(DatasetTypeRow::name).toList());
        assertTrue(model.rows().stream().allMatch(r -> r.datasets() == null));
        assertTrue(model.isCounting());
        assertTrue(model.getStatus().endsWith("counting datasets…"), model.getStatus());
        runner.runAll();
        JsonNode all = Rc2Oracle.json("datasets_by_collection.json").get("chained").get("HSC/calib").get("all");
        model.rows().forEach(r -> assertEquals(all.get(r.name()).size(), r.datasets().intValue(), r.name()));
    }

    @Test
    void aChosenTypeStaysWhenTheNextCollectionHoldsItToo() {
        DatasetTypesViewModel model = showing("HSC/runs/RC2", new DirectTaskRunner());
        DatasetTypeRow calexp = model.rows().stream().filter(r -> r.name().equals("calexp")).findFirst().orElseThrow();
        model.choose(calexp);
        assertSame(calexp.type(), session.datasetTypeProperty().get());

        session.collectionProperty().set(registry.collections().get("HSC/tagged/best-seeing"));
        assertSame(calexp.type(), session.datasetTypeProperty().get(), "the tagged collection holds calexps");
        session.collectionProperty().set(registry.collections().get("refcats"));
        assertNull(session.datasetTypeProperty().get(), "refcats holds no calexp");
    }

    @Test
    void anEmptyCollectionSaysSo() {
        DatasetTypesViewModel model = showing("u/jdoe/scratch", new DirectTaskRunner());
        assertTrue(model.rows().isEmpty());
        assertEquals("u/jdoe/scratch holds no datasets.", model.getStatus());
        session.collectionProperty().set(null);
        assertEquals("Select a collection.", model.getStatus());
    }
}
