package org.lsst.butlerbrowser.model.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lsst.butlerbrowser.model.registry.BadInputs.assertClearMessage;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lsst.butlerbrowser.model.db.DatabaseException;
import org.lsst.butlerbrowser.model.db.RegistryDatabase;
import org.lsst.butlerbrowser.model.db.Timeouts;
import org.lsst.butlerbrowser.model.repo.Environment;
import org.lsst.butlerbrowser.model.repo.PostgresRepo;
import org.lsst.butlerbrowser.model.repo.RepoLocation;
import org.lsst.butlerbrowser.model.repo.RepoResolver;
import org.lsst.butlerbrowser.model.testing.TestRepos;

/**
 * A PostgreSQL registry that cannot be reached or logged into: nothing listening, a server that
 * never answers, a wrong password, no password, a missing database or schema. Each is one sentence
 * naming the server and the problem, arrives within the connect timeout, and never contains a
 * password. The first two need no PostgreSQL server; the others use the test server.
 */
class PostgresConnectionFailureTest {

    private static final String WRONG_PASSWORD = "Wr0ng-Pa55word-xyzzy";
    private static final Timeouts SHORT = new Timeouts(Duration.ofSeconds(1), Duration.ofSeconds(30));

    @TempDir
    Path home;

    /** No db-auth file, no variables: the home directory is an empty temporary one. */
    private Environment bareEnvironment() {
        return Environment.of(Map.of(), home, home);
    }

    private Environment credentials(String url, String password) {
        String json = "[{\"url\": \"" + url + "\", \"password\": \"" + password + "\"}]";
        return Environment.of(Map.of("LSST_DB_AUTH_CREDENTIALS", json), home, home);
    }

    private static String testUrl() {
        return System.getProperty("butler.test.pg.url");
    }

    /** The test URL without its user name, as db-auth entries are written. */
    private static String testUrlWithoutUser() {
        return testUrl().replaceFirst("//[^@/]*@", "//");
    }

    /** Neither the test server's password nor the wrong one appears in anything --debug would print. */
    private static void assertNoPassword(Throwable e) {
        String trace = BadInputs.fullTrace(e);
        assertFalse(trace.contains(WRONG_PASSWORD), trace);
        if (TestRepos.postgresAvailable()) {
            assertFalse(trace.contains(TestRepos.password()), "the real password is in the trace");
        }
    }

