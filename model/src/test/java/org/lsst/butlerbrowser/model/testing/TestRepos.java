package org.lsst.butlerbrowser.model.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.lsst.butlerbrowser.model.registry.Registry;
import org.lsst.butlerbrowser.model.repo.Environment;
import org.lsst.butlerbrowser.model.repo.RepoLocation;
import org.lsst.butlerbrowser.model.repo.RepoResolver;

/**
 * The registries tests run against: the SQLite fixtures in place (opened read-only) and the
 * PostgreSQL dump restored into the throwaway server the test command starts.
 */
public final class TestRepos {

    public static final String RC2_SQLITE = "rc2-sqlite";
    public static final String OLD_UNIVERSE = "old-universe-sqlite";
    public static final String RC2_POSTGRES = "rc2-postgres";

    private TestRepos() {
    }

    public static Registry open(String repo) {
        return Registry.open(location(repo));
    }

    public static RepoLocation location(String repo) {
        if (repo.equals(RC2_POSTGRES)) {
            return postgres();
        }
        return new RepoResolver(Environment.system()).resolve(Fixtures.registry(repo).toString());
    }

    /** True when the test command started PostgreSQL; fails instead of skipping when it was required. */
    public static boolean postgresAvailable() {
        String url = System.getProperty("butler.test.pg.url", "");
        if (url.isBlank() && Boolean.getBoolean("butler.test.require.pg")) {
            throw new IllegalStateException("PostgreSQL tests are required but butler.test.pg.url is not set");
        }
        return !url.isBlank();
    }

    public static void assumePostgres() {
        Assumptions.assumeTrue(postgresAvailable(), "no test PostgreSQL server (run the README's test command)");
    }

    /** The restored rc2 dump, reached the way users reach it: a URL plus db-auth credentials. */
    public static RepoLocation postgres() {
        assumePostgres();
        String url = System.getProperty("butler.test.pg.url");
        String namespace = System.getProperty("butler.test.pg.namespace", "rc2");
        return new RepoResolver(environmentWithCredentials()).resolve(url, namespace);
    }

    /** An environment whose LSST_DB_AUTH_CREDENTIALS holds the test server's password. */
    public static Environment environmentWithCredentials() {
        String url = System.getProperty("butler.test.pg.url");
        String password = password();
        String json = "[{\"url\": \"" + url.replaceFirst("//[^@/]*@", "//") + "\", \"password\": \""
                + password.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}]";
        return Environment.of(Map.of("LSST_DB_AUTH_CREDENTIALS", json), Path.of(System.getProperty("user.home")),
                Path.of("").toAbsolutePath());
    }

    public static String password() {
        try {
            return Files.readString(Path.of(System.getProperty("butler.test.pg.passwordFile"))).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
