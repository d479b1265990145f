package org.lsst.butlerbrowser.app.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * Opening a registry in a fresh JVM, as a user's first open is: the wall time of a
 * {@code query-collections} process less that of a {@code --version} process, so class loading,
 * the SQLite native library, the pool and the universe parse count but JVM start-up does not.
 */
final class ColdStart {

    private static final String LAUNCHER = "org.lsst.butlerbrowser.app.Launcher";

    private final Path repo;

    ColdStart(Path repo) {
        this.repo = repo;
    }

    Timing measure(int warmups, int runs) throws Exception {
        Timing baseline = Timing.measure(warmups, runs, () -> run("--version"));
        return Timing.measure(warmups, runs, () -> run("query-collections", repo.toString())).minus(baseline);
    }

    /** Runs our command line in a new JVM on this one's class path; returns 0 rows (its output is not read). */
    static long run(String... args) throws Exception {
        List<String> command = ProjectPaths.javaCommand(List.of(), LAUNCHER);
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("the command line failed (exit " + p.exitValue() + "): " + command);
        }
        return 0;
    }
}
