package org.lsst.butlerbrowser.app.registryinfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lsst.butlerbrowser.app.SharedFixtures;
import org.lsst.butlerbrowser.app.registryinfo.RegistryInfoViewModel.Finding;
import org.lsst.butlerbrowser.app.registryinfo.RegistryInfoViewModel.Severity;
import org.lsst.butlerbrowser.app.registryinfo.RegistryInfoViewModel.TableStats;
import org.lsst.butlerbrowser.app.session.RegistrySession;
import org.lsst.butlerbrowser.app.tasks.DirectTaskRunner;
import org.lsst.butlerbrowser.app.tasks.Job;
import org.lsst.butlerbrowser.app.tasks.TaskRunner;
import org.lsst.butlerbrowser.model.registry.ManagerVersion;
import org.lsst.butlerbrowser.model.registry.Registry;
import org.lsst.butlerbrowser.model.repo.Environment;
import org.lsst.butlerbrowser.model.repo.RepoLocation;
import org.lsst.butlerbrowser.model.repo.RepoResolver;

/** The staff view's state against daf_butler's answers for rc2, without a toolkit. */
class RegistryInfoViewModelTest {

    private static final String RC2 = "rc2-sqlite";

    private final List<RegistrySession> sessions = new ArrayList<>();

    @AfterEach
    void closeSessions() {
        sessions.forEach(RegistrySession::close);
    }

    private RegistryInfoViewModel model() {
        return model(new DirectTaskRunner());
    }

    private RegistryInfoViewModel model(TaskRunner runner) {
        RepoLocation location = new RepoResolver(Environment.system())
                .resolve(SharedFixtures.shared().resolve("fixtures/registry").resolve(RC2).toString());
        RegistrySession session = new RegistrySession("rc2", location, Registry.open(location));
        sessions.add(session);
        return new RegistryInfoViewModel(session, runner);
    }

    private static JsonNode expected(String file) throws IOException {
        return new ObjectMapper().readTree(SharedFixtures.shared().resolve("fixtures/registry/expected")
                .resolve(RC2).resolve(file).toFile());
    }

    private static Finding finding(RegistryInfoViewModel model, String startsWith) {
        return model.findings().stream().filter(f -> f.heading().contains(startsWith)).findFirst().orElseThrow(
                () -> new AssertionError("no finding about " + startsWith + " in " + model.findings()));
    }

    @Test
    void identityAndManagersShowBeforeAnythingIsCounted() throws IOException {
        RegistryInfoViewModel model = model();
        JsonNode universe = expected("universe.json");
        Map<String, String> facts = new LinkedHashMap<>();
        model.facts().forEach(f -> facts.put(f.name(), f.value()));
        assertEquals("SQLite", facts.get("Backend"));
        assertEquals(universe.get("namespace").asText() + " " + universe.get("version").asInt(), facts.get("Universe"));
        assertEquals(Integer.toString(expected("collections.json").get("collections").size()), facts.get("Collections"));
        assertTrue(model.tables().isEmpty());

        Map<String, String> stored = new TreeMap<>();
        for (JsonNode row : expected("butler_attributes.json")) {
            stored.put(row.get("name").asText(), row.get("value").asText());
        }
        List<String> expectedManagers = new ArrayList<>();
        stored.forEach((name, cls) -> {
            if (name.startsWith("config:registry.managers.")) {
                expectedManagers.add(name.substring("config:registry.managers.".length()) + " " + cls + " "
                        + stored.get("version:" + cls));
            }
        });
        assertEquals(expectedManagers, model.managers().stream()
                .map(m -> m.kind() + " " + m.className() + " " + m.version()).toList());
        assertTrue(model.managers().stream().map(ManagerVersion::kind).toList().contains("datasets"));
    }

    @Test
    void loadCountsEveryTableAsDafButlerDid() throws IOException {
        RegistryInfoViewModel model = model();
        model.load();
        assertFalse(model.isLoading());
        assertNull(model.getError());

        Map<String, Long> expectedRows = new TreeMap<>();
        expected("summary.json").get("table_row_counts").fields()
                .forEachRemaining(e -> expectedRows.put(e.getKey(), e.getValue().asLong()));
        Map<String, Long> rows = new TreeMap<>();
        model.tables().forEach(t -> rows.put(t.name(), t.rows()));
        assertEquals(expectedRows, rows);
        assertTrue(model.tables().stream().allMatch(t -> t.bytes() != null && t.bytes() > 0), "dbstat sizes");

        long total = expectedRows.values().stream().mapToLong(Long::longValue).sum();
        assertTrue(model.getStatus().startsWith(expectedRows.size() + " tables · " + String.format(Locale.ROOT, "%,d", total)
                + " rows · "), model.getStatus());
        assertTrue(model.getStatus().endsWith(" on disk"), model.getStatus());
    }

    @Test
    void healthNamesTheEmptyRunFromTheSummary() throws IOException {
        RegistryInfoViewModel model = model();
        model.load();
        JsonNode summary = expected("summary.json");
        List<String> emptyRuns = new ArrayList<>();
        summary.get("collection_types").fields().forEachRemaining(e -> {
            if (e.getValue().asText().equals("RUN") && summary.get("datasets_per_run").path(e.getKey()).asLong(0) == 0) {
                emptyRuns.add(e.getKey());
            }
        });
        assertEquals(List.of("u/jdoe/scratch"), emptyRuns, "the fixture's answer");

        Finding runs = finding(model, "run");
        assertEquals(Severity.NOTE, runs.severity());
        assertEquals("1 run holds no datasets", runs.heading());
        assertEquals(emptyRuns, runs.items());
        assertEquals(Severity.OK, finding(model, "dangling").severity());
        assertEquals(Severity.OK, finding(model, "cycles").severity());
        assertEquals(Severity.OK, finding(model, "dataset type").severity());
        assertEquals(4, model.findings().size());
    }

    @Test
    void loadRunsOnceButRefreshCountsAgain() {
        int[] jobs = {0};
        TaskRunner direct = new DirectTaskRunner();
        RegistryInfoViewModel model = model(new TaskRunner() {
            @Override
            public <T> Job run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                               Runnable onCancelled) {
                jobs[0]++;
                return direct.run(title, work, onSuccess, onFailure, onCancelled);
            }
        });
        model.load();
        List<TableStats> first = List.copyOf(model.tables());
        model.load();
        assertEquals(1, jobs[0], "showing the tab again does not count again");
        model.reload();
        assertEquals(2, jobs[0]);
        assertEquals(first, model.tables());
    }

    @Test
    void aClosedRegistryGivesOneSentenceInsteadOfCounts() {
        RegistryInfoViewModel model = model();
        sessions.forEach(RegistrySession::close);
        sessions.clear();
        model.load();
        assertFalse(model.isLoading());
        assertTrue(model.getError().startsWith("Could not check the registry: "), model.getError());
        assertTrue(model.tables().isEmpty());
    }
}
