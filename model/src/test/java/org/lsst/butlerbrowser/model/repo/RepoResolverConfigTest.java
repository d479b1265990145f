package org.lsst.butlerbrowser.model.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** butler.yaml variations and every way REPO can be wrong, in temporary directories. */
class RepoResolverConfigTest {

    @TempDir
    Path dir;

    private RepoLocation resolve(String repo, String... vars) {
        return new RepoResolver(TestEnv.env(dir, vars)).resolve(repo);
    }

    private String failure(String repo, String... vars) {
        return assertThrows(RepoException.class, () -> resolve(repo, vars)).getMessage();
    }

    @Test
    void relativeSqliteUrlIsRelativeToTheWorkingDirectory() {
        Path db = TestEnv.fakeSqlite(dir.resolve("cwd/data/registry.sqlite3"));
        TestEnv.write(dir.resolve("repo/butler.yaml"), "registry:\n  db: sqlite:///data/registry.sqlite3\n");
        RepoResolver resolver = new RepoResolver(TestEnv.env(dir, dir.resolve("cwd")));
        assertEquals(db, assertInstanceOf(SqliteRepo.class, resolver.resolve(dir.resolve("repo").toString())).databaseFile());
    }

    @Test
    void fourSlashSqliteUrlIsAbsolute() {
        Path db = TestEnv.fakeSqlite(dir.resolve("elsewhere/reg.sqlite3"));
        TestEnv.write(dir.resolve("repo/butler.yaml"), "registry:\n  db: sqlite:///" + db + "\n");
        assertEquals(db, assertInstanceOf(SqliteRepo.class, resolve(dir.resolve("repo").toString())).databaseFile());
    }

    @Test
    void rootKeyReplacesTheConfigDirectoryAsButlerRoot() {
        Path db = TestEnv.fakeSqlite(dir.resolve("data/gen3.sqlite3"));
        TestEnv.write(dir.resolve("config/butler.yaml"),
                "root: " + dir.resolve("data") + "\nregistry:\n  db: sqlite:///<butlerRoot>/gen3.sqlite3\n");
        SqliteRepo repo = assertInstanceOf(SqliteRepo.class, resolve(dir.resolve("config").toString()));
        assertEquals(db, repo.databaseFile());
        assertEquals(dir.resolve("data"), repo.butlerRoot());
    }

    @Test
    void butlerJsonIsReadWhenThereIsNoButlerYaml() {
        Path db = TestEnv.fakeSqlite(dir.resolve("repo/gen3.sqlite3"));
        TestEnv.write(dir.resolve("repo/butler.json"), "{\n\t\"registry\": {\"db\": \"sqlite:///<butlerRoot>/gen3.sqlite3\"}\n}\n");
        assertEquals(db, assertInstanceOf(SqliteRepo.class, resolve(dir.resolve("repo").toString())).databaseFile());
    }

    @Test
    void includeConfigsAreMergedWithLocalKeysWinning() {
        TestEnv.fakeSqlite(dir.resolve("repo/local.sqlite3"));
        TestEnv.write(dir.resolve("repo/base.yaml"),
                "registry:\n  db: sqlite:///<butlerRoot>/base.sqlite3\n  namespace: from_base\n");
        TestEnv.write(dir.resolve("repo/butler.yaml"),
                "includeConfigs: base.yaml\nregistry:\n  db: sqlite:///<butlerRoot>/local.sqlite3\n");
        assertEquals(dir.resolve("repo/local.sqlite3"),
                assertInstanceOf(SqliteRepo.class, resolve(dir.resolve("repo").toString())).databaseFile());
    }

    @Test
    void nestedIncludeConfigsExpandEnvironmentVariables() {
        TestEnv.write(dir.resolve("shared-configs/pg.yaml"), "db: postgresql://db.example.org/butler\nnamespace: dp1\n");
        TestEnv.write(dir.resolve("repo/butler.yaml"), "registry:\n  includeConfigs: $CFG/pg.yaml\n");
        PostgresRepo repo = assertInstanceOf(PostgresRepo.class,
                resolve(dir.resolve("repo").toString(), "CFG", dir.resolve("shared-configs").toString()));
        assertEquals("db.example.org", repo.host());
        assertEquals("dp1", repo.namespace());
    }

    @Test
    void yamlIncludeTagReadsAFileNextToTheConfig() {
        TestEnv.write(dir.resolve("repo/registry.yaml"), "db: postgresql://db.example.org/butler\n");
        TestEnv.write(dir.resolve("repo/butler.yaml"), "registry: !include registry.yaml\n");
        assertEquals("butler", assertInstanceOf(PostgresRepo.class, resolve(dir.resolve("repo").toString())).database());
    }

    @Test
    void includeCycleIsReported() {
        TestEnv.write(dir.resolve("repo/a.yaml"), "x: !include butler.yaml\n");
        TestEnv.write(dir.resolve("repo/butler.yaml"), "registry: !include a.yaml\n");
        assertTrue(failure(dir.resolve("repo").toString()).contains("includes itself"));
    }

