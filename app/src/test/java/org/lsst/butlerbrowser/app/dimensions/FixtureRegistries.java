package org.lsst.butlerbrowser.app.dimensions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.lsst.butlerbrowser.app.SharedFixtures;
import org.lsst.butlerbrowser.app.session.RegistrySession;
import org.lsst.butlerbrowser.model.registry.Registry;
import org.lsst.butlerbrowser.model.repo.RepoLocation;
import org.lsst.butlerbrowser.model.repo.RepoResolver;

/** The SQLite fixture registries opened as sessions, and daf_butler's answers for them. */
public final class FixtureRegistries {

    public static final String RC2 = "rc2-sqlite";
    public static final String OLD_UNIVERSE = "old-universe-sqlite";

    private static final Map<Path, JsonNode> PARSED = new ConcurrentHashMap<>();

    private FixtureRegistries() {
    }

    public static Path repo(String name) {
        return SharedFixtures.shared().resolve("fixtures/registry").resolve(name);
    }

    /** A session on the fixture, located as a user would name it (the repo directory). */
    public static RegistrySession session(String name) {
        RepoLocation location = RepoResolver.forSystemEnvironment().resolve(repo(name).toString());
        return new RegistrySession(name, location, Registry.open(location));
    }

    /** A file of expected/<repo>/, parsed once. */
    public static JsonNode expected(String repo, String file) {
        Path path = SharedFixtures.shared().resolve("fixtures/registry/expected").resolve(repo).resolve(file);
        return PARSED.computeIfAbsent(path, p -> {
            try {
                return new ObjectMapper().readTree(p.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** dimension_records.json's entry for one element: count, records. */
    public static JsonNode element(String repo, String element) {
        for (JsonNode e : expected(repo, "dimension_records.json").get("elements")) {
            if (e.get("element").asText().equals(element)) {
                return e;
            }
        }
        throw new IllegalArgumentException("no " + element + " in " + repo + "'s dimension_records.json");
    }

    public static List<JsonNode> records(String repo, String element) {
        List<JsonNode> out = new ArrayList<>();
        element(repo, element).get("records").forEach(out::add);
        return out;
    }

    /** The first expected record whose field equals the value. */
    public static JsonNode record(String repo, String element, String field, Object value) {
        return records(repo, element).stream()
                .filter(r -> r.get(field).asText().equals(String.valueOf(value)))
                .findFirst().orElseThrow();
    }

    /** daf_butler's rc2 visits, id → band (through each visit's physical_filter). */
    public static Map<Long, String> rc2BandOfVisit() {
        Map<String, String> bandOfFilter = new HashMap<>();
        for (JsonNode f : element(RC2, "physical_filter").get("records")) {
            bandOfFilter.put(f.get("name").asText(), f.get("band").asText());
        }
        Map<Long, String> out = new HashMap<>();
        for (JsonNode v : element(RC2, "visit").get("records")) {
            out.put(v.get("id").asLong(), bandOfFilter.get(v.get("physical_filter").asText()));
        }
        return out;
    }
}
