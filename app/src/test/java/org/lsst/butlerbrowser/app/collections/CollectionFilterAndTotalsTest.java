package org.lsst.butlerbrowser.app.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lsst.butlerbrowser.app.SharedFixtures;
import org.lsst.butlerbrowser.app.datasets.Rc2Oracle;
import org.lsst.butlerbrowser.app.tasks.DirectTaskRunner;
import org.lsst.butlerbrowser.app.tasks.Job;
import org.lsst.butlerbrowser.app.tasks.TaskRunner;
import org.lsst.butlerbrowser.model.registry.CollectionGraph;
import org.lsst.butlerbrowser.model.registry.Registry;

/** The tree's name filter and per-collection dataset counts, against daf_butler's answers for rc2. */
class CollectionFilterAndTotalsTest {

    private static Registry registry;

    @BeforeAll
    static void open() {
        registry = Rc2Oracle.open();
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    private static CollectionsViewModel opened() {
        CollectionsViewModel model = new CollectionsViewModel();
        model.opened("rc2", "rc2", new CollectionGraph(SharedFixtures.rc2AsModel()), "SQLite", 1);
        return model;
    }

    private static List<String> names(List<CollectionNode> nodes) {
        return nodes.stream().map(CollectionNode::name).toList();
    }

    @Test
    void globFilterListsWhatButlerQueryCollectionsMatches() throws IOException {
        CollectionsViewModel model = opened();
        model.setFilter("HSC/calib*");
        // the top-level lines of `butler query-collections REPO "HSC/calib*"` (children are indented)
        List<String> expected = Files.readAllLines(Rc2Oracle.expected("cli/query-collections_glob-HSC-calib.txt"))
                .stream().skip(2).filter(l -> !l.isBlank() && !l.startsWith(" ")).map(l -> l.split("\\s+")[0]).toList();
        assertEquals(8, expected.size(), "the fixture's answer");
        assertEquals(expected, names(model.roots()));
        assertTrue(model.filteringProperty().get());
        assertEquals("8 of 20 match", model.getShown());
    }

    @Test
    void plainFilterTextMatchesAnywhereInTheNameAndClearingRestoresTopLevel() {
        CollectionsViewModel model = opened();
        List<String> topLevel = names(model.roots());
        model.setFilter("DM-5000");
        List<String> expected = new ArrayList<>();
        SharedFixtures.rc2Collections().forEach(c -> {
            if (c.get("name").asText().contains("DM-5000")) {
                expected.add(c.get("name").asText());
            }
        });
        assertEquals(expected.stream().sorted().toList(), names(model.roots()));
        assertTrue(names(model.roots()).contains("HSC/calib/DM-50000"), "not top-level, still found");

        model.setFilter("  ");
        assertFalse(model.filteringProperty().get());
        assertEquals(topLevel, names(model.roots()));
    }

    @Test
    void eachCollectionsTotalIsWhatDafButlerFindsInIt() {
        CollectionsViewModel model = opened();
        model.setTopLevelOnly(false);
        assertEquals(null, model.datasetTotal(model.roots().get(0)), "nothing counts before a registry is given");
        model.countDatasets(registry, new DirectTaskRunner());
        JsonNode byCollection = Rc2Oracle.json("datasets_by_collection.json");
        for (CollectionNode node : model.roots()) {
            OptionalLong total = model.datasetTotal(node).get();
            assertNotNull(total, node.name() + " counted");
            assertEquals(expectedTotal(byCollection, node.name()), total.getAsLong(), node.name());
        }
    }

    /** Members of a RUN/TAGGED/CALIBRATION collection; a chain: every dataset it reaches, each once. */
    private static long expectedTotal(JsonNode byCollection, String name) {
        JsonNode members = byCollection.get("collections").get(name);
        if (members != null) {
            return members.size();
        }
        Set<String> reached = new HashSet<>();
        byCollection.get("chained").get(name).get("all").forEach(type -> type.forEach(u -> reached.add(u.asText())));
        return reached.size();
    }

    @Test
    void totalsAreCountedInOneJobPerBatchOfShownRows() {
        CollectionsViewModel model = opened();
        QueueingRunner runner = new QueueingRunner();
        model.countDatasets(registry, runner);
        List<CollectionNode> shown = model.roots();
        shown.forEach(model::datasetTotal); // the tree asks for each row it shows
        assertEquals(1, runner.pending.size(), "the first row starts a job, the others wait for it");
        runner.runNext();
        assertEquals(1, runner.pending.size(), "the rows asked meanwhile are one batch");
        runner.runNext();
        assertTrue(runner.pending.isEmpty());
        assertTrue(shown.stream().allMatch(n -> model.datasetTotal(n).get() != null));
        assertEquals(Rc2Oracle.json("datasets_by_collection.json").get("collections").get("u/jdoe/scratch").size(),
                model.datasetTotal(shown.stream().filter(n -> n.name().equals("u/jdoe/scratch")).findFirst()
                        .orElseThrow()).get().getAsLong());
    }

    @Test
    void anAnswerArrivingAfterItsJobEndedSetsOnlyItsOwnCollections() {
        // the window's runner finishes a job on a worker thread and delivers its answer later on the FX thread
        CollectionsViewModel model = opened();
        model.setTopLevelOnly(false);
        DeferredAnswers runner = new DeferredAnswers();
        model.countDatasets(registry, runner);
        CollectionNode raw = find(model, "HSC/raw/all");
        CollectionNode scratch = find(model, "u/jdoe/scratch");
        model.datasetTotal(raw);
        model.datasetTotal(scratch); // asked while the first answer is on its way
        runner.deliverNext();
        JsonNode members = Rc2Oracle.json("datasets_by_collection.json").get("collections");
        assertEquals(members.get("HSC/raw/all").size(), model.datasetTotal(raw).get().getAsLong());
        assertEquals(null, model.datasetTotal(scratch).get(), "not counted yet, and not mistaken for a failure");
        while (!runner.answers.isEmpty()) {
            runner.deliverNext();
        }
        assertEquals(members.get("u/jdoe/scratch").size(), model.datasetTotal(scratch).get().getAsLong());
        assertEquals(members.get("HSC/raw/all").size(), model.datasetTotal(raw).get().getAsLong());
    }

    private static CollectionNode find(CollectionsViewModel model, String name) {
        return model.roots().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }

    /** Runs work at once but hands its answer over only when told. */
    static final class DeferredAnswers implements TaskRunner {
        final List<Runnable> answers = new ArrayList<>();

        @Override
        public <T> Job run(String title, Work<T> work, java.util.function.Consumer<T> onSuccess,
                           java.util.function.Consumer<Throwable> onFailure, Runnable onCancelled) {
            new DirectTaskRunner().run(title, work, v -> answers.add(() -> onSuccess.accept(v)),
                    e -> answers.add(() -> onFailure.accept(e)));
            return Job.DONE;
        }

        void deliverNext() {
            answers.remove(0).run();
        }
    }

    /** Holds jobs until told to run them, like a busy background thread. */
    static final class QueueingRunner implements TaskRunner {
        final List<Runnable> pending = new ArrayList<>();

        @Override
        public <T> Job run(String title, Work<T> work, java.util.function.Consumer<T> onSuccess,
                           java.util.function.Consumer<Throwable> onFailure, Runnable onCancelled) {
            boolean[] done = {false};
            pending.add(() -> {
                new DirectTaskRunner().run(title, work, onSuccess, onFailure);
                done[0] = true;
            });
            return new Job() {
                @Override
                public void cancel() {
                }

                @Override
                public boolean isDone() {
                    return done[0];
                }
            };
        }

        void runNext() {
            pending.remove(0).run();
        }
    }
}
