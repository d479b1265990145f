package org.lsst.butlerbrowser.model.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every REPO form resolved against the real repositories in shared/fixtures/registry. */
class RepoResolverFixtureTest {

    private static final Path FIXTURES = TestEnv.registryFixtures();
    private static final Path RC2 = FIXTURES.resolve("rc2-sqlite");
    private static final Path OLD = FIXTURES.resolve("old-universe-sqlite");

    @TempDir
    Path dir;

    private RepoResolver resolver(String... vars) {
        return new RepoResolver(TestEnv.env(dir, vars));
    }

    @Test
    void repoDirectoryLeadsToItsSqliteRegistry() {
        SqliteRepo repo = assertInstanceOf(SqliteRepo.class, resolver().resolve(RC2.toString()));
        assertEquals(RC2.resolve("gen3.sqlite3"), repo.databaseFile());
        assertEquals(RC2, repo.butlerRoot());
        assertEquals(RC2.toString(), repo.description());
        assertEquals("jdbc:sqlite:file:" + RC2.resolve("gen3.sqlite3").toAbsolutePath().toUri().getRawPath(), repo.jdbcUrl());
    }

    @Test
    void butlerYamlPathWorksLikeItsDirectory() {
        SqliteRepo repo = assertInstanceOf(SqliteRepo.class, resolver().resolve(RC2.resolve("butler.yaml").toString()));
        assertEquals(RC2.resolve("gen3.sqlite3"), repo.databaseFile());
        assertEquals(RC2, repo.butlerRoot());
    }

    @Test
    void oldUniverseRepoResolvesToo() {
        SqliteRepo repo = assertInstanceOf(SqliteRepo.class, resolver().resolve(OLD.toString()));
        assertEquals(OLD.resolve("gen3.sqlite3"), repo.databaseFile());
    }

    @Test
    void sqliteFileIsRecognisedByItsHeader() {
        SqliteRepo repo = assertInstanceOf(SqliteRepo.class, resolver().resolve(RC2.resolve("gen3.sqlite3").toString()));
        assertEquals(RC2.resolve("gen3.sqlite3"), repo.databaseFile());
        assertNull(repo.butlerRoot());
    }

    @Test
    void relativePathsAreResolvedAgainstTheWorkingDirectory() {
        RepoResolver resolver = new RepoResolver(TestEnv.env(dir, FIXTURES));
        SqliteRepo repo = assertInstanceOf(SqliteRepo.class, resolver.resolve("rc2-sqlite"));
        assertEquals(RC2.resolve("gen3.sqlite3"), repo.databaseFile());
    }

    @Test
    void fileUriNamesARepoToo() {
        SqliteRepo repo = assertInstanceOf(SqliteRepo.class, resolver().resolve(RC2.toUri().toString()));
        assertEquals(RC2.resolve("gen3.sqlite3"), repo.databaseFile());
    }

    @Test
    void sqliteUrlNamesADatabaseDirectly() {
        SqliteRepo repo = assertInstanceOf(SqliteRepo.class, resolver().resolve("sqlite:///" + RC2.resolve("gen3.sqlite3")));
        assertEquals(RC2.resolve("gen3.sqlite3"), repo.databaseFile());
    }

    @Test
    void postgresButlerYamlGivesServerDatabaseAndNamespace() {
        PostgresRepo repo = assertInstanceOf(PostgresRepo.class,
                resolver().resolve(FIXTURES.resolve("rc2-postgres.butler.yaml").toString()));
        assertEquals("localhost", repo.host());
        assertEquals(5432, repo.port());
        assertEquals("butler_rc2", repo.database());
        assertEquals("rc2", repo.namespace());
        assertNull(repo.username());
        assertNull(repo.password());
        assertEquals(Map.of(), repo.connectionOptions());
        assertEquals("jdbc:postgresql://localhost:5432/butler_rc2", repo.jdbcUrl());
        assertEquals(FIXTURES + ": PostgreSQL localhost:5432/butler_rc2, schema rc2", repo.description());
    }

    @Test
    void postgresButlerYamlPicksUpDbAuthCredentials() {
        PostgresRepo repo = assertInstanceOf(PostgresRepo.class,
                resolver(DbAuth.CREDENTIALS_VARIABLE,
                        "[{\"url\": \"postgresql://localhost:5432/butler_*\", \"username\": \"reader\", \"password\": \"pw\"}]")
                        .resolve(FIXTURES.resolve("rc2-postgres.butler.yaml").toString()));
        assertEquals("reader", repo.username());
        assertEquals("pw", repo.password().revealAsString());
        assertTrue(repo.description().contains("reader@localhost:5432/butler_rc2"), repo.description());
    }

    @Test
    void explicitNamespaceOverridesRegistryNamespace() {
        PostgresRepo repo = assertInstanceOf(PostgresRepo.class,
                resolver().resolve(FIXTURES.resolve("rc2-postgres.butler.yaml").toString(), "rc2_copy"));
        assertEquals("rc2_copy", repo.namespace());
    }

    @Test
    void namespaceIsRefusedForSqliteRepos() {
        RepoException e = assertThrows(RepoException.class, () -> resolver().resolve(RC2.toString(), "rc2"));
        assertTrue(e.getMessage().contains("only to PostgreSQL"), e.getMessage());
    }

