package org.lsst.butlerbrowser.model.universe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lsst.butlerbrowser.model.registry.Registry;
import org.lsst.butlerbrowser.model.testing.Fixtures;
import org.lsst.butlerbrowser.model.testing.TestRepos;

/** The element tree of both fixture universes against daf_butler's universe.json. */
class ElementGroupsTest {

    private static ElementGroups groups(String repo) {
        try (Registry registry = TestRepos.open(repo)) {
            return ElementGroups.of(registry.universe());
        }
    }

    private static void walk(ElementGroups groups, List<DimensionElement> level, List<String> out) {
        for (DimensionElement e : level) {
            out.add(e.name());
            walk(groups, groups.children(e.name()), out);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {TestRepos.RC2_SQLITE, TestRepos.OLD_UNIVERSE})
    void treeHoldsEveryStoredElementOnceAndSkypixApart(String repo) {
        ElementGroups groups = groups(repo);
        List<String> inTree = new ArrayList<>();
        walk(groups, groups.roots(), inTree);
        List<String> skypix = groups.skypixFamilies().values().stream().flatMap(List::stream)
                .map(DimensionElement::name).toList();

        List<String> expectedStored = new ArrayList<>();
        List<String> expectedSkypix = new ArrayList<>();
        for (JsonNode e : Fixtures.expected(repo, "universe.json").get("elements")) {
            (e.get("is_skypix").asBoolean() ? expectedSkypix : expectedStored).add(e.get("name").asText());
        }
        assertEquals(expectedStored.stream().sorted().toList(), inTree.stream().sorted().toList());
        assertEquals(expectedSkypix.stream().sorted().toList(), skypix.stream().sorted().toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {TestRepos.RC2_SQLITE, TestRepos.OLD_UNIVERSE})
    void everyParentIsARequiredDimensionOrThePopulator(String repo) {
        ElementGroups groups = groups(repo);
        for (JsonNode e : Fixtures.expected(repo, "universe.json").get("elements")) {
            String name = e.get("name").asText();
            if (e.get("is_skypix").asBoolean()) {
                continue;
            }
            List<String> dependencies = new ArrayList<>();
            e.get("required").forEach(r -> dependencies.add(r.asText()));
            dependencies.remove(name);
            String populatedBy = e.get("populated_by").isNull() ? null : e.get("populated_by").asText();
            String parent = groups.parent(name).map(DimensionElement::name).orElse(null);
            if (dependencies.isEmpty()) {
                assertEquals(null, parent, name + " is a root");
            } else if (!e.get("is_dimension").asBoolean() && populatedBy != null) {
                assertEquals(populatedBy, parent, name + " hangs under its populator");
            } else {
                assertTrue(dependencies.contains(parent), name + " hangs under a required dimension, not " + parent);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {TestRepos.RC2_SQLITE, TestRepos.OLD_UNIVERSE})
    void deepestDependencyWins(String repo) {
        ElementGroups groups = groups(repo);
        assertEquals("tract", groups.parent("patch").orElseThrow().name());
        assertEquals("skymap", groups.parent("tract").orElseThrow().name());
        assertEquals("instrument", groups.parent("visit").orElseThrow().name());
        assertEquals("visit", groups.parent("visit_detector_region").orElseThrow().name());
        assertEquals("band", groups.parent("subfilter").orElseThrow().name());
    }
}
