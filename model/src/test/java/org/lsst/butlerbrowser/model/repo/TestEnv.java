package org.lsst.butlerbrowser.model.repo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lsst.butlerbrowser.model.testing.Fixtures;
import java.util.HashMap;
import java.util.Map;

/** Fixture locations and injected environments, so no test reads the real environment or ~/.lsst. */
final class TestEnv {
    private TestEnv() {
    }

    static Path shared() {
        return Fixtures.shared();
    }

    static Path registryFixtures() {
        return shared().resolve("fixtures").resolve("registry");
    }

    /** An environment with only {@code vars}, home in {@code dir/home} and working directory {@code cwd}. */
    static Environment env(Path dir, Path cwd, String... vars) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < vars.length; i += 2) {
            map.put(vars[i], vars[i + 1]);
        }
        Path home = dir.resolve("home");
        createDirectories(home);
        return Environment.of(map, home, cwd);
    }

    static Environment env(Path dir, String... vars) {
        return env(dir, dir, vars);
    }

    static Path write(Path file, String text) {
        createDirectories(file.getParent());
        try {
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file that passes the SQLite header check; enough for locating, not for querying. */
    static Path fakeSqlite(Path file) {
        createDirectories(file.getParent());
        byte[] bytes = new byte[100];
        byte[] header = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, bytes, 0, header.length);
        try {
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
