package org.lsst.butlerbrowser.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lsst.butlerbrowser.app.WindowDriver.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Function;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lsst.butlerbrowser.app.connect.MemoryPreferences;
import org.lsst.butlerbrowser.model.db.Backend;
import org.lsst.butlerbrowser.model.query.ExpressionException;
import org.lsst.butlerbrowser.model.registry.Collection;
import org.lsst.butlerbrowser.model.registry.DatasetQuery;
import org.lsst.butlerbrowser.model.registry.NamePattern;
import org.lsst.butlerbrowser.model.registry.Registry;
import org.lsst.butlerbrowser.model.registry.WhereClause;
import org.lsst.butlerbrowser.model.repo.Environment;
import org.lsst.butlerbrowser.model.repo.RepoResolver;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The injection texts of {@link Injections} pasted into the window's filter fields and applied with
 * Enter, on the SQLite fixture and on the PostgreSQL dump: the collection filter, and the quoted
 * value of a where-filter on the datasets and on the dimensions screen (whole hostile expressions
 * go through the same parser in CliInjectionTest). Every answer the window shows is the model's
 * own for the same text (the count, or the expression error word for word); the collection
 * filter, which never reaches SQL, lists the collections whose names hold the text. Afterwards the
 * SQLite fixture has its SHA-256 and every PostgreSQL table its row count.
 */
@ExtendWith(ApplicationExtension.class)
class FilterInjectionWindowTest {

    private static final String RC2 = "HSC/runs/RC2";

    private ButlerBrowserApp app;

    private static Path fixture() {
        return SharedFixtures.shared().resolve("fixtures/registry/rc2-sqlite");
    }

    @Start
    void start(Stage stage) throws IOException {
        Path home = Files.createTempDirectory("butler-browser-injections");
        Environment env = ThrowawayPostgres.started() ? ThrowawayPostgres.fromBuild().environment(home) : Environment.system();
        app = new ButlerBrowserApp(MemoryPreferences.root(), env);
        app.show(stage, List.of(fixture().toString()));
    }

    @Stop
    void stop() {
        app.stop();
    }

    @Test
    void injectionsInEveryFilterOfTheSqliteRegistry(FxRobot robot) throws Exception {
        Path file = SharedFixtures.rc2SqliteFile();
        String sum = SharedFixtures.sha256(file);
        try (Registry oracle = Registry.open(new RepoResolver(Environment.system()).resolve(fixture().toString()))) {
            injectEverywhere(new WindowDriver(robot, app), oracle);
        }
        assertEquals(sum, SharedFixtures.sha256(file), "the SQLite fixture changed");
    }

    @Test
    void injectionsInEveryFilterOfThePostgresRegistry(FxRobot robot) throws Exception {
        ThrowawayPostgres pg = ThrowawayPostgres.fromBuild();
        Path home = Files.createTempDirectory("butler-browser-injections");
        try (Registry oracle = Registry.open(new RepoResolver(pg.environment(home)).resolve(pg.repo()))) {
            Map<String, Long> rows = oracle.tableRowCounts();
            WindowDriver.onFx(() -> {
                app.window().openRepo(pg.repo());
                return null;
            });
            await(() -> app.window().selected(RegistryTab.class).orElse(null).session() != null
                    && app.window().selected(RegistryTab.class).orElse(null).session().registry().backend() == Backend.POSTGRESQL);
            injectEverywhere(new WindowDriver(robot, app), oracle);
            assertEquals(rows, oracle.tableRowCounts(), "rows of the PostgreSQL registry changed");
        }
    }

    private void injectEverywhere(WindowDriver w, Registry oracle) throws Exception {
        List<String> names = oracle.collections().all().stream().map(Collection::name).toList();
        for (String h : Injections.TEXTS) {
            String typed = w.paste("#collections-filter", h);
            Set<String> expected = names.stream().filter(n -> !typed.isBlank() && matches(n, typed))
                    .collect(Collectors.toSet());
            await(() -> w.collectionsListed().equals(expected));
        }
        w.paste("#collections-filter", "");

        w.selectCollection(RC2);
        w.selectDatasetType("calexp");
        await(() -> !w.busy());
        for (String h : Injections.TEXTS) {
            String typed = w.paste("#datasets-filter", "band = '" + h + "'");
            Outcome expected = outcome(typed, text -> oracle.countDatasets(new DatasetQuery(List.of("calexp"),
                    List.of(RC2), false, WhereClause.parse(text), 0)));
            await(() -> !w.busy());
            if (expected.problem() != null) {
                await(() -> expected.problem().equals(w.expressionProblem("#datasets-filter")));
            } else {
                String total = String.format(Locale.ROOT, "%,d dataset%s", expected.count(),
                        expected.count() == 1 ? "" : "s");
                await(() -> w.label("#datasets-total").equals(total));
            }
        }

        w.openScreen("Dimensions");
        w.selectElement("visit");
        await(() -> !w.busy());
        for (String h : Injections.TEXTS) {
            String typed = w.paste("#records-where", "physical_filter = '" + h + "'");
            Outcome expected = outcome(typed, text -> oracle.countDimensionRecords("visit", WhereClause.parse(text)));
            await(() -> !w.busy());
            if (expected.problem() != null) {
                await(() -> (expected.problem() + ".").equals(w.label("#records-error")));
            } else {
                String records = String.format(Locale.ROOT, "visit · %,d record", expected.count());
                await(() -> w.label("#records-status").startsWith(records));
            }
        }
    }

    /** The collection filter's rule, as its prompt says: a glob matches whole names, other text anywhere. */
    private static boolean matches(String name, String text) {
        return NamePattern.hasWildcards(text) ? new NamePattern(text).matches(name) : name.contains(text);
    }

    /** What the model answers for a where-text: a count, or the expression error's one line. */
    private record Outcome(long count, String problem) {
    }

    private static Outcome outcome(String where, Function<String, Long> count) {
        try {
            return new Outcome(count.apply(where), null);
        } catch (ExpressionException e) {
            return new Outcome(-1, e.oneLine());
        }
    }
}
