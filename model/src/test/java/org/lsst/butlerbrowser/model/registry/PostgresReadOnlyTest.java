package org.lsst.butlerbrowser.model.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lsst.butlerbrowser.model.db.DatabaseException;
import org.lsst.butlerbrowser.model.db.RegistryDatabase;
import org.lsst.butlerbrowser.model.db.Timeouts;
import org.lsst.butlerbrowser.model.testing.TestRepos;

/**
 * PostgreSQL registries are read in read-only sessions. The test server deliberately grants
 * butler_reader INSERT, UPDATE and DELETE, so a refused write here is refused by the session
 * (SQLSTATE 25006, read-only transaction), not by missing privileges; and the server's own
 * statistics show that a batch of every kind of query inserted, updated and deleted nothing.
 */
class PostgresReadOnlyTest {

    private static final String READ_ONLY_TRANSACTION = "25006";

    @BeforeEach
    void needsPostgres() {
        TestRepos.assumePostgres();
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getString(1);
        }
    }

    private static List<String> writes(Connection c) throws SQLException {
        String sequence = text(c, "SELECT coalesce(min(quote_ident(schemaname) || '.' || quote_ident(sequencename)), '')"
                + " FROM pg_sequences WHERE schemaname = 'rc2'");
        List<String> writes = new java.util.ArrayList<>(List.of(
                "UPDATE rc2.collection SET doc = 'x'",
                "INSERT INTO rc2.collection (name, type, doc) VALUES ('evil', 1, 'x')",
                "DELETE FROM rc2.dataset_location_trash",
                "CREATE TABLE rc2.evil (a integer)",
                "CREATE TEMPORARY TABLE evil (a integer)"));
        if (!sequence.isEmpty()) {
            writes.add("SELECT nextval('" + sequence + "')");
        }
        return writes;
    }

    private static void assertRefusedAsReadOnly(Connection c, String sql, String where) {
        SQLException e = assertThrows(SQLException.class, () -> {
            try (Statement st = c.createStatement()) {
                st.execute(sql);
            }
        }, sql);
        assertEquals(READ_ONLY_TRANSACTION, e.getSQLState(), sql + ": " + e.getMessage());
        assertEquals("refused to write to " + where + ": Butler Browser opens registries read-only",
                DatabaseException.from(e, where).getMessage());
    }

    @Test
    void theSessionsAreReadOnlyByDefault() throws SQLException {
        try (Registry registry = TestRepos.open(TestRepos.RC2_POSTGRES); Connection c = registry.database().connection()) {
            assertTrue(c.isReadOnly());
            assertEquals("on", text(c, "SHOW default_transaction_read_only"));
            assertEquals("on", text(c, "SHOW transaction_read_only"));
        }
    }

    @Test
    void writesAreRefusedByTheSessionAlthoughTheRoleMayWrite() throws SQLException {
        try (Registry registry = TestRepos.open(TestRepos.RC2_POSTGRES); Connection c = registry.database().connection()) {
            // the role could write: what refuses below is the read-only session
            assertEquals("t", text(c, "SELECT has_table_privilege('rc2.collection', 'UPDATE')"));
            assertEquals("t", text(c, "SELECT has_table_privilege('rc2.collection', 'INSERT')"));
            for (String sql : writes(c)) {
                assertRefusedAsReadOnly(c, sql, registry.description());
            }
            // and inside an explicit transaction, as ResultCursor runs its queries
            c.setAutoCommit(false);
            try {
                assertRefusedAsReadOnly(c, "UPDATE rc2.collection SET doc = 'x'", registry.description());
                c.rollback();
                assertEquals("on", text(c, "SHOW transaction_read_only"));
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    /** Inserted, updated and deleted rows, and scans, over the rc2 tables; sequence positions. */
    private record Activity(long inserted, long updated, long deleted, long scans, long sequences) {
    }

    private static Activity activity(RegistryDatabase db) throws SQLException {
        try (Connection c = db.connection(); Statement st = c.createStatement()) {
            st.execute("SELECT pg_stat_clear_snapshot()");
            try (ResultSet rs = st.executeQuery("SELECT coalesce(sum(n_tup_ins), 0), coalesce(sum(n_tup_upd), 0),"
                    + " coalesce(sum(n_tup_del), 0), coalesce(sum(seq_scan), 0) + coalesce(sum(idx_scan), 0),"
                    + " (SELECT coalesce(sum(last_value), 0) FROM pg_sequences WHERE schemaname = 'rc2')"
                    + " FROM pg_stat_user_tables WHERE schemaname = 'rc2'")) {
                assertTrue(rs.next());
                return new Activity(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5));
            }
        }
    }

    /**
     * Statistics reach pg_stat_user_tables asynchronously (when a session ends or flushes), so the
     * test waits until the scans of its queries show up there; only then does "no rows inserted,
     * updated or deleted" mean something.
     */
    @Test
    void aBatchOfEveryKindOfQueryChangesNoRowOnTheServer() throws Exception {
        try (RegistryDatabase observer = RegistryDatabase.open(TestRepos.postgres(), Timeouts.DEFAULT)) {
            Activity before = activity(observer);

            try (Registry registry = TestRepos.open(TestRepos.RC2_POSTGRES)) {
                assertTrue(BadInputs.runEveryKindOfQuery(registry) > 1000);
                try (Connection c = registry.database().connection()) {
                    for (String sql : writes(c)) {
                        assertRefusedAsReadOnly(c, sql, registry.description());
                    }
                    text(c, "SELECT pg_stat_force_next_flush()");
                }
            } // closing ends the sessions, which flushes their statistics

            Activity after = activity(observer);
            for (long deadline = System.nanoTime() + 20_000_000_000L;
                 after.scans() <= before.scans() && System.nanoTime() < deadline; after = activity(observer)) {
                Thread.sleep(100);
            }
            assertTrue(after.scans() > before.scans(), "the queries' scans never reached the statistics: " + after);
            assertEquals(before.inserted(), after.inserted(), "rows inserted");
            assertEquals(before.updated(), after.updated(), "rows updated");
            assertEquals(before.deleted(), after.deleted(), "rows deleted");
            assertEquals(before.sequences(), after.sequences(), "sequence positions");
        }
    }
}
