package org.lsst.butlerbrowser.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lsst.butlerbrowser.model.db.DatabaseException;
import org.lsst.butlerbrowser.model.db.RegistryDatabase;
import org.lsst.butlerbrowser.model.db.Timeouts;
import org.lsst.butlerbrowser.model.registry.DatasetQuery;
import org.lsst.butlerbrowser.model.registry.DatasetRef;
import org.lsst.butlerbrowser.model.registry.Registry;
import org.lsst.butlerbrowser.model.registry.ResultCursor;
import org.lsst.butlerbrowser.model.registry.WhereClause;
import org.lsst.butlerbrowser.model.repo.RepoLocation;
import org.lsst.butlerbrowser.model.repo.RepoResolver;

/**
 * A PostgreSQL registry under faults, through the registry's own queries on the test server: a
 * table lock held by a session of the test's own makes any query of that table a long one. A
 * statement past the statement timeout, and one the caller cancels, are stopped on the server
 * (pg_stat_activity shows nothing left running while the lock is still held); a server halted in
 * the middle of a query ends it with one clear sentence, and the same open registry answers again
 * once the server is back, its pool having replaced the dead connections.
 */
class PostgresFaultTest {

    private static final DatasetQuery CALEXP_IN_RC2 = new DatasetQuery(List.of("calexp"), List.of("HSC/runs/RC2"),
            false, WhereClause.NONE, 0);

    @TempDir
    Path home;

    private ThrowawayPostgres pg;
    private final ExecutorService background = Executors.newCachedThreadPool();

    @BeforeEach
    void needsPostgres() {
        pg = ThrowawayPostgres.fromBuild();
    }

    @AfterEach
    void cleanUp() {
        background.shutdownNow();
    }

    private Registry open(Timeouts timeouts) {
        RepoLocation location = new RepoResolver(pg.environment(home)).resolve(pg.repo());
        return Registry.open(RegistryDatabase.open(location, timeouts));
    }

    /** The exception a background call ended with. */
    private static Throwable failureOf(Future<?> call) {
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> assertTimeoutPreemptively(Duration.ofSeconds(30), () -> call.get()));
        return e.getCause();
    }

    private static String oneSentence(Throwable e) {
        String m = assertInstanceOf(DatabaseException.class, e).getMessage();
        assertFalse(m.contains("\n") || m.contains("Exception") || m.contains("\tat "), m);
        return m;
    }

    @Test
    void aStatementPastTheStatementTimeoutIsStoppedByTheServer() throws Exception {
        try (Registry registry = open(new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(1)));
             AutoCloseable lock = pg.lock(pg.tagsTable("calexp"))) {
            DatabaseException count = assertThrows(DatabaseException.class, () -> registry.countDatasets(CALEXP_IN_RC2));
            assertEquals("the server stopped the query on " + registry.description()
                    + ": it ran longer than the statement timeout", oneSentence(count));
            try (ResultCursor<DatasetRef> rows = registry.queryDatasets(CALEXP_IN_RC2)) {
                DatabaseException page = assertThrows(DatabaseException.class, () -> rows.take(10));
                assertEquals(count.getMessage(), page.getMessage());
            }
            // the lock is still held: had only the client given up, the statements would still be waiting
            assertEquals(List.of(), pg.runningStatements());
        }
    }

    @Test
    void cancellingACountOrAPageStopsItsStatementOnTheServer() throws Exception {
        try (Registry registry = open(Timeouts.DEFAULT); AutoCloseable lock = pg.lock(pg.tagsTable("calexp"))) {
            List<Runnable> stops = new CopyOnWriteArrayList<>();
            Future<Long> count = background.submit(() -> registry.countDatasets(CALEXP_IN_RC2, stops::add));
            pg.awaitStatementsWaitingOnLocks(1);
            stops.forEach(Runnable::run);
            assertEquals("the query on " + registry.description() + " was cancelled", oneSentence(failureOf(count)));
            assertEquals(List.of(), pg.runningStatements());

            try (ResultCursor<DatasetRef> rows = registry.queryDatasets(CALEXP_IN_RC2)) {
                Future<List<DatasetRef>> page = background.submit(() -> rows.take(10));
                pg.awaitStatementsWaitingOnLocks(1);
                rows.cancel();
                assertEquals("the query on " + registry.description() + " was cancelled", oneSentence(failureOf(page)));
                assertEquals(List.of(), pg.runningStatements());
            }
        }
    }

    /** A cancel that comes before the statement has started stops it from starting at all. */
    @Test
    void aCancelBeforeTheStatementStartsRunsNoStatement() throws Exception {
        try (Registry registry = open(Timeouts.DEFAULT); AutoCloseable lock = pg.lock(pg.tagsTable("calexp"))) {
            DatabaseException e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(
                    DatabaseException.class, () -> registry.countDatasets(CALEXP_IN_RC2, Runnable::run)));
            assertEquals("the query on " + registry.description() + " was cancelled", oneSentence(e));
            assertEquals(List.of(), pg.runningStatements());
        }
    }

    @Test
    void aServerHaltedMidQueryEndsItClearlyAndTheSameRegistryReconnectsWhenItIsBack() throws Exception {
        Timeouts timeouts = new Timeouts(Duration.ofSeconds(2), Duration.ofMinutes(5));
        try (Registry registry = open(timeouts)) {
            long expected = registry.countDatasets(CALEXP_IN_RC2);
            assertTrue(expected > 0);
            AutoCloseable lock = pg.lockThroughRestarts(pg.tagsTable("calexp"));
            try {
                Future<Long> count = background.submit(() -> registry.countDatasets(CALEXP_IN_RC2));
                pg.awaitStatementsWaitingOnLocks(1);
                pg.halt();
                String message = oneSentence(failureOf(count));
                assertEquals("the server closed the connection to " + registry.description() + " (FATAL: terminating"
                        + " connection due to administrator command): it may be restarting; try again when it is back",
                        message);
                // while it is down: the wait for a connection, then one sentence, never a hang
                DatabaseException down = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(
                        DatabaseException.class, () -> registry.countDatasets(CALEXP_IN_RC2)));
                assertEquals("cannot connect to " + registry.description() + ": connection refused (is the server"
                        + " running and the port right?)", oneSentence(down));
            } finally {
                pg.resume();
                lock.close();
            }
            assertEquals(expected, registry.countDatasets(CALEXP_IN_RC2), "the same registry, reconnected");
            try (ResultCursor<DatasetRef> rows = registry.queryDatasets(CALEXP_IN_RC2)) {
                assertEquals(expected, rows.toList().size());
            }
        }
    }
}
