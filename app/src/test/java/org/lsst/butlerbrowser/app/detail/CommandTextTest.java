package org.lsst.butlerbrowser.app.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lsst.butlerbrowser.model.repo.PostgresRepo;
import org.lsst.butlerbrowser.model.repo.Secret;
import org.lsst.butlerbrowser.model.repo.SqliteRepo;

/** How REPO, paths and expressions are written so that a shell and Python read them back unchanged. */
class CommandTextTest {

    @Test
    void postgresRepoIsAUrlWithoutThePassword() {
        PostgresRepo repo = new PostgresRepo("db.example.org", 5433, "butler", "alice", "rc2", Secret.of("s3cret"),
                Map.of("sslmode", "require"), "PostgreSQL alice@db.example.org:5433/butler, schema rc2");
        String text = RepoArgument.of(repo);
        assertEquals("postgresql://alice@db.example.org:5433/butler?namespace=rc2", text);
        assertFalse(text.contains("s3cret"));
    }

    @Test
    void bareSqliteFileIsTheRepoWhenThereIsNoButlerRoot() {
        SqliteRepo file = new SqliteRepo(Path.of("/data/gen3.sqlite3"), null, "/data/gen3.sqlite3");
        assertEquals("/data/gen3.sqlite3", RepoArgument.of(file));
        assertEquals(RepoArgument.PLACEHOLDER, RepoArgument.of(null));
    }

    @Test
    void shellQuotesOnlyWhatNeedsIt() {
        EquivalentQuery.Records query = new EquivalentQuery.Records("visit", "instrument='HSC' AND visit=318");
        assertEquals("butler query-dimension-records '/My Repos/it'\\''s here' visit --where \"instrument='HSC' AND visit=318\"",
                ButlerCommand.of("/My Repos/it's here", query));
        assertEquals("\"a \\\"b\\\" \\$c \\`d\\` \\\\e\"", ButlerCommand.doubleQuoted("a \"b\" $c `d` \\e"));
    }

    @Test
    void pythonStringsEscapeQuotesAndBackslashes() {
        assertEquals("\"C:\\\\repo \\\"x\\\"\"", PythonCode.string("C:\\repo \"x\""));
    }

    @Test
    void datasetsWithoutDimensionsNeedNoWhere() {
        EquivalentQuery.Datasets query = new EquivalentQuery.Datasets("packages", "HSC/runs/RC2/w_2026_34/DM-50002", "", true);
        assertEquals("butler query-datasets REPO packages --collections HSC/runs/RC2/w_2026_34/DM-50002 --find-first",
                ButlerCommand.of("REPO", query));
        assertEquals("from lsst.daf.butler import Butler\n\nbutler = Butler(\"REPO\")\n"
                + "refs = butler.query_datasets(\"packages\", collections=\"HSC/runs/RC2/w_2026_34/DM-50002\", find_first=True)",
                PythonCode.of("REPO", query));
    }
}