    @Test
    void missingIncludeIsReported() {
        TestEnv.write(dir.resolve("repo/butler.yaml"), "includeConfigs: nowhere.yaml\n");
        assertTrue(failure(dir.resolve("repo").toString()).contains("nowhere.yaml named by includeConfigs"));
    }

    @Test
    void explicitRegistryKeysFillWhatTheUrlLeavesOut() {
        TestEnv.write(dir.resolve("repo/butler.yaml"), String.join("\n",
                "registry:",
                "  db: postgresql+psycopg2://db.example.org",
                "  database: butler",
                "  username: alice",
                "  port: 6543",
                "  host: ignored.example.org",
                "  password: from-config",
                "  namespace: rc2", ""));
        PostgresRepo repo = assertInstanceOf(PostgresRepo.class, resolve(dir.resolve("repo").toString()));
        assertEquals("db.example.org", repo.host());
        assertEquals(6543, repo.port());
        assertEquals("butler", repo.database());
        assertEquals("alice", repo.username());
        assertEquals("from-config", repo.password().revealAsString());
        assertEquals("rc2", repo.namespace());
    }

    @Test
    void dbAuthMatchReplacesConfigPasswordLikeDafButler() {
        TestEnv.write(dir.resolve("repo/butler.yaml"),
                "registry:\n  db: postgresql://alice:old@db.example.org:5432/butler\n");
        PostgresRepo repo = assertInstanceOf(PostgresRepo.class, resolve(dir.resolve("repo").toString(),
                DbAuth.CREDENTIALS_VARIABLE, "[{\"url\": \"postgresql://*.example.org\", \"password\": \"new\"}]"));
        assertEquals("alice", repo.username());
        assertEquals("new", repo.password().revealAsString());
    }

    @Test
    void postgresUrlWithQueryOptionsAndNamespace() {
        PostgresRepo repo = assertInstanceOf(PostgresRepo.class,
                resolve("postgresql://alice:pw@db.example.org:5433/butler?namespace=rc2&sslmode=require"));
        assertEquals("alice", repo.username());
        assertEquals("pw", repo.password().revealAsString());
        assertEquals("rc2", repo.namespace());
        assertEquals(Map.of("sslmode", "require"), repo.connectionOptions());
        assertEquals("jdbc:postgresql://db.example.org:5433/butler", repo.jdbcUrl());
        assertEquals("PostgreSQL alice@db.example.org:5433/butler, schema rc2", repo.description());
    }

    @Test
    void postgresUrlWithDriverSuffixAndExplicitNamespace() {
        PostgresRepo repo = assertInstanceOf(PostgresRepo.class, new RepoResolver(TestEnv.env(dir))
                .resolve("postgresql+psycopg2://db.example.org/butler?namespace=ignored", "rc2"));
        assertEquals(5432, repo.port());
        assertEquals("rc2", repo.namespace());
    }

    @Test
    void urlWithoutPortDoesNotMatchADbAuthEntryWithPort() {
        PostgresRepo repo = assertInstanceOf(PostgresRepo.class, resolve("postgresql://db.example.org/butler",
                DbAuth.CREDENTIALS_VARIABLE, "[{\"url\": \"postgresql://db.example.org:5432\", \"password\": \"pw\"}]"));
        assertNull(repo.password());
        assertEquals(5432, repo.port());
    }

    @Test
    void postgresUrlWithoutDatabaseIsRefused() {
        assertTrue(failure("postgresql://db.example.org").contains("names no database"));
    }

    @Test
    void sqliteReposNeverReadDbAuth() {
        Path db = TestEnv.fakeSqlite(dir.resolve("x.sqlite3"));
        assertInstanceOf(SqliteRepo.class, resolve(db.toString(), DbAuth.CREDENTIALS_VARIABLE, "not json"));
    }

    @Test
    void remoteButlerConfigIsExplained() {
        TestEnv.write(dir.resolve("remote/butler.yaml"),
                "cls: lsst.daf.butler.remote_butler.RemoteButler\nremote_butler:\n  url: https://data.lsst.cloud/api/butler/repo/dp1\n");
        String message = failure(dir.resolve("remote").toString());
        assertEquals(dir.resolve("remote/butler.yaml") + " describes a remote (client/server) Butler;"
                + " Butler Browser needs direct database access to the registry", message);
    }

    @Test
    void unknownButlerClassIsRefused() {
        TestEnv.write(dir.resolve("r/butler.yaml"), "cls: my.OwnButler\nregistry:\n  db: sqlite:///x\n");
        assertTrue(failure(dir.resolve("r").toString()).contains("unknown Butler class my.OwnButler"));
    }

    @Test
    void butlerYamlWithoutRegistryDbIsRefused() {
        TestEnv.write(dir.resolve("r/butler.yaml"), "datastore:\n  root: <butlerRoot>\n");
        assertEquals("butler.yaml at " + dir.resolve("r") + " has no registry.db entry", failure(dir.resolve("r").toString()));
    }

    @Test
    void registryDbNamingAMissingFileIsRefused() {
        TestEnv.write(dir.resolve("r/butler.yaml"), "registry:\n  db: sqlite:///<butlerRoot>/gen3.sqlite3\n");
        assertEquals(dir.resolve("r/gen3.sqlite3") + " named by registry.db in " + dir.resolve("r/butler.yaml")
                + " does not exist", failure(dir.resolve("r").toString()));
    }