    private static int unusedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test
    void nothingListeningIsConnectionRefusedWithinSeconds() throws IOException {
        int port = unusedPort();
        RepoLocation location = new RepoResolver(bareEnvironment())
                .resolve("postgresql://butler_reader@127.0.0.1:" + port + "/butler_rc2");
        long start = System.nanoTime();
        DatabaseException e = assertThrows(DatabaseException.class, () -> Registry.open(location));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals("cannot connect to PostgreSQL butler_reader@127.0.0.1:" + port + "/butler_rc2: connection refused"
                + " (is the server running and the port right?)", assertClearMessage(e));
        assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "took " + took);
    }

    /**
     * A server that accepts the TCP connection and then says nothing (a hung server, a firewall or
     * proxy swallowing the connection): the connect timeout has to cover the login too, else this
     * open never returns.
     */
    @Test
    void aServerThatNeverAnswersTimesOutAfterTheConnectTimeout() throws Exception {
        List<Socket> accepted = new CopyOnWriteArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept()); // and never write a byte
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            }, "silent-postgres");
            acceptor.setDaemon(true);
            acceptor.start();
            int port = silent.getLocalPort();
            RepoLocation location = new RepoResolver(bareEnvironment())
                    .resolve("postgresql://butler_reader@127.0.0.1:" + port + "/butler_rc2?namespace=rc2");

            long start = System.nanoTime();
            DatabaseException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(
                    DatabaseException.class, () -> Registry.open(RegistryDatabase.open(location, SHORT))));
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertEquals("cannot connect to PostgreSQL butler_reader@127.0.0.1:" + port + "/butler_rc2, schema rc2:"
                    + " the connection timed out", assertClearMessage(e));
            assertFalse(accepted.isEmpty(), "the client never reached the silent server");
            assertTrue(took.compareTo(Duration.ofMillis(900)) >= 0, "gave up before the connect timeout: " + took);
            assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "took " + took);
        } finally {
            for (Socket s : accepted) {
                s.close();
            }
        }
    }

    @Test
    void anUnknownHostIsNamed() {
        RepoLocation location = new RepoResolver(bareEnvironment())
                .resolve("postgresql://butler_reader@no-such-host.invalid:5432/butler_rc2");
        DatabaseException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(DatabaseException.class, () -> Registry.open(RegistryDatabase.open(location, SHORT))));
        assertEquals("cannot connect to PostgreSQL butler_reader@no-such-host.invalid:5432/butler_rc2: unknown host",
                assertClearMessage(e));
    }

    @Test
    void aWrongNamespaceNamesTheSchemaAndTheDatabase() {
        TestRepos.assumePostgres();
        for (RepoLocation location : List.of(
                new RepoResolver(TestRepos.environmentWithCredentials()).resolve(testUrl() + "?namespace=nope"),
                new RepoResolver(TestRepos.environmentWithCredentials()).resolve(testUrl(), "nope"))) {
            PostgresRepo pg = assertInstanceOf(PostgresRepo.class, location);
            DatabaseException e = assertThrows(DatabaseException.class, () -> Registry.open(location));
            assertEquals("the PostgreSQL database butler_rc2 on " + pg.host() + ":" + pg.port()
                    + " has no schema 'nope' (the registry namespace)", assertClearMessage(e));
            assertNoPassword(e);
        }
    }

    @Test
    void aSchemaWithoutButlerTablesIsNotARegistry() {
        TestRepos.assumePostgres();
        RepoLocation location = new RepoResolver(TestRepos.environmentWithCredentials()).resolve(testUrl(), "public");
        RegistryException e = assertThrows(RegistryException.class, () -> Registry.open(location));
        assertEquals(location.description() + " is a database but not a Butler registry (it has no butler_attributes"
                + " table in schema public)", assertClearMessage(e));
    }

    @Test
    void aWrongPasswordIsARefusedLoginThatNeverShowsThePassword() {
        TestRepos.assumePostgres();
        RepoLocation location = new RepoResolver(credentials(testUrlWithoutUser(), WRONG_PASSWORD))
                .resolve(testUrl() + "?namespace=rc2");
        DatabaseException e = assertThrows(DatabaseException.class, () -> Registry.open(location));
        assertEquals("the server refused the login to " + location.description()
                + " (wrong user name or password, or no db-auth.yaml entry)", assertClearMessage(e));
        assertTrue(location.description().startsWith("PostgreSQL butler_reader@"), location.description());
        assertNoPassword(e);
    }

    @Test
    void aWrongPasswordInTheUrlIsNeverShownEither() {
        TestRepos.assumePostgres();
        String url = testUrl().replaceFirst("//([^@/]*)@", "//$1:" + WRONG_PASSWORD + "@");
        assertTrue(url.contains(WRONG_PASSWORD));
        RepoLocation location = new RepoResolver(bareEnvironment()).resolve(url);
        DatabaseException e = assertThrows(DatabaseException.class, () -> Registry.open(location));
        assertClearMessage(e, "the server refused the login to PostgreSQL butler_reader@", "/butler_rc2");
        assertNoPassword(e);
    }

    @Test
    void noPasswordAtAllSaysThatOneIsNeeded() {
        TestRepos.assumePostgres();
        RepoLocation location = new RepoResolver(bareEnvironment()).resolve(testUrl());
        DatabaseException e = assertThrows(DatabaseException.class, () -> Registry.open(location));
        assertEquals("cannot log in to " + location.description() + ": the server asks for a password and none was"
                + " given (no password in the URL or butler.yaml, and no matching db-auth.yaml entry)",
                assertClearMessage(e));
    }

    @Test
    void aMissingDatabaseIsNamed() {
        TestRepos.assumePostgres();
        // a db-auth entry for the whole server, so that the login succeeds and the database is what fails
        String server = testUrlWithoutUser().replaceFirst("/[^/]*$", "");
        RepoLocation location = new RepoResolver(credentials(server, TestRepos.password()))
                .resolve(testUrl().replaceFirst("/[^/]*$", "/no_such_db"));
        DatabaseException e = assertThrows(DatabaseException.class, () -> Registry.open(location));
        assertEquals("cannot connect to " + location.description() + ": the server has no such database",
                assertClearMessage(e, "no_such_db"));
        assertNoPassword(e);
    }
}
