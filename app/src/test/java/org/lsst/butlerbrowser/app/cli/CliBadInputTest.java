package org.lsst.butlerbrowser.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lsst.butlerbrowser.app.SharedFixtures;
import org.lsst.butlerbrowser.model.db.RegistryDatabase;
import org.lsst.butlerbrowser.model.db.Timeouts;
import org.lsst.butlerbrowser.model.repo.Environment;
import org.lsst.butlerbrowser.model.repo.RepoResolver;

/**
 * Every bad input of the model's bad-input tests, and the user's own mistakes (unknown collection,
 * dataset type, element, a misspelled or hostile --where), through the command line: exit status
 * 2, nothing on stdout, exactly one line on stderr starting "butler-browser: error:" that names the
 * problem, and with --debug that line followed by the stack trace. Inputs are copies of the rc2
 * fixture in a temporary directory (or the fixture itself, opened read-only, checked unchanged).
 */
class CliBadInputTest {

    private static final String PREFIX = "butler-browser: error: ";
    private static final String WRONG_PASSWORD = "Wr0ng-Pa55word-xyzzy";

    @TempDir
    Path dir;

    // ---------------------------------------------------------------- running and checking

    private Environment bare() {
        return Environment.of(Map.of(), dir.resolve("home"), dir);
    }

