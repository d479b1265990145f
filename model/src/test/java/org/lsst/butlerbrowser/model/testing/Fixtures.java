package org.lsst.butlerbrowser.model.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Finds the shared fixtures (real repos made by daf_butler) and daf_butler's expected answers. */
public final class Fixtures {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Path, JsonNode> CACHE = new ConcurrentHashMap<>();

    private Fixtures() {
    }

    /** The shared/ folder: the butler.shared property, else the nearest ancestor's sibling. */
    public static Path shared() {
        String property = System.getProperty("butler.shared");
        if (property != null && !property.isBlank() && Files.isDirectory(Path.of(property, "fixtures"))) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared");
            if (Files.isDirectory(candidate.resolve("fixtures"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("cannot find the shared/ fixtures folder; set -Dbutler.shared");
    }

    public static Path registry(String name) {
        return shared().resolve("fixtures/registry").resolve(name);
    }

    /** A file of expected/<repo>/, parsed once. */
    public static JsonNode expected(String repo, String file) {
        Path path = shared().resolve("fixtures/registry/expected").resolve(repo).resolve(file);
        return CACHE.computeIfAbsent(path, p -> {
            try {
                return JSON.readTree(p.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
