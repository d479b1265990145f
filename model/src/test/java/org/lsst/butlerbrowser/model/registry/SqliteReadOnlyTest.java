package org.lsst.butlerbrowser.model.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lsst.butlerbrowser.model.registry.BadInputs.assertUntouched;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lsst.butlerbrowser.model.db.DatabaseException;
import org.lsst.butlerbrowser.model.testing.TestRepos;

/**
 * SQLite registries are opened read-only, and that is not just a promise of the model's own SQL:
 * writes sent through the model's connections are refused by SQLite, even with {@code query_only}
 * switched off; no other file can be created through them; and reading the rc2 fixture with every
 * kind of query leaves it byte-for-byte unchanged with no journal beside it.
 */
class SqliteReadOnlyTest {

    private static final List<String> WRITES = List.of(
            "INSERT INTO butler_attributes (name, value) VALUES ('evil', 'yes')",
            "UPDATE collection SET doc = 'x'",
            "DELETE FROM dataset",
            "CREATE TABLE evil (a INTEGER)",
            "CREATE INDEX evil_idx ON collection (doc)",
            "ALTER TABLE collection ADD COLUMN evil TEXT",
            "DROP TABLE visit",
            "PRAGMA user_version = 7",
            "PRAGMA journal_mode = WAL");

    @TempDir
    Path dir;

    private static String refusedMessage(Path file) {
        return "refused to write to " + file + ": Butler Browser opens registries read-only";
    }

    private static void assertWritesRefused(Connection c, Path file) {
        for (String sql : WRITES) {
            SQLException e = assertThrows(SQLException.class, () -> {
                try (Statement st = c.createStatement()) {
                    st.execute(sql);
                }
            }, sql);
            assertEquals(refusedMessage(file), DatabaseException.from(e, file.toString()).getMessage(), sql);
        }
    }

    private static String pragma(Connection c, String name) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            assertTrue(rs.next());
            return rs.getString(1);
        }
    }

    @Test
    void writesThroughTheModelsConnectionsAreRefused() throws SQLException {
        Path copy = BadInputs.copyOfRc2(dir, "gen3.sqlite3"); // writable by mode: only the open mode protects it
        String sum = BadInputs.sha256(copy);
        Set<String> before = BadInputs.listing(dir);
        try (Registry registry = BadInputs.open(copy); Connection c = registry.database().connection()) {
            assertTrue(c.isReadOnly());
            assertEquals("1", pragma(c, "query_only"));
            assertWritesRefused(c, copy);
            assertEquals(List.of(), BadInputs.sideFiles(copy));
        }
        assertUntouched(copy, sum, before);
    }

    /** query_only is one guard; the other is SQLITE_OPEN_READONLY, which SQL cannot switch off. */
    @Test
    void writesAreStillRefusedAfterQueryOnlyIsSwitchedOff() throws SQLException {
        Path copy = BadInputs.copyOfRc2(dir, "gen3.sqlite3");
        String sum = BadInputs.sha256(copy);
        Set<String> before = BadInputs.listing(dir);
        try (Registry registry = BadInputs.open(copy); Connection c = registry.database().connection()) {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA query_only = OFF");
            }
            assertEquals("0", pragma(c, "query_only"));
            assertWritesRefused(c, copy);
        }
        assertUntouched(copy, sum, before);
    }

    /**
     * ATTACH and VACUUM INTO would open a second database file for writing (VACUUM INTO writes a full
     * copy of the registry), so the model's connections allow no attached databases at all.
     */
    @Test
    void noFileCanBeCreatedThroughTheModelsConnections() throws SQLException, IOException {
        Path copy = BadInputs.copyOfRc2(dir, "gen3.sqlite3");
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path target = elsewhere.resolve("copy.sqlite3");
        try (Registry registry = BadInputs.open(copy); Connection c = registry.database().connection()) {
            for (String queryOnly : List.of("ON", "OFF")) {
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA query_only = " + queryOnly);
                }
                for (String sql : List.of("VACUUM INTO '" + target + "'", "ATTACH DATABASE '" + target + "' AS other")) {
                    assertThrows(SQLException.class, () -> {
                        try (Statement st = c.createStatement()) {
                            st.execute(sql);
                        }
                    }, sql + " with query_only " + queryOnly);
                    assertEquals(Set.of(), BadInputs.listing(elsewhere), sql + " with query_only " + queryOnly);
                }
            }
        }
        assertEquals(List.of(), BadInputs.sideFiles(copy));
    }

    @Test
    void everyKindOfQueryLeavesTheFixtureByteForByteUnchanged() throws IOException {
        Path fixture = BadInputs.rc2File();
        String sum = BadInputs.sha256(fixture);
        FileTime modified = Files.getLastModifiedTime(fixture);
        Set<String> before = BadInputs.listing(fixture.getParent());

        try (Registry registry = TestRepos.open(TestRepos.RC2_SQLITE)) {
            assertEquals(fixture.toString(), registry.description());
            long rows = BadInputs.runEveryKindOfQuery(registry);
            assertTrue(rows > 1000, "only " + rows + " rows");
            // while the registry is open, too: no journal, WAL or shared-memory file
            assertEquals(List.of(), BadInputs.sideFiles(fixture));
            assertEquals(before, BadInputs.listing(fixture.getParent()));
        }

        assertUntouched(fixture, sum, before);
        assertEquals(modified, Files.getLastModifiedTime(fixture));
    }

    /**
     * A registry whose file (0444) and directory (0555) are read-only, as on a shared file system.
     * The tests may run as root, for whom the kernel ignores these permission bits, so that the open
     * works proves little by itself; what shows the read-only open mode is that the connection says
     * so, query_only is on, and writes are refused even with query_only off (which root could
     * otherwise do to this file).
     */
    @Test
    void opensARegistryWhoseFileAndDirectoryAreReadOnly() throws IOException, SQLException {
        Path ro = dir.resolve("readonly");
        Path copy = BadInputs.copyOfRc2(ro, "gen3.sqlite3");
        Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        String sum = BadInputs.sha256(copy);
        Set<String> before = BadInputs.listing(ro);
        try {
            try (Registry registry = BadInputs.open(copy)) {
                assertTrue(BadInputs.runEveryKindOfQuery(registry) > 1000);
                try (Connection c = registry.database().connection()) {
                    assertTrue(c.isReadOnly(), "the connection is not read-only");
                    assertEquals("1", pragma(c, "query_only"));
                    try (Statement st = c.createStatement()) {
                        st.execute("PRAGMA query_only = OFF");
                    }
                    assertWritesRefused(c, copy);
                }
            }
            assertUntouched(copy, sum, before);
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
