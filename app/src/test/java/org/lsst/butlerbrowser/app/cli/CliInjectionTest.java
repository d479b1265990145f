package org.lsst.butlerbrowser.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lsst.butlerbrowser.app.Injections;
import org.lsst.butlerbrowser.app.SharedFixtures;
import org.lsst.butlerbrowser.app.ThrowawayPostgres;
import org.lsst.butlerbrowser.model.registry.NamePattern;
import org.lsst.butlerbrowser.model.registry.Registry;
import org.lsst.butlerbrowser.model.repo.Environment;
import org.lsst.butlerbrowser.model.repo.RepoResolver;
import org.lsst.butlerbrowser.model.repo.RepositoryIndex;

/**
 * The injection texts of {@link Injections} through every text the command line passes towards a
 * query — where-expressions, --bind values, collection and dataset-type globs, element and
 * dimension names, repository labels — on the SQLite fixture and on the PostgreSQL dump. A
 * hostile name behaves exactly as any unknown name, a hostile bind value exactly as any value that
 * matches nothing, and a hostile where-expression is either one error line or an answer both
 * backends agree on. Afterwards the SQLite fixture has the same SHA-256 and every PostgreSQL table
 * the same number of rows.
 */
class CliInjectionTest {

    private static final String RC2 = "HSC/runs/RC2";
    /** A value or name, and a glob, that match nothing: what the hostile ones are compared with. */
    private static final String NOTHING = "no-such-thing";
    private static final String NOTHING_GLOB = "no-such-*";

    @TempDir
    Path dir;

    /** One command line with the text {@code h} in one place. */
    private record EntryPoint(String what, BiFunction<String, String, List<String>> args, Expect expect) {
    }

    private enum Expect {
        /** Behaves exactly as {@link #NOTHING} in the same place. */
        LIKE_AN_UNKNOWN,
        /** One "in --where" error line, or rows that SQLite and PostgreSQL agree on. */
        ERROR_OR_AGREED
    }

    private static final List<EntryPoint> ENTRY_POINTS = List.of(
            new EntryPoint("a string literal in --where", (r, h) -> List.of("query-datasets", r, "calexp",
                    "--collections", RC2, "--where", "band = '" + h + "'"), Expect.ERROR_OR_AGREED),
            new EntryPoint("the whole --where", (r, h) -> List.of("query-datasets", r, "calexp", "--collections", RC2,
                    "--where", h), Expect.ERROR_OR_AGREED),
            new EntryPoint("the end of a --where", (r, h) -> List.of("query-dimension-records", r, "visit",
                    "--where", "instrument = 'HSC' AND physical_filter = '" + h + "'"), Expect.ERROR_OR_AGREED),
            new EntryPoint("a string --bind", (r, h) -> List.of("query-datasets", r, "calexp", "--collections", RC2,
                    "--where", "band = :b", "--bind", "b=" + h), Expect.LIKE_AN_UNKNOWN),
            new EntryPoint("a --bind in query-data-ids", (r, h) -> List.of("query-data-ids", r, "visit", "--where",
                    "physical_filter = :f", "--bind", "f=" + h), Expect.LIKE_AN_UNKNOWN),
            new EntryPoint("--collections", (r, h) -> List.of("query-datasets", r, "calexp", "--collections", h),
                    Expect.LIKE_AN_UNKNOWN),
            new EntryPoint("a dataset type", (r, h) -> List.of("query-datasets", r, h, "--collections", RC2),
                    Expect.LIKE_AN_UNKNOWN),
            new EntryPoint("a query-collections glob", (r, h) -> List.of("query-collections", r, h),
                    Expect.LIKE_AN_UNKNOWN),
            new EntryPoint("a query-dataset-types glob", (r, h) -> List.of("query-dataset-types", r, h),
                    Expect.LIKE_AN_UNKNOWN),
            new EntryPoint("an element", (r, h) -> List.of("query-dimension-records", r, h), Expect.LIKE_AN_UNKNOWN),
            new EntryPoint("a dimension", (r, h) -> List.of("query-data-ids", r, h), Expect.LIKE_AN_UNKNOWN),
            new EntryPoint("--datasets of query-data-ids", (r, h) -> List.of("query-data-ids", r, "visit", "--datasets",
                    h, "--collections", RC2), Expect.LIKE_AN_UNKNOWN));

    private static String sqlite() {
        return CliRunner.repoArgument(CliRunner.RC2_SQLITE);
    }

    private static String postgres() {
        return CliRunner.repoArgument(CliRunner.RC2_POSTGRES);
    }

