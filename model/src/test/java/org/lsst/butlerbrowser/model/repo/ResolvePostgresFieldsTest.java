package org.lsst.butlerbrowser.model.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PostgreSQL registry given field by field, as the Connect dialog gives it. */
class ResolvePostgresFieldsTest {

    private static final String CREDENTIALS =
            "[{\"url\": \"postgresql://db.example.org/butler\", \"username\": \"reader\", \"password\": \"from-db-auth\"}]";

    @TempDir
    Path dir;

    private RepoResolver resolver() {
        return new RepoResolver(TestEnv.env(dir, DbAuth.CREDENTIALS_VARIABLE, CREDENTIALS));
    }

    @Test
    void dbAuthSuppliesUserAndPasswordWhenNoneIsTyped() {
        PostgresRepo repo = resolver().resolvePostgres("db.example.org", 5432, "butler", null, "rc2", null);
        assertEquals("reader", repo.username());
        assertEquals("from-db-auth", repo.password().revealAsString());
        assertEquals("rc2", repo.namespace());
        assertEquals("PostgreSQL reader@db.example.org:5432/butler, schema rc2", repo.description());
    }

    @Test
    void typedPasswordWinsOverDbAuth() {
        PostgresRepo repo = resolver().resolvePostgres("db.example.org", 5432, "butler", "alice", null,
                Secret.of("typed"));
        assertEquals("alice", repo.username());
        assertEquals("typed", repo.password().revealAsString());
        assertFalse(repo.description().contains("typed"));
    }

    @Test
    void noPasswordWithoutTypingOrMatch() {
        PostgresRepo repo = resolver().resolvePostgres("other.example.org", 5433, "butler", "bob", null, null);
        assertNull(repo.password());
        assertEquals("jdbc:postgresql://other.example.org:5433/butler", repo.jdbcUrl());
    }
}
