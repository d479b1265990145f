package org.lsst.butlerbrowser.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the benchmark's defaults live (the project root, for build/ and docs/, and the shared
 * fixtures), and how it starts a JVM of its own on the same class path.
 */
final class ProjectPaths {

    private static final String RC2 = "fixtures/registry/rc2-sqlite";

    private ProjectPaths() {
    }

    /** The nearest ancestor of the working directory that is this Maven project's root, else the working directory. */
    static Path root() {
        Path cwd = Path.of("").toAbsolutePath();
        for (Path dir = cwd; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isRegularFile(dir.resolve("app/pom.xml"))) {
                return dir;
            }
        }
        return cwd;
    }

    /** The rc2 SQLite fixture in {@link #shared()}. */
    static Path fixture() {
        return shared().resolve(RC2);
    }

    /** shared/: the butler.shared property (set by the test runner), else the nearest shared/ above the root holding the rc2 fixture. */
    static Path shared() {
        String shared = System.getProperty("butler.shared");
        if (shared != null && !shared.isBlank() && Files.isDirectory(Path.of(shared, RC2))) {
            return Path.of(shared).toAbsolutePath().normalize();
        }
        for (Path dir = root(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("shared").resolve(RC2))) {
                return dir.resolve("shared");
            }
        }
        throw new IllegalStateException("cannot find shared/" + RC2 + "; pass --fixture DIR");
    }

    /** The command that starts a new JVM on this one's class path, with these options and main class; add its arguments. */
    static List<String> javaCommand(List<String> jvmOptions, String mainClass) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        return command;
    }
}
