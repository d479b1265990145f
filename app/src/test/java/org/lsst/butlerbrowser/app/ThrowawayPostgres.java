package org.lsst.butlerbrowser.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.lsst.butlerbrowser.model.repo.Environment;

/**
 * The throwaway PostgreSQL server the test command started (scripts/pg-test-server.sh), as the
 * fault tests need it: its URL and credentials, a plain JDBC session of the tests' own to watch
 * {@code pg_stat_activity} and to hold locks, and the script itself to halt and resume the server.
 */
public final class ThrowawayPostgres {

    /** What the registry's sessions call themselves (RegistryDatabase sets it); the tests' own differ. */
    public static final String APPLICATION = "butler-browser";
    public static final String CREDENTIALS = "LSST_DB_AUTH_CREDENTIALS";

    private final String url;
    private final String namespace;
    private final String password;
    private final Path control;

    private ThrowawayPostgres(String url, String namespace, String password, Path control) {
        this.url = url;
        this.namespace = namespace;
        this.password = password;
        this.control = control;
    }

    /** Whether the build passed in a server (without skipping anything when it did not). */
    public static boolean started() {
        return !System.getProperty("butler.test.pg.url", "").isBlank();
    }

    /** The server the build passed in; skips the test when there is none and none is required. */
    public static ThrowawayPostgres fromBuild() {
        String url = System.getProperty("butler.test.pg.url", "");
        if (url.isBlank() && Boolean.getBoolean("butler.test.require.pg")) {
            throw new IllegalStateException("PostgreSQL tests are required but butler.test.pg.url is not set");
        }
        Assumptions.assumeFalse(url.isBlank(), "no test PostgreSQL server (run the README's test command)");
        try {
            String password = Files.readString(Path.of(System.getProperty("butler.test.pg.passwordFile"))).strip();
            String control = System.getProperty("butler.test.pg.control", "");
            return new ThrowawayPostgres(url, System.getProperty("butler.test.pg.namespace", "rc2"), password,
                    control.isBlank() ? null : Path.of(control));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The registry as a user names it: the URL with its namespace. */
    public String repo() {
        return url + (url.contains("?") ? "&" : "?") + "namespace=" + namespace;
    }

    public String namespace() {
        return namespace;
    }

    public String password() {
        return password;
    }

    /** An environment whose LSST_DB_AUTH_CREDENTIALS holds the password, and whose home is {@code home}. */
    public Environment environment(Path home) {
        return environment(home, home);
    }

    public Environment environment(Path home, Path workingDirectory) {
        return Environment.of(Map.of(CREDENTIALS, credentials()), home, workingDirectory);
    }

    /** The value of LSST_DB_AUTH_CREDENTIALS that gives the password for the server. */
    public String credentials() {
        return "[{\"url\": \"" + url.replaceFirst("//[^@/]*@", "//") + "\", \"password\": \"" + password + "\"}]";
    }

    /** A session of the tests' own (not read-only, not named butler-browser), as the reader role. */
    public Connection session() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", url.replaceFirst("^.*//([^@/]*)@.*$", "$1"));
        props.setProperty("password", password);
        props.setProperty("ApplicationName", "butler-browser-tests");
        return DriverManager.getConnection(url.replaceFirst("^postgresql://[^@/]*@", "jdbc:postgresql://"), props);
    }

    /**
     * Holds an ACCESS EXCLUSIVE lock on a registry table until closed: every statement that reads
     * the table then waits on the server, which makes any query of the app a long one without
     * changing a row (the reader role has the UPDATE privilege that LOCK needs; see pg-test-server.sh).
     */
    public AutoCloseable lock(String table) throws SQLException {
        Connection c = session();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            takeLock(st, table);
        }
        return () -> {
            try (c) {
                if (!c.isClosed()) {
                    c.rollback();
                }
            } catch (SQLException gone) {
                // the server was halted under the lock: nothing is held any more
            }
        };
    }

    /**
     * Like {@link #lock} but held by a prepared transaction, which belongs to no session: halting
     * the server ends every session and so would release an ordinary lock, possibly before the
     * app's waiting statement is ended too (which would then finish normally). A prepared
     * transaction keeps the lock through the halt and the resume, until closed.
     */
    public AutoCloseable lockThroughRestarts(String table) throws SQLException {
        String id = "butler-browser-tests-" + table;
        try (Connection c = session()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                takeLock(st, table);
                st.execute("PREPARE TRANSACTION '" + id + "'");
            }
        }
        return () -> {
            try (Connection c = session(); Statement st = c.createStatement()) {
                st.execute("ROLLBACK PREPARED '" + id + "'");
            }
        };
    }

    /** An open cursor of the app (a paged answer) holds a share lock: fail rather than wait for it forever. */
    private void takeLock(Statement st, String table) throws SQLException {
        st.execute("SET LOCAL lock_timeout = '20s'");
        st.execute("LOCK TABLE " + namespace + "." + table + " IN ACCESS EXCLUSIVE MODE");
    }

    /** The tags table of a dataset type, e.g. dataset_tags_00000003. */
    public String tagsTable(String datasetType) throws SQLException {
        try (Connection c = session(); PreparedStatement st = c.prepareStatement(
                "SELECT tag_association_table FROM " + namespace + ".dataset_type WHERE name = ?")) {
            st.setString(1, datasetType);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** The statements the app's sessions are running now, with what they wait on (e.g. "Lock"). */
    public List<String> runningStatements() throws SQLException {
        try (Connection c = session(); PreparedStatement st = c.prepareStatement(
                "SELECT coalesce(wait_event_type, '-') || ' ' || query FROM pg_stat_activity"
                        + " WHERE application_name = ? AND state = 'active' AND pid <> pg_backend_pid()")) {
            st.setString(1, APPLICATION);
            List<String> running = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    running.add(rs.getString(1));
                }
            }
            return running;
        }
    }

    /** Waits (up to 30 s) until the app runs exactly {@code n} statements that wait on a lock. */
    public List<String> awaitStatementsWaitingOnLocks(int n) throws Exception {
        List<String> running = List.of();
        for (long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30); System.nanoTime() < end; ) {
            running = runningStatements();
            if (running.stream().filter(s -> s.startsWith("Lock ")).count() == n) {
                return running;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("expected " + n + " statements waiting on a lock, the app runs " + running);
    }

    /** Stops the server (fast shutdown: every session is ended) and keeps the cluster for {@link #resume}. */
    public void halt() {
        run("halt");
    }

    /** Starts the halted server again on the same port. */
    public void resume() {
        run("resume");
    }

    private void run(String command) {
        Assumptions.assumeTrue(control != null, "butler.test.pg.control (scripts/pg-test-server.sh) is not set");
        try {
            Process p = new ProcessBuilder(control.toString(), command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), control + " " + command + ":\n" + out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Never the password, should a failing assertion print the server. */
    @Override
    public String toString() {
        return repo();
    }
}