    private static CliRunner.Result run(Environment env, List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), env);
        return new CliRunner.Result(status, out.toString(), err.toString());
    }

    /**
     * Runs the command plain and with --debug; checks both and returns the one error line. The
     * fragments must all be in it.
     */
    private static String assertFails(Environment env, List<String> args, String... fragments) {
        String line = assertFailsPlain(env, args, fragments);
        assertFailsWithTrace(env, args, line);
        return line;
    }

    private static String assertFailsPlain(Environment env, List<String> args, String... fragments) {
        CliRunner.Result r = run(env, args);
        assertEquals(Cli.ERROR_EXIT, r.status(), "exit status of " + args + "; stderr: " + r.err());
        assertEquals("", r.out(), "stdout of " + args);
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), "stderr of " + args + " is not one line:\n" + r.err());
        String line = lines.get(0);
        assertTrue(line.startsWith(PREFIX), line);
        assertFalse(line.contains("\tat ") || line.contains("Exception"), "looks like a stack trace: " + line);
        for (String f : fragments) {
            assertTrue(line.contains(f), "'" + f + "' is not in: " + line);
        }
        return line;
    }

    /** With --debug: the same first line, then the exception and its stack frames. */
    private static String assertFailsWithTrace(Environment env, List<String> args, String firstLine) {
        List<String> debugArgs = new ArrayList<>(args);
        debugArgs.add("--debug");
        CliRunner.Result r = run(env, debugArgs);
        assertEquals(Cli.ERROR_EXIT, r.status(), r.err());
        assertEquals("", r.out());
        List<String> lines = r.err().lines().toList();
        if (firstLine != null) {
            assertEquals(firstLine, lines.get(0));
        }
        assertTrue(lines.get(0).startsWith(PREFIX), lines.get(0));
        assertTrue(lines.size() > 2 && lines.get(2).startsWith("\tat "), "no stack trace after --debug:\n" + r.err());
        return r.err();
    }

    // ---------------------------------------------------------------- inputs

    private static Path fixtureRepo() {
        return CliRunner.shared().resolve("fixtures/registry/rc2-sqlite");
    }

    private Path copyOfRc2(String name) {
        try {
            Path copy = dir.resolve(name);
            Files.createDirectories(copy.getParent());
            Files.copy(fixtureRepo().resolve("gen3.sqlite3"), copy);
            Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rw-r--r--"));
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sql(Path db, String statement, Object... parameters) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             PreparedStatement st = c.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                st.setObject(i + 1, parameters[i]);
            }
            st.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String query(Path db, String statement, String parameter) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             PreparedStatement st = c.prepareStatement(statement)) {
            st.setString(1, parameter);
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next(), statement);
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String attribute(Path db, String name) {
        return query(db, "SELECT value FROM butler_attributes WHERE name = ?", name);
    }

    private static void setAttribute(Path db, String name, String value) {
        sql(db, "INSERT OR REPLACE INTO butler_attributes (name, value) VALUES (?, ?)", name, value);
    }

    /** Overwrites the root pages of a table and its indexes with text. */
    private static void overwriteTable(Path db, String table) {
        List<Integer> pages = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             PreparedStatement st = c.prepareStatement("SELECT rootpage FROM sqlite_master WHERE tbl_name = ? AND rootpage > 0")) {
            st.setString(1, table);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    pages.add(rs.getInt(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        assertFalse(pages.isEmpty());
        byte[] junk = "garbage! ".repeat(456).substring(0, 4096).getBytes(StandardCharsets.US_ASCII);
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            for (int page : pages) {
                f.seek((page - 1) * 4096L);
                f.write(junk);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) {
        return SharedFixtures.sha256(file);
    }

    private static TreeSet<String> listing(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pgRepo() {
        return CliRunner.repoArgument(CliRunner.RC2_POSTGRES);
    }

    private static String pgUrl() {
        return System.getProperty("butler.test.pg.url");
    }

    // ---------------------------------------------------------------- files that are not registries

    @Test
    void aTextFileAsRepo() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "registry: somewhere\n");
        assertFails(bare(), List.of("query-collections", file.toString()),
                "not a Butler repository: " + file + " is neither");
    }

    @Test
    void aRepoWhoseRegistryIsAPng() throws IOException {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.write(repo.resolve("gen3.sqlite3"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        Files.writeString(repo.resolve("butler.yaml"), "registry:\n  db: sqlite:///<butlerRoot>/gen3.sqlite3\n");
        String line = assertFails(bare(), List.of("info", repo.toString()));
        assertEquals(PREFIX + repo.resolve("gen3.sqlite3") + " named by registry.db in " + repo.resolve("butler.yaml")
                + " is not an SQLite database", line);
    }

    @Test
    void anSqliteDatabaseThatIsNotARegistry() {
        Path file = dir.resolve("other.sqlite3");
        sql(file, "CREATE TABLE foo (x INTEGER)");
        String sum = sha256(file);
        String line = assertFails(bare(), List.of("query-dataset-types", file.toString()));
        assertEquals(PREFIX + file + " is a database but not a Butler registry (it has no butler_attributes table)", line);
        assertEquals(sum, sha256(file));
    }

    @Test
    void aTruncatedRegistryBehindAButlerYaml() throws IOException {
        Path db = copyOfRc2("repo/gen3.sqlite3");
        Files.writeString(dir.resolve("repo/butler.yaml"), "registry:\n  db: sqlite:///<butlerRoot>/gen3.sqlite3\n");
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.setLength(f.length() / 3);
        }
        String sum = sha256(db);
        TreeSet<String> before = listing(db.getParent());
        assertFails(bare(), List.of("query-collections", dir.resolve("repo").toString()),
                "the SQLite database " + db + " is damaged or truncated (");
        assertEquals(sum, sha256(db));
        assertEquals(before, listing(db.getParent()));
    }

    @Test
    void aPageOfGarbageFoundByTheQuery() {
        Path db = copyOfRc2("gen3.sqlite3");
        overwriteTable(db, "visit");
        String sum = sha256(db);
        // the registry opens; the records query is what reads the damaged table
        assertFails(bare(), List.of("query-dimension-records", db.toString(), "visit"),
                "the SQLite database " + db + " is damaged or truncated (");
        assertFails(bare(), List.of("info", db.toString()), "the SQLite database " + db + " is damaged or truncated (");
        assertEquals(sum, sha256(db));
        assertEquals(0, run(bare(), List.of("query-dimension-records", db.toString(), "instrument")).status());
    }

    @Test
    void aPageOfGarbageInADatasetTable() {
        Path db = copyOfRc2("gen3.sqlite3");
        overwriteTable(db, query(db, "SELECT tag_association_table FROM dataset_type WHERE name = ?", "calexp"));
        assertFails(bare(), List.of("query-datasets", db.toString(), "calexp", "--collections", "HSC/runs/RC2",
                "--find-first"), "the SQLite database " + db + " is damaged or truncated (");
    }

    // ---------------------------------------------------------------- schema and universe

    private String versionKey(Path db, String kind) {
        return "version:" + attribute(db, "config:registry.managers." + kind);
    }

    @Test
    void aNewerDatasetsManagerSchema() {
        Path db = copyOfRc2("gen3.sqlite3");
        setAttribute(db, versionKey(db, "datasets"), "3.0.0");
        String line = assertFails(bare(), List.of("query-collections", db.toString()));
        assertEquals(PREFIX + db + ": this registry's schema (datasets manager 3.0.0) is newer than Butler Browser"
                + " supports (2.0)", line);
    }

    @Test
    void anUnknownManagerClass() {
        Path db = copyOfRc2("gen3.sqlite3");
        setAttribute(db, "config:registry.managers.datasets", "mycorp.registry.FancyDatasetManager");
        setAttribute(db, "version:mycorp.registry.FancyDatasetManager", "1.0.0");
        assertFails(bare(), List.of("info", db.toString()),
                db + ": this registry's datasets manager FancyDatasetManager (1.0.0) is not one Butler Browser can read");
    }

    @Test
    void aMalformedUniverse() {
        Path db = copyOfRc2("gen3.sqlite3");
        setAttribute(db, "config:dimensions.json", "{\"version\": 99, \"namespace\": \"mycorp\", \"elements\": ");
        assertFails(bare(), List.of("info", db.toString()),
                db + ": the stored dimension universe (config:dimensions.json) is not valid JSON: ");
    }

    @Test
    void aCustomUniverseIsReadLikeAnyOther() throws IOException {
        Path db = copyOfRc2("gen3.sqlite3");
        ObjectMapper json = new ObjectMapper();
        ObjectNode universe = (ObjectNode) json.readTree(attribute(db, "config:dimensions.json"));
        universe.put("namespace", "mycorp").put("version", 99);
        setAttribute(db, "config:dimensions.json", json.writeValueAsString(universe));
        CliRunner.Result info = run(bare(), List.of("info", db.toString()));
        assertEquals(0, info.status(), info.err());
        assertTrue(info.out().contains("universe:  mycorp version 99"), info.out());
        CliRunner.Result visits = run(bare(), List.of("query-dimension-records", db.toString(), "visit", "--where",
                "instrument = 'HSC'", "--limit", "0"));
        CliRunner.Result original = run(bare(), List.of("query-dimension-records", fixtureRepo().toString(), "visit",
                "--where", "instrument = 'HSC'", "--limit", "0"));
        assertEquals(0, visits.status(), visits.err());
        assertEquals(original.out(), visits.out());
    }

    // ---------------------------------------------------------------- configuration (model tests: RepoResolverConfigTest, DbAuthTest)

    @Test
    void aButlerYamlWithoutRegistryDb() throws IOException {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.writeString(repo.resolve("butler.yaml"), "datastore:\n  root: <butlerRoot>\n");
        String line = assertFails(bare(), List.of("query-collections", repo.toString()));
        assertEquals(PREFIX + "butler.yaml at " + repo + " has no registry.db entry", line);
    }

    @Test
    void aDbAuthFileOthersCanRead() throws IOException {
        Path auth = dir.resolve("home/.lsst/db-auth.yaml");
        Files.createDirectories(auth.getParent());
        Files.writeString(auth, "- url: postgresql://127.0.0.1\n  password: " + WRONG_PASSWORD + "\n");
        Files.setPosixFilePermissions(auth, PosixFilePermissions.fromString("rw-r--r--"));
        String line = assertFails(bare(), List.of("query-collections", "postgresql://u@127.0.0.1:1/db"));
        assertEquals(PREFIX + "db-auth file " + auth + " is readable by group or others (mode 0644); chmod 600 it", line);
        assertFalse(line.contains(WRONG_PASSWORD));
    }

    // ---------------------------------------------------------------- PostgreSQL

    @Test
    void aWrongNamespace() throws Exception {
        CliRunner.assumePostgres();
        java.net.URI uri = java.net.URI.create(pgUrl());
        String line = assertFails(CliRunner.credentials(), List.of("query-collections", pgUrl() + "?namespace=nope"));
        assertEquals(PREFIX + "the PostgreSQL database " + uri.getPath().substring(1) + " on " + uri.getHost() + ":"
                + uri.getPort() + " has no schema 'nope' (the registry namespace)", line);
    }

    @Test
    void nothingListeningOnThePort() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        long start = System.nanoTime();
        String line = assertFailsPlain(bare(), List.of("query-collections",
                "postgresql://butler_reader@127.0.0.1:" + port + "/butler_rc2"));
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "took more than 5 s");
        assertEquals(PREFIX + "cannot connect to PostgreSQL butler_reader@127.0.0.1:" + port + "/butler_rc2:"
                + " connection refused (is the server running and the port right?)", line);
        assertFailsWithTrace(bare(), List.of("query-collections", "postgresql://butler_reader@127.0.0.1:" + port
                + "/butler_rc2"), line);
    }

    /** The command line uses the default 10 s connect timeout; the point is that it ends at all. */
    @Test
    void aServerThatNeverAnswers() throws IOException {
        List<Socket> accepted = new CopyOnWriteArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept());
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            }, "silent-postgres");
            acceptor.setDaemon(true);
            acceptor.start();
            List<String> args = List.of("query-collections", "postgresql://butler_reader@127.0.0.1:"
                    + silent.getLocalPort() + "/butler_rc2", "--debug");
            long start = System.nanoTime();
            CliRunner.Result r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                    Duration.ofSeconds(30), () -> run(bare(), args));
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertEquals(Cli.ERROR_EXIT, r.status(), r.err());
            assertEquals("", r.out());
            List<String> lines = r.err().lines().toList();
            assertEquals(PREFIX + "cannot connect to PostgreSQL butler_reader@127.0.0.1:" + silent.getLocalPort()
                    + "/butler_rc2: the connection timed out", lines.get(0));
            assertTrue(lines.size() > 2 && lines.get(2).startsWith("\tat "), r.err());
            assertTrue(seconds >= 9 && seconds < 25, "took " + seconds + " s with a 10 s connect timeout");
            assertFalse(accepted.isEmpty());
        } finally {
            for (Socket s : accepted) {
                s.close();
            }
        }
    }

    @Test
    void aWrongPasswordNeverShowsThePassword() throws IOException {
        CliRunner.assumePostgres();
        String json = "[{\"url\": \"" + pgUrl().replaceFirst("//[^@/]*@", "//") + "\", \"password\": \"" + WRONG_PASSWORD
                + "\"}]";
        Environment env = Environment.of(Map.of("LSST_DB_AUTH_CREDENTIALS", json), dir.resolve("home"), dir);
        String line = assertFailsPlain(env, List.of("query-collections", pgRepo()),
                "the server refused the login to PostgreSQL butler_reader@",
                "(wrong user name or password, or no db-auth.yaml entry)");
        String trace = assertFailsWithTrace(env, List.of("query-collections", pgRepo()), line);
        String realPassword = Files.readString(Path.of(System.getProperty("butler.test.pg.passwordFile"))).strip();
        for (String text : List.of(line, trace)) {
            assertFalse(text.contains(WRONG_PASSWORD), text);
            assertFalse(text.contains(realPassword), "the real password is in the output");
        }
    }

    // ---------------------------------------------------------------- the user's own mistakes

    @Test
    void anUnknownCollection() {
        assertFails(bare(), List.of("query-datasets", fixtureRepo().toString(), "calexp", "--collections",
                "HSC/runs/RC3"), "no collection named 'HSC/runs/RC3' in this registry");
    }

    @Test
    void anUnknownDatasetType() {
        assertFails(bare(), List.of("query-datasets", fixtureRepo().toString(), "calexpp", "--collections",
                "HSC/runs/RC2"), "no dataset type named 'calexpp' in this registry");
    }

    @Test
    void anUnknownElement() {
        assertFails(bare(), List.of("query-dimension-records", fixtureRepo().toString(), "visits"),
                "this registry's universe has no dimension element 'visits' (did you mean ", "visit");
    }

    @Test
    void aWhereNamingADimensionTheUniverseLacks() {
        String line = assertFails(bare(), List.of("query-datasets", fixtureRepo().toString(), "calexp",
                "--collections", "HSC/runs/RC2", "--where", "instrumnet='HSC'"));
        assertTrue(line.startsWith(PREFIX + "in --where: this registry's universe has no dimension 'instrumnet'"
                + " (did you mean instrument"), line);
        assertTrue(line.endsWith("(at character 1 of the expression)"), line);
    }

    private static final String HOSTILE = "instrument='HSC'; DROP TABLE dataset; --'";

    @Test
    void aHostileWhereIsAParseErrorAndChangesNothing() {
        Path db = fixtureRepo().resolve("gen3.sqlite3");
        String sum = sha256(db);
        TreeSet<String> before = listing(fixtureRepo());
        String line = assertFails(bare(), List.of("query-datasets", fixtureRepo().toString(), "calexp",
                "--collections", "HSC/runs/RC2", "--where", HOSTILE), "in --where: ");
        assertEquals(PREFIX + "in --where: unexpected character ';' (at character 17 of the expression)", line);
        assertFails(bare(), List.of("query-dimension-records", fixtureRepo().toString(), "visit", "--where", HOSTILE),
                "in --where: unexpected character ';'");
        assertEquals(sum, sha256(db));
        assertEquals(before, listing(fixtureRepo()));
        assertEquals(0, run(bare(), List.of("query-datasets", fixtureRepo().toString(), "calexp", "--collections",
                "HSC/runs/RC2")).status());
    }

    @Test
    void aHostileWhereChangesNothingOnPostgres() throws SQLException {
        CliRunner.assumePostgres();
        long before = datasetRows();
        assertFails(CliRunner.credentials(), List.of("query-datasets", pgRepo(), "calexp", "--collections",
                "HSC/runs/RC2", "--where", HOSTILE), "in --where: unexpected character ';'");
        assertEquals(before, datasetRows());
    }

    private static long datasetRows() throws SQLException {
        var location = new RepoResolver(CliRunner.credentials()).resolve(pgRepo());
        try (RegistryDatabase db = RegistryDatabase.open(location, Timeouts.DEFAULT);
             Connection c = db.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM dataset")) {
            assertTrue(rs.next());
            return rs.getLong(1);
        }
    }
}
