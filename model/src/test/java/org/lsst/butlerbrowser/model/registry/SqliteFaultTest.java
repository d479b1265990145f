package org.lsst.butlerbrowser.model.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lsst.butlerbrowser.model.registry.BadInputs.assertClearMessage;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lsst.butlerbrowser.model.db.DatabaseException;
import org.lsst.butlerbrowser.model.repo.Environment;
import org.lsst.butlerbrowser.model.repo.RepoResolver;
import org.lsst.butlerbrowser.model.testing.TestRepos;

/**
 * An SQLite registry whose file is mishandled by others while Butler Browser reads it, or that
 * lives somewhere awkward: replaced or truncated under the open registry, behind a path of spaces,
 * quotes, URL characters and non-ASCII letters, or left in WAL mode by a writer (with its -wal file
 * beside it, in a writable and in a read-only directory). Each gives the fixture's own answers or
 * one clear sentence, never a crash, and never changes a byte of the database or its -wal file.
 * (A file and directory that are read-only: {@link SqliteReadOnlyTest}.)
 */
class SqliteFaultTest {

    private static final String RC2 = "HSC/runs/RC2";
    private static final DatasetQuery CALEXPS = new DatasetQuery(List.of("calexp"), List.of(RC2), true,
            WhereClause.NONE, 0);

    @TempDir
    Path dir;

    /** Enough of what a registry answers to tell two files apart: row counts and visit records. */
    private static Object answers(Registry r) {
        return List.of(r.tableRowCounts(), r.queryDatasets(CALEXPS).toList().stream().map(DatasetRef::id).toList(),
                r.queryDimensionRecords("visit", WhereClause.NONE, 0).toList());
    }

    /** The same answers from the fixture itself, opened in place. */
    private static Object fixtureAnswers() {
        try (Registry fixture = TestRepos.open(TestRepos.RC2_SQLITE)) {
            return answers(fixture);
        }
    }

    /**
     * Spaces, quotes, non-ASCII letters, and characters that mean something in URLs: the driver took
     * a '?' in a file name for the start of its options and could not open the file. A butler.yaml
     * names its registry with an sqlite:/// URL, where '?' and '#' cannot stand for themselves (nor
     * can they for daf_butler), so its folder has all the others.
     */
    @Test
    void pathsOfSpacesQuotesUrlCharactersAndNonAsciiLettersReadLikeAnyOther() throws IOException {
        Path file = BadInputs.copyOfRc2(dir.resolve("Données d'été ü 数据 ?#%20&;"), "gen3 registry ☃ 'x'.sqlite3");
        Path repo = dir.resolve("dépôt \"Ünïcødé\" d'été 数据");
        Path behindYaml = BadInputs.copyOfRc2(repo, "gen3 'x' ☃.sqlite3");
        Files.writeString(repo.resolve("butler.yaml"), "registry:\n  db: sqlite:///<butlerRoot>/gen3 'x' ☃.sqlite3\n");
        Object expected = fixtureAnswers();
        for (Path copy : List.of(file, behindYaml)) {
            String sum = BadInputs.sha256(copy);
            Set<String> before = BadInputs.listing(copy.getParent());
            List<String> names = copy == file ? List.of(file.toString())
                    : List.of(behindYaml.toString(), repo.toString(), repo.resolve("butler.yaml").toString());
            for (String named : names) {
                try (Registry r = Registry.open(new RepoResolver(Environment.system()).resolve(named))) {
                    assertEquals(copy.toString(), r.description(), named);
                    assertEquals(expected, answers(r), named);
                    assertTrue(BadInputs.runEveryKindOfQuery(r) > 1000, named);
                }
            }
            BadInputs.assertUntouched(copy, sum, before);
        }
    }

