package org.lsst.butlerbrowser.app.datasets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lsst.butlerbrowser.app.SharedFixtures;
import org.lsst.butlerbrowser.app.session.RegistrySession;
import org.lsst.butlerbrowser.model.db.RegistryDatabase;
import org.lsst.butlerbrowser.model.registry.Registry;

/** The rc2 SQLite registry (the demo registry) and daf_butler's answers for it. */
public final class Rc2Oracle {

    private Rc2Oracle() {
    }

    public static Path expected(String file) {
        return SharedFixtures.shared().resolve("fixtures/registry/expected/rc2-sqlite").resolve(file);
    }

    public static JsonNode json(String file) {
        try {
            return new ObjectMapper().readTree(expected(file).toFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + expected(file), e);
        }
    }

    /** The registry, opened read-only. */
    public static Registry open() {
        return Registry.open(RegistryDatabase.openSqlite(
                SharedFixtures.shared().resolve("fixtures/registry/rc2-sqlite/gen3.sqlite3")));
    }

    public static RegistrySession session() {
        return new RegistrySession("rc2", null, open());
    }

    /** How many datasets daf_butler finds of a type in a chain, all or find-first. */
    public static int chainedCount(String chain, String type, boolean findFirst) {
        return json("datasets_by_collection.json").get("chained").get(chain)
                .get(findFirst ? "find_first" : "all").get(type).size();
    }

    /** The uuids daf_butler lists for a type in a chain. */
    public static List<String> chainedUuids(String chain, String type, boolean findFirst) {
        List<String> out = new ArrayList<>();
        json("datasets_by_collection.json").get("chained").get(chain).get(findFirst ? "find_first" : "all").get(type)
                .forEach(n -> out.add(n.isTextual() ? n.asText() : n.get("uuid").asText()));
        return out;
    }

    /** The member datasets of a RUN, TAGGED or CALIBRATION collection. */
    public static JsonNode members(String collection) {
        return json("datasets_by_collection.json").get("collections").get(collection);
    }

    /** The uuids of a collection's members of one type. */
    public static List<String> memberUuids(String collection, String type) {
        List<String> out = new ArrayList<>();
        members(collection).forEach(m -> {
            if (m.get("dataset_type").asText().equals(type)) {
                out.add(m.get("uuid").asText());
            }
        });
        return out;
    }

    /** Every dataset daf_butler lists (datasets.json), by uuid. */
    public static Map<String, JsonNode> datasetsByUuid() {
        Map<String, JsonNode> out = new HashMap<>();
        json("datasets.json").get("datasets").forEach(d -> out.put(d.get("uuid").asText(), d));
        return out;
    }

    /** The certifications of a CALIBRATION collection, each with its timespan. */
    public static JsonNode certifications(String collection) {
        return json("certifications.json").get("by_collection").get(collection);
    }
}
