package org.lsst.butlerbrowser.model.region;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.lsst.butlerbrowser.model.testing.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Locates the read-only {@code shared/} reference tree (fixtures and daf_butler's oracle outputs)
 * and caches the JSON files tests read from it.
 *
 * <p>Order: the {@code butler.shared} system property (the parent POM points it at the sibling of
 * the checkout), then the first parent of the working directory that has {@code shared/fixtures},
 * so tests run from the module, the checkout root, or a clone anywhere whose sibling is shared/.
 */
public final class SharedFixtures {

    /** The three registries with oracle outputs. */
    public static final List<String> REPOS = List.of("rc2-sqlite", "old-universe-sqlite", "rc2-postgres");

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<Path, JsonNode> CACHE = new ConcurrentHashMap<>();

    private SharedFixtures() {
    }

    public static Path sharedDir() {
        return Fixtures.shared();
    }

    /** {@code shared/fixtures/registry/expected/<repo>/<file>}. */
    public static Path expected(String repo, String file) {
        return sharedDir().resolve("fixtures/registry/expected").resolve(repo).resolve(file);
    }

    /** Parsed JSON of an expected file, read once per test run. */
    public static JsonNode expectedJson(String repo, String file) {
        return CACHE.computeIfAbsent(expected(repo, file), p -> {
            try {
                return MAPPER.readTree(p.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The {@code records} array of one element in a repo's dimension_records.json (empty if absent). */
    public static JsonNode records(String repo, String element) {
        for (JsonNode e : expectedJson(repo, "dimension_records.json").get("elements")) {
            if (e.get("element").asText().equals(element)) {
                return e.get("records");
            }
        }
        return MAPPER.createArrayNode();
    }

    public static boolean isPostgres(String repo) {
        return repo.contains("postgres");
    }
}
