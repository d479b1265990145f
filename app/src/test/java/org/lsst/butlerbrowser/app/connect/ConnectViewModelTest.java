package org.lsst.butlerbrowser.app.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lsst.butlerbrowser.app.SharedFixtures;
import org.lsst.butlerbrowser.app.connect.ConnectViewModel.StatusKind;
import org.lsst.butlerbrowser.app.tasks.DirectTaskRunner;
import org.lsst.butlerbrowser.model.repo.Environment;
import org.lsst.butlerbrowser.model.repo.PostgresRepo;
import org.lsst.butlerbrowser.model.repo.SqliteRepo;

/** The Connect dialog's state and actions on their own: plain JUnit, no toolkit, work run at once. */
class ConnectViewModelTest {

    @TempDir
    Path home;

    private final Preferences prefs = MemoryPreferences.root();

    private ConnectViewModel model(Map<String, String> variables) {
        Environment env = Environment.of(variables, home, home);
        return new ConnectViewModel(env, new DirectTaskRunner(), new RecentConnections(prefs.node("recent")));
    }

    private ConnectViewModel model() {
        return model(Map.of());
    }

    private static Path fixture(String repo) {
        return SharedFixtures.shared().resolve("fixtures/registry").resolve(repo);
    }

    private static JsonNode expected(String repo, String file) throws IOException {
        return new ObjectMapper().readTree(SharedFixtures.shared().resolve("fixtures/registry/expected")
                .resolve(repo).resolve(file).toFile());
    }

    /** The one line Test should print, built from daf_butler's answers for the repo. */
    private static String expectedSummary(String backend, String repo) throws IOException {
        JsonNode universe = expected(repo, "universe.json");
        return backend + ", universe " + universe.get("namespace").asText() + " " + universe.get("version").asInt()
                + ", " + expected(repo, "collections.json").get("collections").size() + " collections";
    }

    @Test
    void testingAnSqliteRepoFolderSaysWhatWorksInOneLine() throws IOException {
        ConnectViewModel model = model();
        model.choosePath(fixture("rc2-sqlite"));
        model.test();
        assertEquals(StatusKind.OK, model.getStatusKind());
        assertEquals("SQLite registry, universe daf_butler 8, 20 collections", model.getStatus());
        assertEquals(expectedSummary("SQLite registry", "rc2-sqlite"), model.getStatus());
    }

    @Test
    void testingAnSqliteFileGivenDirectlyReadsItsOwnUniverse() throws IOException {
        ConnectViewModel model = model();
        model.pathProperty().set(fixture("old-universe-sqlite").resolve("gen3.sqlite3").toString());
        model.test();
        assertEquals(expectedSummary("SQLite registry", "old-universe-sqlite"), model.getStatus());
        assertFalse(model.testingProperty().get());
    }

    @Test
    void aTextFileGivesTheClearMessageAndNoConnection() throws IOException {
        Path notes = Files.writeString(home.resolve("notes.txt"), "not a registry\n");
        ConnectViewModel model = model();
        model.choosePath(notes);

        model.test();
        assertEquals(StatusKind.ERROR, model.getStatusKind());
        String sentence = "Not a Butler repository: " + notes + " is neither a directory with butler.yaml,"
                + " a butler.yaml, an SQLite database nor a known repository label.";
        assertEquals(sentence, model.getStatus());

        assertTrue(model.connect().isEmpty());
        assertEquals(sentence, model.getStatus());
        assertTrue(new RecentConnections(prefs.node("recent")).list().isEmpty(), "a refused file is not remembered");
    }

    @Test
    void anSqliteFileThatIsNoRegistryIsNamedAsSuchByTest() throws IOException {
        Path db = home.resolve("empty.sqlite3");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement()) {
            st.execute("CREATE TABLE t (x INTEGER)");
        } catch (java.sql.SQLException e) {
            throw new IOException(e);
        }
        ConnectViewModel model = model();
        model.choosePath(db);
        model.test();
        assertEquals(StatusKind.ERROR, model.getStatusKind());
        assertEquals(capitalized(db + " is a database but not a Butler registry (it has no butler_attributes table)."),
                model.getStatus());
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @Test
    void labelsAreListedFromTheInjectedEnvironment() throws IOException {
        String index = "{\"rc2\": \"" + fixture("rc2-sqlite") + "\", \"old\": \"" + fixture("old-universe-sqlite") + "\"}";
        ConnectViewModel model = model(Map.of("DAF_BUTLER_REPOSITORIES", index));
        assertEquals(List.of("old", "rc2"), model.labels());
        assertEquals("", model.labelsNoteProperty().get());

        model.labelProperty().set("old");
        model.modeProperty().set(ConnectMode.LABEL);
        model.test();
        assertEquals(expectedSummary("SQLite registry", "old-universe-sqlite"), model.getStatus());
        assertEquals("old", model.connect().orElseThrow().name());
    }

