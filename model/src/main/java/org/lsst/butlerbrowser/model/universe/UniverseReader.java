package org.lsst.butlerbrowser.model.universe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a {@link DimensionUniverse} from the JSON daf_butler stores in {@code butler_attributes}.
 *
 * <p>Universe order follows daf_butler's construction: elements are visited in rounds, each round
 * taking, in name order, every element whose dependencies are already placed; dimensions (with
 * skypix systems expanded level by level) come before join elements.
 */
public final class UniverseReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private UniverseReader() {
    }

    public static DimensionUniverse parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("the stored dimension universe (config:dimensions.json) is not valid JSON: "
                    + e.getOriginalMessage());
        }
        if (root == null || !root.isObject() || !root.path("elements").isObject()) {
            throw new IllegalArgumentException("the stored dimension universe (config:dimensions.json) has no 'elements' mapping");
        }
        return new UniverseReader.Builder(root).build();
    }

    /** One element's raw configuration before its place in the universe is known. */
    private record Config(String name, JsonNode node, boolean isDimension, List<String> dependencies) {
    }

    private static final class Builder {
        private final JsonNode root;
        private final Map<String, Config> configs = new HashMap<>();
        private final Map<String, JsonNode> skypixSystems = new HashMap<>();
        private final Map<String, String> spatialFamily = new HashMap<>();
        private final Map<String, String> temporalFamily = new HashMap<>();
        private final Map<String, List<String>> spatialMembers = new LinkedHashMap<>();
        private final List<String> order = new ArrayList<>();
        private final Map<String, DimensionElement> built = new HashMap<>();

        Builder(JsonNode root) {
            this.root = root;
        }

        DimensionUniverse build() {
            root.path("elements").fields().forEachRemaining(f -> {
                JsonNode n = f.getValue();
                List<String> deps = new ArrayList<>(strings(n.path("requires")));
                deps.addAll(strings(n.path("implies")));
                configs.put(f.getKey(), new Config(f.getKey(), n, n.path("keys").size() > 0, deps));
            });
            root.path("skypix").fields().forEachRemaining(f -> {
                if (f.getValue().isObject()) {
                    skypixSystems.put(f.getKey(), f.getValue());
                }
            });
            readTopology("spatial", spatialFamily);
            root.path("topology").path("spatial").fields().forEachRemaining(f ->
                    spatialMembers.put(f.getKey(), strings(f.getValue())));
            readTopology("temporal", temporalFamily);

            List<String> dimensionItems = new ArrayList<>(skypixSystems.keySet());
            configs.values().stream().filter(Config::isDimension).forEach(c -> dimensionItems.add(c.name()));
            List<String> joinItems = configs.values().stream().filter(c -> !c.isDimension()).map(Config::name).toList();
            placeInRounds(dimensionItems);
            placeInRounds(joinItems);

            List<DimensionElement> elements = order.stream().map(built::get).toList();
            String namespace = root.path("namespace").asText("daf_butler");
            int version = root.path("version").asInt(0);
            String common = root.path("skypix").path("common").asText(null);
            return new DimensionUniverse(namespace, version, common, elements, spatialMembers);
        }

        private void readTopology(String kind, Map<String, String> target) {
            root.path("topology").path(kind).fields().forEachRemaining(f ->
                    strings(f.getValue()).forEach(element -> target.put(element, f.getKey())));
        }

        private void placeInRounds(List<String> items) {
            Set<String> remaining = new LinkedHashSet<>(items);
            while (!remaining.isEmpty()) {
                List<String> ready = remaining.stream()
                        .filter(item -> dependencies(item).stream().allMatch(built::containsKey))
                        .sorted(Comparator.naturalOrder())
                        .toList();
                if (ready.isEmpty()) {
                    throw new IllegalArgumentException("the stored dimension universe has unknown or circular dependencies among: "
                            + String.join(", ", remaining));
                }
                for (String item : ready) {
                    remaining.remove(item);
                    if (skypixSystems.containsKey(item)) {
                        addSkypixLevels(item, skypixSystems.get(item));
                    } else {
                        add(configs.get(item));
                    }
                }
            }
        }

        private List<String> dependencies(String item) {
            Config c = configs.get(item);
            return c == null ? List.of() : c.dependencies();
        }

        private void addSkypixLevels(String system, JsonNode cfg) {
            int min = cfg.path("min_level").asInt(1);
            int max = cfg.path("max_level").asInt(min);
            for (int level = min; level <= max; level++) {
                String name = system + level;
                put(new DimensionElement(name, "", true, true, false, List.of(name), List.of(),
                        new FieldSpec("id", "int", 0, ""), List.of(), List.of(), null, system, null, false, name));
            }
        }

        private void add(Config c) {
            JsonNode n = c.node();
            Set<String> required = new HashSet<>();
            for (String r : strings(n.path("requires"))) {
                required.addAll(built.get(r).required());
            }
            List<String> requiredOrdered = inOrder(required);
            if (c.isDimension()) {
                requiredOrdered.add(c.name());
            }
            List<String> implied = inOrder(new HashSet<>(strings(n.path("implies"))));
            List<FieldSpec> keys = fields(n.path("keys"));
            List<FieldSpec> metadata = fields(n.path("metadata"));
            boolean governor = n.path("governor").asBoolean(false)
                    || n.path("storage").path("cls").asText("").endsWith("GovernorDimensionRecordStorage");
            put(new DimensionElement(
                    c.name(),
                    n.path("doc").asText(""),
                    c.isDimension(),
                    false,
                    governor,
                    List.copyOf(requiredOrdered),
                    List.copyOf(implied),
                    keys.isEmpty() ? null : keys.get(0),
                    keys.isEmpty() ? List.of() : List.copyOf(keys.subList(1, keys.size())),
                    List.copyOf(metadata),
                    viewOf(n),
                    spatialFamily.get(c.name()),
                    temporalFamily.get(c.name()),
                    n.path("always_join").asBoolean(false),
                    n.path("populated_by").asText(c.isDimension() ? c.name() : null)));
        }

        private void put(DimensionElement e) {
            built.put(e.name(), e);
            order.add(e.name());
        }

        /** Orders names by their place among the elements built so far (all dependencies are). */
        private List<String> inOrder(Set<String> names) {
            List<String> list = new ArrayList<>(names);
            list.sort(Comparator.comparingInt(order::indexOf));
            return list;
        }

        /** Current universes say implied_union_target; stored older configs nest view_of in storage. */
        private static String viewOf(JsonNode n) {
            for (JsonNode candidate : List.of(n.path("implied_union_target"), n.path("storage").path("view_of"),
                    n.path("storage").path("nested").path("view_of"))) {
                if (candidate.isTextual()) {
                    return candidate.asText();
                }
            }
            return null;
        }

        private static List<FieldSpec> fields(JsonNode array) {
            List<FieldSpec> list = new ArrayList<>();
            for (JsonNode f : array) {
                int length = f.path("length").asInt(f.path("nbytes").asInt(0));
                list.add(new FieldSpec(f.path("name").asText(), f.path("type").asText("string"), length,
                        f.path("doc").asText("")));
            }
            return list;
        }

        private static List<String> strings(JsonNode array) {
            List<String> list = new ArrayList<>();
            array.forEach(x -> list.add(x.asText()));
            return list;
        }
    }
}
