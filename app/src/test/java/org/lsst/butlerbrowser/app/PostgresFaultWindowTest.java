package org.lsst.butlerbrowser.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lsst.butlerbrowser.app.WindowDriver.await;
import static org.lsst.butlerbrowser.app.WindowDriver.onFx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lsst.butlerbrowser.app.connect.MemoryPreferences;
import org.lsst.butlerbrowser.model.registry.DatasetQuery;
import org.lsst.butlerbrowser.model.registry.Registry;
import org.lsst.butlerbrowser.model.registry.WhereClause;
import org.lsst.butlerbrowser.model.repo.Environment;
import org.lsst.butlerbrowser.model.repo.RepoResolver;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The real window on the PostgreSQL test server, with the server misbehaving under it: a table
 * lock held by a session of the test's own keeps the datasets screen's queries waiting on the
 * server. Meanwhile the window keeps answering; its Cancel button stops the statements on the
 * server (pg_stat_activity, while the lock is still held) and the screen says it stopped; a server
 * halted under a query gives one sentence in the table; and once the server is back the next
 * filter applied answers, with no restart of the app.
 */
@ExtendWith(ApplicationExtension.class)
class PostgresFaultWindowTest {

    private static final String RC2 = "HSC/runs/RC2";
    /** Few enough calexps to come in one page, so that no cursor stays open (and holds a lock). */
    private static final String FIRST = "band = 'y'";
    /** What the screen asks while the server holds it. */
    private static final String FILTER = "band = 'i'";
    private static ThrowawayPostgres pg;

    private ButlerBrowserApp app;

    @BeforeAll
    static void needsPostgres() {
        pg = ThrowawayPostgres.fromBuild();
    }

    @Start
    void start(Stage stage) throws IOException {
        Path home = Files.createTempDirectory("butler-browser-faults");
        app = new ButlerBrowserApp(MemoryPreferences.root(), pg.environment(home));
        app.show(stage, List.of(pg.repo()));
    }

    @Stop
    void stop() {
        app.stop();
    }

    /** daf_butler's answer from the other backend: the same query on the SQLite copy of rc2. */
    private static String expectedTotal() {
        try (Registry sqlite = Registry.open(new RepoResolver(Environment.system())
                .resolve(DemoRegistry.directory().toString()))) {
            long n = sqlite.countDatasets(new DatasetQuery(List.of("calexp"), List.of(RC2), false,
                    WhereClause.parse(FILTER), 0));
            assertTrue(n > 0);
            return String.format("%,d datasets", n);
        }
    }

    /** Calexps of RC2 listed, all of them read, and every background job of the window over. */
    private WindowDriver calexpsListed(FxRobot robot) throws Exception {
        WindowDriver w = new WindowDriver(robot, app);
        w.selectCollection(RC2);
        w.selectDatasetType("calexp");
        w.filter("#datasets-filter", FIRST);
        await(() -> w.label("#datasets-status").contains(" rows · query took"));
        await(() -> !w.busy());
        return w;
    }

    /** The window answers, and its filter field takes typing, while the server holds its queries. */
    private static void assertResponsive(WindowDriver w) throws Exception {
        TextField field = w.robot().lookup("#datasets-filter-text").queryAs(TextField.class);
        String typed = onFx(field::getText) + " ";
        w.robot().clickOn(field).write(" ");
        assertEquals(typed, onFx(field::getText));
    }

    @Test
    void theCancelButtonStopsTheStatementsOnTheServerAndTheScreenSaysSo(FxRobot robot) throws Exception {
        WindowDriver w = calexpsListed(robot);
        try (AutoCloseable lock = pg.lock(pg.tagsTable("calexp"))) {
            w.filter("#datasets-filter", FILTER);
            pg.awaitStatementsWaitingOnLocks(2); // the first page and the count
            assertTrue(w.busy());
            assertResponsive(w);

            w.cancelEverything();
            await(() -> !w.busy());
            assertEquals(List.of(), pg.runningStatements(), "statements left running on the server");
            assertEquals("Stopped before any dataset arrived.", w.datasetsPlaceholder());
            assertTrue(w.label("#datasets-status").startsWith("Stopped after 0 rows"), w.label("#datasets-status"));
        }
        w.filter("#datasets-filter", FILTER); // the next action, once the lock is gone
        String expected = expectedTotal();
        await(() -> w.label("#datasets-total").equals(expected));
    }

    @Test
    void aServerHaltedUnderAQueryIsOneSentenceAndTheNextActionReconnects(FxRobot robot) throws Exception {
        WindowDriver w = calexpsListed(robot);
        AutoCloseable lock = pg.lockThroughRestarts(pg.tagsTable("calexp"));
        try {
            w.filter("#datasets-filter", FILTER);
            pg.awaitStatementsWaitingOnLocks(2);
            pg.halt();
            await(() -> w.datasetsPlaceholder().startsWith("The server closed the connection to "));
            assertTrue(w.datasetsPlaceholder().endsWith(": it may be restarting; try again when it is back."),
                    w.datasetsPlaceholder());
            assertEquals("The query failed.", w.label("#datasets-status"));
            assertResponsive(w);
        } finally {
            pg.resume();
            lock.close();
        }
        w.filter("#datasets-filter", FILTER); // the same again, in the same window
        String expected = expectedTotal();
        await(() -> w.label("#datasets-total").equals(expected));
        assertEquals(List.of(), pg.runningStatements());
    }
}
