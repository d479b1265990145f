package org.lsst.butlerbrowser.model.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.lsst.butlerbrowser.model.registry.BadInputs.assertClearMessage;
import static org.lsst.butlerbrowser.model.registry.BadInputs.assertUntouched;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lsst.butlerbrowser.model.db.DatabaseException;
import org.lsst.butlerbrowser.model.db.RegistryDatabase;
import org.lsst.butlerbrowser.model.repo.Environment;
import org.lsst.butlerbrowser.model.repo.RepoException;
import org.lsst.butlerbrowser.model.repo.RepoResolver;

/**
 * Files that are not a readable registry, given as REPO: not SQLite at all, SQLite but not a
 * registry, and truncated or overwritten copies of the rc2 fixture. Each gives one sentence naming
 * the file and the problem, whether it is found at open or at the first query, and nothing is
 * written: the file keeps its checksum and no journal or other file appears beside it.
 */
class BadRegistryFileTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13,
            'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0};

    @TempDir
    Path dir;

    static Stream<Arguments> notSqlite() {
        return Stream.of(
                Arguments.of("a text file", "notes.txt", "registry.db = gen3.sqlite3\n".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("a PNG named like a registry", "gen3.sqlite3", PNG),
                Arguments.of("an empty file", "empty.sqlite3", new byte[0]),
                Arguments.of("the SQLite header cut short", "short.sqlite3", "SQLite form".getBytes(StandardCharsets.US_ASCII)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notSqlite")
    void aFileThatIsNotSqliteIsNotARepository(String what, String name, byte[] content) throws IOException {
        Path file = Files.write(dir.resolve(name), content);
        Set<String> before = BadInputs.listing(dir);
        String sum = BadInputs.sha256(file);

        RepoException e = assertThrows(RepoException.class,
                () -> new RepoResolver(Environment.system()).resolve(file.toString()));
        assertEquals("not a Butler repository: " + file + " is neither a directory with butler.yaml, a butler.yaml,"
                + " an SQLite database nor a known repository label", assertClearMessage(e, file.toString()));
        assertUntouched(file, sum, before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notSqlite")
    void aFileThatIsNotSqliteIsRefusedAsAnSqliteUrl(String what, String name, byte[] content) throws IOException {
        Path file = Files.write(dir.resolve(name), content);
        RepoException e = assertThrows(RepoException.class,
                () -> new RepoResolver(Environment.system()).resolve("sqlite:///" + file));
        assertEquals(file + " is not an SQLite database", assertClearMessage(e));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notSqlite")
    void aFileThatIsNotSqliteIsRefusedWhenOpenedDirectly(String what, String name, byte[] content) throws IOException {
        Path file = Files.write(dir.resolve(name), content);
        Set<String> before = BadInputs.listing(dir);
        DatabaseException e = assertThrows(DatabaseException.class, () -> RegistryDatabase.openSqlite(file));
        assertEquals(file + " is not an SQLite database", assertClearMessage(e));
        assertEquals(before, BadInputs.listing(dir));
    }

    @Test
    void aButlerYamlNamingANonSqliteFileSaysWhichFileAndWhere() throws IOException {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.write(repo.resolve("gen3.sqlite3"), PNG);
        Files.writeString(repo.resolve("butler.yaml"), "registry:\n  db: sqlite:///<butlerRoot>/gen3.sqlite3\n");
        RepoException e = assertThrows(RepoException.class,
                () -> new RepoResolver(Environment.system()).resolve(repo.toString()));
        assertEquals(repo.resolve("gen3.sqlite3") + " named by registry.db in " + repo.resolve("butler.yaml")
                + " is not an SQLite database", assertClearMessage(e));
    }

    @Test
    void theSqliteHeaderFollowedByGarbageIsDamaged() throws IOException {
        Path file = Files.write(dir.resolve("fake.sqlite3"),
                ("SQLite format 3\0" + "not really a database. ".repeat(400)).getBytes(StandardCharsets.US_ASCII));
        Set<String> before = BadInputs.listing(dir);
        String sum = BadInputs.sha256(file);
        DatabaseException e = assertThrows(DatabaseException.class, () -> BadInputs.open(file));
        assertClearMessage(e, "the SQLite database " + file + " is damaged or truncated (");
        assertUntouched(file, sum, before);
    }

    @Test
    void anSqliteDatabaseThatIsNotARegistryIsNamedAsSuch() throws SQLException {
        Path file = dir.resolve("other.sqlite3");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE foo (id INTEGER PRIMARY KEY, name TEXT)");
            st.execute("INSERT INTO foo (name) VALUES ('bar')");
        }
        Set<String> before = BadInputs.listing(dir);
        String sum = BadInputs.sha256(file);
        RegistryException e = assertThrows(RegistryException.class, () -> BadInputs.open(file));
        assertEquals(file + " is a database but not a Butler registry (it has no butler_attributes table)",
                assertClearMessage(e));
        assertUntouched(file, sum, before);
    }

    @Test
    void anEmptyButlerAttributesTableIsNotARegistryEither() {
        Path file = dir.resolve("attrs.sqlite3");
        BadInputs.execute(file, "CREATE TABLE butler_attributes (name TEXT PRIMARY KEY, value TEXT NOT NULL)");
        RegistryException e = assertThrows(RegistryException.class, () -> BadInputs.open(file));
        assertEquals(file + ": this registry's butler_attributes names no attributes manager, so it is not a Butler"
                + " registry Butler Browser can read", assertClearMessage(e));
    }

    /** Lengths to cut the 7 MB fixture to: thirds, a page short, two pages and a bit, one page and a bit. */
    static Stream<Arguments> truncations() throws IOException {
        long size = Files.size(BadInputs.rc2File());
        return Stream.of(Arguments.of("a third", size / 3), Arguments.of("two thirds", 2 * size / 3),
                Arguments.of("one page short", size - BadInputs.PAGE_SIZE),
                Arguments.of("two pages and 17 bytes", 2L * BadInputs.PAGE_SIZE + 17),
                Arguments.of("5000 bytes", 5000L));
    }

    @ParameterizedTest(name = "cut to {0}")
    @MethodSource("truncations")
    void aTruncatedRegistryIsReportedAsDamagedAtOpenOrAtItsFirstQuery(String what, long length) {
        Path file = BadInputs.copyOfRc2(dir, "gen3.sqlite3");
        BadInputs.truncate(file, length);
        Set<String> before = BadInputs.listing(dir);
        String sum = BadInputs.sha256(file);

        DatabaseException e = assertThrows(DatabaseException.class, () -> {
            try (Registry r = BadInputs.open(file)) {
                r.tableRowCounts(); // reads every table, in case the open did not touch the missing part
            }
        });
        assertClearMessage(e, "the SQLite database " + file + " is damaged or truncated (");
        assertUntouched(file, sum, before);
    }

    @Test
    void aTruncatedRegistryIsAlreadyRefusedAtOpen() {
        Path file = BadInputs.copyOfRc2(dir, "gen3.sqlite3");
        BadInputs.truncate(file, file.toFile().length() / 3);
        DatabaseException e = assertThrows(DatabaseException.class, () -> BadInputs.open(file));
        assertClearMessage(e, "the SQLite database " + file + " is damaged or truncated (", "malformed");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"butler_attributes", "collection", "dataset_type", "collection_summary_dataset_type"})
    void garbageInATableReadAtOpenIsReportedAtOpen(String table) {
        Path file = BadInputs.copyOfRc2(dir, "gen3.sqlite3");
        BadInputs.overwritePage(file, BadInputs.rootPage(file, table));
        Set<String> before = BadInputs.listing(dir);
        String sum = BadInputs.sha256(file);
        DatabaseException e = assertThrows(DatabaseException.class, () -> BadInputs.open(file));
        assertClearMessage(e, "the SQLite database " + file + " is damaged or truncated (");
        assertUntouched(file, sum, before);
    }

    @Test
    void garbageInADimensionTableIsReportedByTheQueryThatReadsIt() {
        Path file = BadInputs.copyOfRc2(dir, "gen3.sqlite3");
        BadInputs.overwriteTable(file, "visit");
        Set<String> before = BadInputs.listing(dir);
        String sum = BadInputs.sha256(file);
        String damaged = "the SQLite database " + file + " is damaged or truncated (";

        try (Registry registry = BadInputs.open(file)) {
            // through a streaming ResultCursor ...
            DatabaseException streamed = assertThrows(DatabaseException.class,
                    () -> registry.queryDimensionRecords("visit", WhereClause.NONE, 0).toList());
            assertClearMessage(streamed, damaged);
            // ... a one-row count ...
            assertClearMessage(assertThrows(DatabaseException.class,
                    () -> registry.countDimensionRecords("visit", WhereClause.NONE)), damaged);
            // ... a join that reads visit records ...
            assertClearMessage(assertThrows(DatabaseException.class, () -> registry.queryDimensionRecords("visit",
                    WhereClause.parse("instrument = 'HSC' AND visit > 0"), 10).toList()), damaged);
            // ... and the statistics view that counts every table.
            assertClearMessage(assertThrows(DatabaseException.class, registry::tableRowCounts), damaged);
            // The rest of the registry stays readable.
            assertEquals(1, registry.queryDimensionRecords("instrument", WhereClause.NONE, 0).toList().size());
        }
        assertUntouched(file, sum, before);
    }

    @Test
    void garbageInADatasetTypesTagsTableIsReportedByTheDatasetQuery() {
        Path file = BadInputs.copyOfRc2(dir, "gen3.sqlite3");
        BadInputs.overwriteTable(file, BadInputs.tagsTable(file, "calexp"));
        try (Registry registry = BadInputs.open(file)) {
            DatabaseException e = assertThrows(DatabaseException.class, () -> registry.queryDatasets(new DatasetQuery(
                    List.of("calexp"), List.of("HSC/runs/RC2"), true, WhereClause.NONE, 0)).toList());
            assertClearMessage(e, "the SQLite database " + file + " is damaged or truncated (");
            assertClearMessage(assertThrows(DatabaseException.class, () -> registry.countDatasets(new DatasetQuery(
                    List.of("calexp"), List.of("HSC/runs/RC2"), false, WhereClause.NONE, 0))), "damaged or truncated");
        }
    }

    /**
     * A cursor that fails gives its connection back: far more failures than the pool has connections
     * (4) must neither hang (the pool would wait 30 s for a leaked connection) nor change the message.
     */
    @Test
    void failedQueriesGiveTheirConnectionsBack() {
        Path file = BadInputs.copyOfRc2(dir, "gen3.sqlite3");
        BadInputs.overwriteTable(file, "visit");
        try (Registry registry = BadInputs.open(file)) {
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                for (int i = 0; i < 12; i++) {
                    // deliberately not closed: the failure itself must release the connection
                    ResultCursor<DimensionRecord> rows = registry.queryDimensionRecords("visit", WhereClause.NONE, 0);
                    DatabaseException e = assertThrows(DatabaseException.class, rows::hasNext);
                    assertClearMessage(e, "damaged or truncated");
                }
                assertEquals(1, registry.countDimensionRecords("instrument", WhereClause.NONE));
            });
        }
    }
}
