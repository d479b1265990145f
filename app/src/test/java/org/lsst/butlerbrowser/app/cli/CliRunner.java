package org.lsst.butlerbrowser.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.lsst.butlerbrowser.app.SharedFixtures;
import org.lsst.butlerbrowser.app.ThrowawayPostgres;
import org.lsst.butlerbrowser.model.repo.Environment;

/** Runs our command line in-process against the fixture repos, as the tests need it. */
final class CliRunner {

    static final String RC2_SQLITE = "rc2-sqlite";
    static final String OLD_UNIVERSE = "old-universe-sqlite";
    static final String RC2_POSTGRES = "rc2-postgres";

    record Result(int status, String out, String err) {
    }

    private CliRunner() {
    }

    static Path shared() {
        return SharedFixtures.shared();
    }

    static Path expectedDir(String repo) {
        return shared().resolve("fixtures/registry/expected").resolve(repo);
    }

    static String repoArgument(String repo) {
        if (repo.equals(RC2_POSTGRES)) {
            String url = System.getProperty("butler.test.pg.url");
            return url + (url.contains("?") ? "&" : "?") + "namespace=" + System.getProperty("butler.test.pg.namespace", "rc2");
        }
        return shared().resolve("fixtures/registry").resolve(repo).toString();
    }

    static void assumePostgres() {
        String url = System.getProperty("butler.test.pg.url", "");
        if (url.isBlank() && Boolean.getBoolean("butler.test.require.pg")) {
            throw new IllegalStateException("PostgreSQL tests are required but butler.test.pg.url is not set");
        }
        Assumptions.assumeFalse(url.isBlank(), "no test PostgreSQL server (run the README's test command)");
    }

    /** Runs with db-auth credentials for the test PostgreSQL server when there is one. */
    static Result run(String repo, List<String> args) {
        Environment env = Environment.system();
        if (repo.equals(RC2_POSTGRES)) {
            env = credentials();
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), env);
        return new Result(status, out.toString(), err.toString());
    }

    static Result run(List<String> args) {
        return run(RC2_SQLITE, args);
    }

    static Environment credentials() {
        return ThrowawayPostgres.fromBuild().environment(Path.of(System.getProperty("user.home")),
                Path.of("").toAbsolutePath());
    }
}