    @Test
    void labelFromAnIndexFileGivenAsPath() {
        Path index = TestEnv.write(dir.resolve("index.yaml"), "rc2: " + RC2 + "\nold: " + OLD.toUri() + "\n");
        RepoResolver resolver = resolver(RepositoryIndex.INDEX_VARIABLE, index.toString());
        SqliteRepo rc2 = assertInstanceOf(SqliteRepo.class, resolver.resolve("rc2"));
        assertEquals(RC2.resolve("gen3.sqlite3"), rc2.databaseFile());
        assertEquals("rc2: " + RC2, rc2.description());
        SqliteRepo old = assertInstanceOf(SqliteRepo.class, resolver.resolve("old"));
        assertEquals(OLD.resolve("gen3.sqlite3"), old.databaseFile());
    }

    @Test
    void labelFromAJsonIndexFileGivenAsFileUri() {
        Path index = TestEnv.write(dir.resolve("repos.json"),
                "{\n\t\"rc2\": \"" + RC2.resolve("butler.yaml") + "\"\n}\n");
        RepoResolver resolver = resolver(RepositoryIndex.INDEX_VARIABLE, index.toUri().toString());
        SqliteRepo repo = assertInstanceOf(SqliteRepo.class, resolver.resolve("rc2"));
        assertEquals(RC2.resolve("gen3.sqlite3"), repo.databaseFile());
    }

    @Test
    void labelFromInlineYamlAndInlineJson() {
        assertInstanceOf(SqliteRepo.class,
                resolver(RepositoryIndex.INLINE_VARIABLE, "rc2: " + RC2).resolve("rc2"));
        assertInstanceOf(SqliteRepo.class,
                resolver(RepositoryIndex.INLINE_VARIABLE, "{\"/repo/rc2\":\t\"" + RC2 + "\"}").resolve("/repo/rc2"));
    }

    @Test
    void labelMayStandForAPostgresUrl() {
        PostgresRepo repo = assertInstanceOf(PostgresRepo.class,
                resolver(RepositoryIndex.INLINE_VARIABLE, "pg: postgresql://db.example.org/butler?namespace=rc2")
                        .resolve("pg"));
        assertEquals("db.example.org", repo.host());
        assertEquals("rc2", repo.namespace());
        assertEquals("pg: PostgreSQL db.example.org:5432/butler, schema rc2", repo.description());
    }

    @Test
    void labelWinsOverADirectoryOfTheSameName() {
        TestEnv.write(dir.resolve("rc2/notes.txt"), "not a repo");
        SqliteRepo repo = assertInstanceOf(SqliteRepo.class,
                resolver(RepositoryIndex.INLINE_VARIABLE, "rc2: " + OLD).resolve("rc2"));
        assertEquals(OLD.resolve("gen3.sqlite3"), repo.databaseFile());
    }

    @Test
    void unknownLabelListsTheKnownOnes() {
        RepoException e = assertThrows(RepoException.class,
                () -> resolver(RepositoryIndex.INLINE_VARIABLE, "b: /x\na: /y\n").resolve("foo"));
        assertTrue(e.getMessage().startsWith("unknown repository label 'foo' (known labels: a, b)"), e.getMessage());
    }

    @Test
    void labelWhoseTargetIsMissingSaysSo() {
        RepoException e = assertThrows(RepoException.class,
                () -> resolver(RepositoryIndex.INLINE_VARIABLE, "gone: " + dir.resolve("gone")).resolve("gone"));
        assertEquals(dir.resolve("gone") + " (repository label 'gone') does not exist", e.getMessage());
    }

    @Test
    void settingBothIndexVariablesIsAnError() {
        RepoResolver resolver = resolver(RepositoryIndex.INLINE_VARIABLE, "rc2: " + RC2,
                RepositoryIndex.INDEX_VARIABLE, dir.resolve("index.yaml").toString());
        RepoException e = assertThrows(RepoException.class, () -> resolver.resolve("rc2"));
        assertTrue(e.getMessage().contains("only one of the environment variables DAF_BUTLER_REPOSITORIES and"
                + " DAF_BUTLER_REPOSITORY_INDEX may be set"), e.getMessage());
        assertThrows(RepoException.class,
                () -> RepositoryIndex.fromEnvironment(TestEnv.env(dir, RepositoryIndex.INLINE_VARIABLE, "a: b",
                        RepositoryIndex.INDEX_VARIABLE, "x.yaml")));
    }

    @Test
    void brokenIndexDoesNotStopPlainPaths() {
        RepoResolver resolver = resolver(RepositoryIndex.INDEX_VARIABLE, dir.resolve("missing-index.yaml").toString());
        assertInstanceOf(SqliteRepo.class, resolver.resolve(RC2.toString()));
        RepoException e = assertThrows(RepoException.class, () -> resolver.resolve("rc2"));
        assertTrue(e.getMessage().contains("missing-index.yaml does not exist"), e.getMessage());
    }

    @Test
    void indexMustMapLabelsToStrings() {
        RepoException e = assertThrows(RepoException.class, () -> RepositoryIndex.fromEnvironment(
                TestEnv.env(dir, RepositoryIndex.INLINE_VARIABLE, "a:\n  nested: x\n")));
        assertTrue(e.getMessage().contains("maps 'a' to something other than a URI string"), e.getMessage());
    }

    @Test
    void indexListsItsLabelsSorted() {
        RepositoryIndex index = RepositoryIndex.fromEnvironment(
                TestEnv.env(dir, RepositoryIndex.INLINE_VARIABLE, "b: /x\na: /y\n"));
        assertTrue(index.isConfigured());
        assertEquals(java.util.List.of("a", "b"), java.util.List.copyOf(index.labels()));
        assertEquals("/y", index.uriFor("a").orElseThrow());
    }
}