    private static CliRunner.Result run(Environment env, List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), env);
        return new CliRunner.Result(status, out.toString(), err.toString());
    }

    /** Exit 0, or exit 2 with exactly one "butler-browser: error:" line and nothing on stdout. */
    private static void assertSane(CliRunner.Result r, String context) {
        assertTrue(r.status() == 0 || r.status() == Cli.ERROR_EXIT, context + ": exit " + r.status() + "\n" + r.err());
        if (r.status() != 0) {
            assertEquals("", r.out(), context);
            assertEquals(1, r.err().lines().count(), context + ":\n" + r.err());
            assertTrue(r.err().startsWith("butler-browser: error: "), context + ": " + r.err());
            assertFalse(r.err().contains("Exception") || r.err().contains("database error"), context + ": " + r.err());
        } else {
            assertEquals("", r.err(), context);
        }
    }

    private static Path fixtureFile() {
        return SharedFixtures.rc2SqliteFile();
    }

    private static String sha256(Path file) {
        return SharedFixtures.sha256(file);
    }

    static Map<String, Long> postgresRowCounts() {
        try (Registry r = Registry.open(new RepoResolver(CliRunner.credentials()).resolve(postgres()))) {
            return r.tableRowCounts();
        }
    }

    @Test
    void everyInjectionThroughEveryEntryPointIsAnUnknownNameAnErrorOrAnAnswerBothBackendsAgreeOn() {
        CliRunner.assumePostgres();
        String sum = sha256(fixtureFile());
        Map<String, Long> rows = postgresRowCounts();
        Environment sqliteEnv = Environment.system();
        Environment pgEnv = CliRunner.credentials();
        int cases = 0;
        Map<List<String>, CliRunner.Result> controls = new HashMap<>();
        for (EntryPoint entry : ENTRY_POINTS) {
            for (String h : Injections.TEXTS) {
                String context = entry.what() + " = " + h.replace("\u0000", "\\0");
                CliRunner.Result s = run(sqliteEnv, entry.args().apply(sqlite(), h));
                CliRunner.Result p = run(pgEnv, entry.args().apply(postgres(), h));
                assertSane(s, "SQLite, " + context);
                assertSane(p, "PostgreSQL, " + context);
                assertEquals(s.status(), p.status(), context + "\n" + s.err() + p.err());
                if (entry.expect() == Expect.LIKE_AN_UNKNOWN && !h.contains("\u0000")) {
                    // a glob that matches nothing is no error, as in daf_butler: compare like with like
                    String control = NamePattern.hasWildcards(h) ? NOTHING_GLOB : NOTHING;
                    for (String backend : List.of(sqlite(), postgres())) {
                        Environment env = backend.equals(sqlite()) ? sqliteEnv : pgEnv;
                        CliRunner.Result hostile = backend.equals(sqlite()) ? s : p;
                        List<String> args = entry.args().apply(backend, control);
                        CliRunner.Result unknown = controls.computeIfAbsent(args, a -> run(env, a));
                        assertEquals(unknown.status(), hostile.status(), context);
                        assertEquals(unknown.out(), hostile.out(), context);
                        assertEquals(unknown.err().replace(control, h), hostile.err(), context);
                    }
                } else if (s.status() == 0) {
                    assertEquals(s.out().lines().count(), p.out().lines().count(), context);
                } else {
                    assertEquals(s.err(), p.err(), context);
                }
                cases++;
            }
        }
        assertEquals(ENTRY_POINTS.size() * Injections.TEXTS.size(), cases);
        assertEquals(sum, sha256(fixtureFile()), "the SQLite fixture changed");
        assertEquals(rows, postgresRowCounts(), "rows of the PostgreSQL registry changed");
    }

    /**
     * Repository labels are looked up in the index, never sent to a database: a hostile label in the
     * index names its registry like any other, and one that is not there is one sentence.
     */
    @Test
    void hostileRepositoryLabelsAreOnlyKeysOfTheIndex() throws IOException {
        CliRunner.assumePostgres();
        String sum = sha256(fixtureFile());
        Map<String, Long> rows = postgresRowCounts();
        Map<String, String> index = new HashMap<>();
        List<String> labels = new ArrayList<>();
        for (String h : Injections.TEXTS) {
            if (!h.contains("\u0000")) {
                index.put("sqlite " + h, sqlite());
                index.put("postgres " + h, postgres());
                labels.add(h);
            }
        }
        Environment env = Environment.of(Map.of(RepositoryIndex.INLINE_VARIABLE,
                new ObjectMapper().writeValueAsString(index), ThrowawayPostgres.CREDENTIALS,
                ThrowawayPostgres.fromBuild().credentials()), dir, dir);
        CliRunner.Result bySqlitePath = run(Environment.system(), List.of("query-collections", sqlite()));
        CliRunner.Result byPostgresUrl = run(CliRunner.credentials(), List.of("query-collections", postgres()));
        assertEquals(0, bySqlitePath.status());
        for (String h : labels) {
            assertEquals(bySqlitePath, run(env, List.of("query-collections", "sqlite " + h)), h);
            assertEquals(byPostgresUrl, run(env, List.of("query-collections", "postgres " + h)), h);
            CliRunner.Result missing = run(env, List.of("query-collections", "missing " + h));
            assertSane(missing, "missing label " + h);
            assertEquals(Cli.ERROR_EXIT, missing.status(), h);
        }
        assertEquals(sum, sha256(fixtureFile()));
        assertEquals(rows, postgresRowCounts());
    }
}