    @Test
    void withoutAnIndexTheLabelsTabSaysWhichVariableToSet() {
        ConnectViewModel model = model();
        assertTrue(model.labels().isEmpty());
        assertTrue(model.labelsNoteProperty().get().contains("DAF_BUTLER_REPOSITORY_INDEX"),
                model.labelsNoteProperty().get());
    }

    @Test
    void postgresFieldsBecomeAPostgresLocationWithTheTypedPassword() {
        ConnectViewModel model = model();
        model.modeProperty().set(ConnectMode.POSTGRES);
        model.hostProperty().set("db.example.org");
        model.portProperty().set("5433");
        model.databaseProperty().set("butler");
        model.namespaceProperty().set("rc2");
        model.userProperty().set("alice");
        model.passwordProperty().set("s3cret");
        assertFalse(model.passwordFromDbAuthProperty().get());

        ConnectRequest.Registry request = assertInstanceOf(ConnectRequest.Registry.class, model.connect().orElseThrow());
        PostgresRepo repo = assertInstanceOf(PostgresRepo.class, request.location());
        assertEquals("db.example.org", repo.host());
        assertEquals(5433, repo.port());
        assertEquals("butler", repo.database());
        assertEquals("rc2", repo.namespace());
        assertEquals("alice", repo.username());
        assertEquals("s3cret", repo.password().revealAsString());
        assertEquals("rc2 · butler on db.example.org", request.name());
        assertFalse(request.name().contains("s3cret") || repo.description().contains("s3cret"));
        assertEquals("", model.passwordProperty().get(), "the typed password is wiped once it is in the Secret");
    }

    @Test
    void aMatchingDbAuthEntryIsAnnouncedAndSuppliesThePassword() {
        String credentials = "[{\"url\": \"postgresql://db.example.org/butler\", \"password\": \"from-db-auth\"}]";
        ConnectViewModel model = model(Map.of("LSST_DB_AUTH_CREDENTIALS", credentials));
        model.modeProperty().set(ConnectMode.POSTGRES);
        model.hostProperty().set("db.example.org");
        model.databaseProperty().set("butler");
        assertTrue(model.passwordFromDbAuthProperty().get());
        assertTrue(model.passwordNoteProperty().get().contains("LSST_DB_AUTH_CREDENTIALS"),
                model.passwordNoteProperty().get());
        assertTrue(model.isReadyWithoutAsking());

        model.databaseProperty().set("other");
        assertFalse(model.passwordFromDbAuthProperty().get(), "no entry for another database");
        assertFalse(model.isReadyWithoutAsking());
        model.databaseProperty().set("butler");

        PostgresRepo repo = (PostgresRepo) ((ConnectRequest.Registry) model.connect().orElseThrow()).location();
        assertEquals("from-db-auth", repo.password().revealAsString());
    }

    @Test
    void aPortThatIsNoNumberIsRefused() {
        ConnectViewModel model = model();
        model.modeProperty().set(ConnectMode.POSTGRES);
        model.hostProperty().set("db.example.org");
        model.databaseProperty().set("butler");
        model.portProperty().set("54x2");
        assertTrue(model.connect().isEmpty());
        assertEquals(StatusKind.ERROR, model.getStatusKind());
        assertEquals("The port must be a number from 1 to 65535.", model.getStatus());
    }

    @Test
    void recentConnectionsKeepNoPassword() throws BackingStoreException {
        ConnectViewModel model = model();
        model.modeProperty().set(ConnectMode.POSTGRES);
        model.hostProperty().set("db.example.org");
        model.databaseProperty().set("butler");
        model.namespaceProperty().set("rc2");
        model.userProperty().set("alice");
        model.passwordProperty().set("s3cret-Pa55");
        model.connect().orElseThrow();
        model = model();
        model.choosePath(fixture("rc2-sqlite"));
        model.connect().orElseThrow();

        List<String> stored = new ArrayList<>();
        collect(prefs, stored);
        assertFalse(stored.isEmpty());
        for (String entry : stored) {
            assertFalse(entry.toLowerCase(Locale.ROOT).contains("password"), entry);
            assertFalse(entry.contains("s3cret-Pa55"), entry);
        }
        assertTrue(stored.contains("/recent/1 host=db.example.org"), stored.toString());
        assertTrue(stored.contains("/recent/1 user=alice"), stored.toString());

        assertEquals(List.of(new RecentConnection.RepoPath(fixture("rc2-sqlite").toString()),
                        new RecentConnection.Server(new PostgresFields("db.example.org", 5432, "butler", "rc2", "alice"))),
                new RecentConnections(prefs.node("recent")).list());
    }

