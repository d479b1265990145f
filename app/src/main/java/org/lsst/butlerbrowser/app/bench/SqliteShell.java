package org.lsst.butlerbrowser.app.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The sqlite3 command-line shell on one database file: the floor our queries are compared with.
 * A floor is the wall time of {@code sqlite3 -batch FILE "SQL"} less that of {@code SELECT 1},
 * so it counts SQLite's own work (planning, reading pages, formatting rows) but not the start of
 * the process or the opening of the file. Output goes to /dev/null when timed.
 */
final class SqliteShell {

    private final String executable;
    private final Path database;
    private Timing baseline;

    SqliteShell(String executable, Path database) {
        this.executable = executable;
        this.database = database;
    }

    /** The shell's SQLite version and release date (the source id that follows is left out). */
    String version() throws IOException, InterruptedException {
        String[] words = output(List.of(executable, "-version")).trim().split("\\s+");
        return words.length < 2 ? words[0] : words[0] + " (" + words[1] + ")";
    }

    /** The {@code SELECT 1} time subtracted from every floor; measured with the first floor. */
    Timing baseline() {
        return baseline;
    }

    Timing floor(String sql, int warmups, int runs) throws Exception {
        if (baseline == null) {
            baseline = measure("SELECT 1", warmups, runs);
        }
        return measure(sql, warmups, runs).minus(baseline);
    }

    private Timing measure(String sql, int warmups, int runs) throws Exception {
        List<String> command = List.of(executable, "-batch", database.toString(), sql);
        Timing t = Timing.measure(warmups, runs, () -> {
            Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("sqlite3 failed (exit " + p.exitValue() + ") on: " + sql);
            }
            return 0;
        });
        long lines = output(command).lines().count();
        return new Timing(t.medianMs(), t.minMs(), lines);
    }

    private String output(List<String> command) throws IOException, InterruptedException {
        return ToolOutput.of(command, "install the sqlite3 package or pass --sqlite3 PATH");
    }
}