    /**
     * Another file renamed over the registry while it is open (what a copy tool or an "atomic save"
     * does). Connections opened before would read the old file and new ones the new file, mixing
     * the two; every query after the swap is refused instead, with a sentence that says why.
     */
    @Test
    void aFileReplacedWhileOpenIsRefusedByEveryLaterQuery() throws IOException {
        Path copy = BadInputs.copyOfRc2(dir, "gen3.sqlite3");
        Path other = BadInputs.copyOfRc2(dir, "other.sqlite3");
        BadInputs.execute(other, "UPDATE visit SET exposure_time = 1");
        String otherSum = BadInputs.sha256(other);
        try (Registry r = BadInputs.open(copy)) {
            assertEquals(fixtureAnswers(), answers(r));
            Files.move(other, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            String expected = "the SQLite registry " + copy + " was replaced by another file after it was opened;"
                    + " open it again to read the new file";
            // several cursors at once, as a window's screens open them: the pool opens new connections
            List<ResultCursor<DimensionRecord>> open = new ArrayList<>();
            try {
                for (int i = 0; i < 4; i++) {
                    ResultCursor<DimensionRecord> visits = r.queryDimensionRecords("visit", WhereClause.NONE, 0);
                    open.add(visits);
                    DatabaseException e = assertThrows(DatabaseException.class, visits::hasNext);
                    assertEquals(expected, assertClearMessage(e));
                }
            } finally {
                open.forEach(ResultCursor::close);
            }
            assertEquals(expected, assertClearMessage(assertThrows(DatabaseException.class, () -> answers(r))));
        }
        assertEquals(otherSum, BadInputs.sha256(copy), "the new file was written to");
        try (Registry again = BadInputs.open(copy)) {
            assertTrue(again.queryDimensionRecords("visit", WhereClause.NONE, 0).toList().stream()
                    .allMatch(v -> ((Number) v.get("exposure_time")).doubleValue() == 1), "reopened: the new file");
        }
    }

    @Test
    void aFileDeletedWhileOpenIsNamed() throws IOException {
        Path copy = BadInputs.copyOfRc2(dir, "gen3.sqlite3");
        try (Registry r = BadInputs.open(copy)) {
            Files.delete(copy);
            assertEquals("the SQLite registry " + copy + " was deleted or moved after it was opened",
                    assertClearMessage(assertThrows(DatabaseException.class, () -> answers(r))));
        }
    }

    /**
     * Cut to a third under the open registry (a full disk, a copy still in progress): queries give
     * the old answer from pages SQLite still holds, or say that the file is damaged or truncated.
     */
    @Test
    void aFileTruncatedWhileOpenGivesTheOldAnswerOrOneSentence() throws IOException {
        Path copy = BadInputs.copyOfRc2(dir, "gen3.sqlite3");
        try (Registry r = BadInputs.open(copy)) {
            Object before = answers(r);
            try (RandomAccessFile f = new RandomAccessFile(copy.toFile(), "rw")) {
                f.setLength(f.length() / 3);
            }
            String sum = BadInputs.sha256(copy);
            Set<String> listing = BadInputs.listing(dir);
            int refused = 0;
            for (int i = 0; i < 3; i++) {
                try {
                    assertEquals(before, answers(r));
                } catch (DatabaseException e) {
                    assertClearMessage(e, "the SQLite database " + copy + " is damaged or truncated (");
                    refused++;
                }
            }
            assertTrue(refused > 0, "a third of the file is gone, yet every query answered");
            BadInputs.assertUntouched(copy, sum, listing);
        }
    }

    /**
     * A writer (daf_butler on a WAL-mode registry) committed a change that is still only in the
     * -wal file when the registry is copied or the writer dies. Reading it must include the change
     * and change neither file; SQLite builds its WAL index in a -shm file beside them, or in memory
     * when the directory is read-only.
     */
    @Test
    void aRegistryLeftInWalModeIsReadWithWhatItsWalHolds() throws IOException, SQLException {
        Path source = BadInputs.copyOfRc2(dir.resolve("writer"), "gen3.sqlite3");
        Path left = Files.createDirectories(dir.resolve("left behind"));
        try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + source);
             Statement st = writer.createStatement()) {
            st.execute("PRAGMA journal_mode = WAL");
            st.execute("PRAGMA wal_autocheckpoint = 0");
            st.execute("UPDATE collection SET doc = 'committed to the WAL only' WHERE name = '" + RC2 + "'");
            // what a crash (or a copy made while the writer works) leaves: the database and its -wal
            Files.copy(source, left.resolve("gen3.sqlite3"));
            Files.copy(source.resolveSibling("gen3.sqlite3-wal"), left.resolve("gen3.sqlite3-wal"));
        }
        Path copy = left.resolve("gen3.sqlite3");
        Path wal = left.resolve("gen3.sqlite3-wal");
        assertTrue(Files.size(wal) > 0);
        String sum = BadInputs.sha256(copy);
        String walSum = BadInputs.sha256(wal);
        Object expected = fixtureAnswers();

        for (boolean readOnlyDirectory : List.of(false, true)) {
            Files.deleteIfExists(left.resolve("gen3.sqlite3-shm"));
            Files.setPosixFilePermissions(left, PosixFilePermissions.fromString(readOnlyDirectory ? "r-xr-xr-x" : "rwxr-xr-x"));
            try (Registry r = BadInputs.open(copy)) {
                assertEquals("committed to the WAL only", r.collections().get(RC2).doc());
                assertEquals(expected, answers(r));
                assertTrue(BadInputs.runEveryKindOfQuery(r) > 1000);
            } finally {
                Files.setPosixFilePermissions(left, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            assertEquals(sum, BadInputs.sha256(copy), "the database was written to");
            assertEquals(walSum, BadInputs.sha256(wal), "the -wal file was written to (a checkpoint?)");
        }
    }

    /**
     * A cursor paused between pages when its registry closes (a tab closed while its datasets were
     * listed): the file is closed all the same. The pool only aborted the connection, which sqlite-jdbc
     * ignores, and the file stayed open for the rest of the session.
     */
    @Test
    void closingARegistryClosesItsFileEvenWithACursorStillOpen() throws IOException {
        Path file = BadInputs.copyOfRc2(dir, "gen3.sqlite3").toRealPath();
        Registry registry = Registry.open(new RepoResolver(Environment.system()).resolve(file.toString()));
        ResultCursor<DatasetRef> cursor = registry.queryDatasets(CALEXPS);
        assertTrue(cursor.hasNext());
        cursor.next();
        assertTrue(descriptorsOn(file) > 0, "the cursor's connection has the file open");

        registry.close();

        assertEquals(0, descriptorsOn(file), "file descriptors left open on the registry");
    }

    /** This process's file descriptors open on {@code file}, as the kernel lists them. */
    private static long descriptorsOn(Path file) throws IOException {
        try (var fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).equals(file);
                } catch (IOException closedMeanwhile) {
                    return false;
                }
            }).count();
        }
    }
}