    /** Every key and value under a node, as "path key=value". */
    private static void collect(Preferences node, List<String> out) throws BackingStoreException {
        for (String key : node.keys()) {
            out.add(node.absolutePath() + " " + key + "=" + node.get(key, null));
        }
        for (String child : node.childrenNames()) {
            collect(node.node(child), out);
        }
    }

    @Test
    void aNewDialogStartsFromTheLatestConnectionWithoutItsPassword() {
        ConnectViewModel first = model();
        first.modeProperty().set(ConnectMode.POSTGRES);
        first.hostProperty().set("db.example.org");
        first.databaseProperty().set("butler");
        first.passwordProperty().set("typed");
        first.connect().orElseThrow();

        ConnectViewModel next = model();
        assertEquals(ConnectMode.POSTGRES, next.modeProperty().get());
        assertEquals("db.example.org", next.hostProperty().get());
        assertEquals("", next.passwordProperty().get());
        assertEquals(1, next.recents().size());
    }

    @Test
    void rememberingKeepsTheNewestFewOnce() {
        RecentConnections recents = new RecentConnections(prefs.node("recent"));
        for (int i = 0; i < RecentConnections.MAX + 3; i++) {
            recents.remember(new RecentConnection.IndexLabel("repo" + i));
        }
        recents.remember(new RecentConnection.IndexLabel("repo5"));
        List<RecentConnection> list = recents.list();
        assertEquals(RecentConnections.MAX, list.size());
        assertEquals(new RecentConnection.IndexLabel("repo5"), list.get(0));
        assertEquals(new RecentConnection.IndexLabel("repo10"), list.get(1));
        assertEquals(1, list.stream().filter(r -> r.equals(new RecentConnection.IndexLabel("repo5"))).count());
    }

    @Test
    void connectingToASqliteRepoNamesTheTabAfterItsFolder() {
        ConnectViewModel model = model();
        model.choosePath(fixture("rc2-sqlite").resolve("butler.yaml"));
        ConnectRequest.Registry request = assertInstanceOf(ConnectRequest.Registry.class, model.connect().orElseThrow());
        assertEquals("rc2-sqlite", request.name());
        SqliteRepo repo = assertInstanceOf(SqliteRepo.class, request.location());
        assertEquals(fixture("rc2-sqlite").resolve("gen3.sqlite3").toAbsolutePath().normalize(),
                repo.databaseFile().toAbsolutePath().normalize());
    }

    @Test
    void testingThePostgresFixtureWithATypedPasswordSaysWhatWorks() throws IOException {
        TestServer server = TestServer.fromBuild();
        ConnectViewModel model = model();
        model.modeProperty().set(ConnectMode.POSTGRES);
        model.hostProperty().set(server.host());
        model.portProperty().set(Integer.toString(server.port()));
        model.databaseProperty().set(server.database());
        model.namespaceProperty().set(server.namespace());
        model.userProperty().set(server.user());
        model.passwordProperty().set(server.password());
        model.test();
        assertEquals(expectedSummary("PostgreSQL registry (schema " + server.namespace() + ")", "rc2-postgres"),
                model.getStatus());
        assertEquals(StatusKind.OK, model.getStatusKind());
    }

    @Test
    void aWrongPostgresPasswordIsToldInOneLine() {
        TestServer server = TestServer.fromBuild();
        ConnectViewModel model = model();
        model.modeProperty().set(ConnectMode.POSTGRES);
        model.hostProperty().set(server.host());
        model.portProperty().set(Integer.toString(server.port()));
        model.databaseProperty().set(server.database());
        model.userProperty().set(server.user());
        model.passwordProperty().set("certainly-not-" + server.password());
        model.test();
        assertEquals(StatusKind.ERROR, model.getStatusKind());
        assertTrue(model.getStatus().contains("refused the login"), model.getStatus());
        assertFalse(model.getStatus().contains(server.password()));
    }
}