    @Test
    void registryDbNamingANonSqliteFileIsRefused() {
        TestEnv.write(dir.resolve("r/gen3.sqlite3"), "just text");
        TestEnv.write(dir.resolve("r/butler.yaml"), "registry:\n  db: sqlite:///<butlerRoot>/gen3.sqlite3\n");
        assertTrue(failure(dir.resolve("r").toString()).endsWith("is not an SQLite database"));
    }

    @Test
    void inMemorySqliteIsRefused() {
        TestEnv.write(dir.resolve("r/butler.yaml"), "registry:\n  db: 'sqlite://'\n");
        assertTrue(failure(dir.resolve("r").toString()).contains("in-memory SQLite database"));
    }

    @Test
    void otherDialectsAreRefused() {
        TestEnv.write(dir.resolve("r/butler.yaml"), "registry:\n  db: mysql://host/db\n");
        assertTrue(failure(dir.resolve("r").toString()).contains("uses the database dialect 'mysql'"));
    }

    @Test
    void nonSqliteFileIsNotARepository() {
        Path file = TestEnv.write(dir.resolve("notes.txt"), "hello");
        assertEquals("not a Butler repository: " + file + " is neither a directory with butler.yaml, a butler.yaml,"
                + " an SQLite database nor a known repository label", failure(file.toString()));
    }

    @Test
    void directoryWithoutButlerYamlIsNotARepository() {
        TestEnv.write(dir.resolve("empty/readme"), "x");
        assertTrue(failure(dir.resolve("empty").toString()).startsWith("not a Butler repository: "));
    }

    @Test
    void missingPathWithoutIndexSaysItDoesNotExist() {
        String message = failure(dir.resolve("absent").toString());
        assertTrue(message.startsWith(dir.resolve("absent") + " does not exist"), message);
    }

    @Test
    void remoteUrisAreRefused() {
        assertTrue(failure("s3://bucket/repo").startsWith("cannot open s3://bucket/repo: "));
        assertTrue(failure("https://example.org/repo/butler.yaml").endsWith("not an https: URI"));
        String labelled = failure("dp1", RepositoryIndex.INLINE_VARIABLE, "dp1: s3://bucket/dp1");
        assertTrue(labelled.startsWith("repository label 'dp1' stands for s3://bucket/dp1, which"), labelled);
    }

    @Test
    void labelsMayContainColons() {
        Path db = TestEnv.fakeSqlite(dir.resolve("x.sqlite3"));
        assertEquals(db, assertInstanceOf(SqliteRepo.class,
                resolve("embargo:main", RepositoryIndex.INLINE_VARIABLE, "'embargo:main': " + db)).databaseFile());
    }

    @Test
    void blankRepoIsRefused() {
        assertTrue(failure("  ").startsWith("no repository given"));
    }

    @Test
    void yamlBombIsRefusedQuickly() {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p);
            for (int k = 0; k < 8; k++) {
                bomb.append(",*").append(p);
            }
            bomb.append("]\n");
        }
        bomb.append("registry:\n  db: *i\n");
        TestEnv.write(dir.resolve("bomb/butler.yaml"), bomb.toString());
        String message = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> failure(dir.resolve("bomb").toString()));
        assertTrue(message.contains("could not parse " + dir.resolve("bomb/butler.yaml")), message);
        assertTrue(message.contains("aliases"), message);
    }

    @Test
    void oversizedConfigIsRefused() {
        String big = "x: \"" + "a".repeat(ConfigLoader.MAX_CODE_POINTS) + "\"\n";
        TestEnv.write(dir.resolve("big/butler.yaml"), big);
        assertTrue(failure(dir.resolve("big").toString()).contains("exceeds the limit"));
    }

    @Test
    void arbitraryTypeTagsAreRefused() {
        TestEnv.write(dir.resolve("t/butler.yaml"), "registry: !!python/object:os.system {db: x}\n");
        String message = failure(dir.resolve("t").toString());
        assertTrue(message.contains("could not determine a constructor"), message);
    }

    @Test
    void duplicateKeysAreRefused() {
        TestEnv.write(dir.resolve("d/butler.yaml"), "registry:\n  db: sqlite:///a\n  db: sqlite:///b\n");
        assertTrue(failure(dir.resolve("d").toString()).contains("found duplicate key db"));
    }

    @Test
    void malformedYamlNamesTheFileAndPosition() {
        TestEnv.write(dir.resolve("m/butler.yaml"), "registry:\n  db: [unclosed\n");
        String message = failure(dir.resolve("m").toString());
        assertTrue(message.startsWith("could not parse " + dir.resolve("m/butler.yaml")), message);
        assertTrue(message.contains("(line "), message);
    }

    @Test
    void configThatIsNotAMappingIsRefused() {
        TestEnv.write(dir.resolve("l/butler.yaml"), "- just\n- a list\n");
        assertTrue(failure(dir.resolve("l").toString()).endsWith("is not a mapping of configuration keys"));
    }
}
