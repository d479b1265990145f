package org.lsst.butlerbrowser.app.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lsst.butlerbrowser.app.SharedFixtures;
import org.lsst.butlerbrowser.model.registry.Collection;
import org.lsst.butlerbrowser.model.registry.CollectionGraph;
import org.lsst.butlerbrowser.model.registry.CollectionType;

/** The collections view model on its own: plain JUnit, no JavaFX toolkit, no controls. */
class CollectionsViewModelTest {

    private static CollectionsViewModel openedOnRc2() {
        CollectionsViewModel model = new CollectionsViewModel();
        model.opening("the demo registry");
        model.opened("demo", "rc2.sqlite3", new CollectionGraph(SharedFixtures.rc2AsModel()), "SQLite", 42);
        return model;
    }

    private static List<String> names(List<CollectionNode> nodes) {
        return nodes.stream().map(CollectionNode::name).toList();
    }

    /** daf_butler's collections with no parent chain, in name order. */
    private static List<String> expectedTopLevel() {
        List<String> out = new ArrayList<>();
        for (JsonNode c : SharedFixtures.rc2Collections()) {
            if (c.get("parents").isEmpty()) {
                out.add(c.get("name").asText());
            }
        }
        return out.stream().sorted().toList();
    }

    @Test
    void showsOnlyTopLevelCollectionsByDefault() {
        CollectionsViewModel model = openedOnRc2();
        assertTrue(model.isTopLevelOnly());
        assertEquals(expectedTopLevel(), names(model.roots()));
        assertFalse(names(model.roots()).contains("HSC/defaults"), "HSC/runs/RC2 includes HSC/defaults");
        assertEquals(expectedTopLevel().size() + " top-level of 20", model.getShown());
    }

    @Test
    void togglingTopLevelOnlyShowsEveryCollectionAndBack() {
        CollectionsViewModel model = openedOnRc2();
        List<String> all = new ArrayList<>();
        SharedFixtures.rc2Collections().forEach(c -> all.add(c.get("name").asText()));
        int[] changes = {0};
        model.roots().addListener((javafx.collections.ListChangeListener<CollectionNode>) c -> changes[0]++);

        model.setTopLevelOnly(false);
        assertEquals(all.stream().sorted().toList(), names(model.roots()));
        assertEquals("20 collections", model.getShown());
        model.setTopLevelOnly(true);
        assertEquals(expectedTopLevel(), names(model.roots()));
        assertEquals(2, changes[0], "a view bound to roots() hears each toggle");
        assertTrue(model.roots().stream().allMatch(n -> n.position() == 0 && n.chainPath().isEmpty()));
    }

    @Test
    void chainChildrenComeInSearchOrderWithTheirPositions() {
        CollectionsViewModel model = openedOnRc2();
        CollectionNode rc2 = model.roots().stream().filter(n -> n.name().equals("HSC/runs/RC2")).findFirst().orElseThrow();
        List<CollectionNode> rc2Children = model.children(rc2);
        assertEquals(SharedFixtures.rc2Children("HSC/runs/RC2"), names(rc2Children));
        CollectionNode defaults = rc2Children.get(2);
        List<CollectionNode> children = model.children(defaults);
        assertEquals(SharedFixtures.rc2Children("HSC/defaults"), names(children));
        assertEquals(List.of(1, 2, 3, 4), children.stream().map(CollectionNode::position).toList());
        assertEquals(List.of("HSC/runs/RC2", "HSC/defaults"), children.get(0).chainPath());
        assertEquals("4 children", defaults.detail());
        assertTrue(model.tooltip(defaults).contains("Default inputs for HSC processing."));
        assertTrue(model.tooltip(defaults).contains("searched 3rd in HSC/runs/RC2"));
    }

    @Test
    void leavesAndEmptyChainsDoNotExpand() {
        CollectionsViewModel model = openedOnRc2();
        model.setTopLevelOnly(false);
        CollectionNode scratch = find(model, "u/jdoe/scratch");
        CollectionNode empty = find(model, "u/jdoe/empty-chain");
        assertFalse(scratch.isExpandable());
        assertFalse(empty.isExpandable());
        assertEquals("empty chain", empty.detail());
        assertEquals(List.of(), model.children(empty));
        assertTrue(model.tooltip(scratch).endsWith("No description."), "no doc string is said plainly");
    }

    @Test
    void aCycleInADamagedRegistryIsShownButNotFollowed() {
        CollectionsViewModel model = new CollectionsViewModel();
        model.opened("damaged", "x", new CollectionGraph(List.of(
                new Collection(1, "a", CollectionType.CHAINED, null, List.of("b")),
                new Collection(2, "b", CollectionType.CHAINED, null, List.of("a", "run")),
                new Collection(3, "run", CollectionType.RUN, null, List.of()),
                new Collection(4, "top", CollectionType.CHAINED, null, List.of("a")))), "SQLite", 1);
        CollectionNode top = model.roots().get(0);
        assertEquals("top", top.name());
        CollectionNode a = model.children(top).get(0);
        CollectionNode b = model.children(a).get(0);
        List<CollectionNode> underB = model.children(b);
        assertEquals(List.of("a", "run"), names(underB));
        assertTrue(underB.get(0).isCycle());
        assertFalse(underB.get(0).isExpandable());
        assertEquals(List.of(), model.children(underB.get(0)));
    }

    @Test
    void statusTellsBackendCountAndOpenTime() {
        CollectionsViewModel model = new CollectionsViewModel();
        model.opening("the demo registry");
        assertTrue(model.isLoading());
        assertEquals("Opening the demo registry…", model.getStatus());
        assertEquals(List.of(), model.roots());
        model.opened("demo registry (rc2)", "/tmp/gen3.sqlite3", new CollectionGraph(SharedFixtures.rc2AsModel()),
                "SQLite", 312);
        assertFalse(model.isLoading());
        assertEquals("SQLite · 20 collections · opened in 312 ms", model.getStatus());
        assertEquals("Butler Browser — demo registry (rc2)", model.titleProperty().get());
        assertEquals("/tmp/gen3.sqlite3", model.locationProperty().get());
        assertNull(model.getError());
    }

    @Test
    void anOpeningErrorBecomesOneSentence() {
        CollectionsViewModel model = new CollectionsViewModel();
        model.opening("/data/repo");
        model.failed("/data/repo", new IllegalStateException(
                "/data/repo/butler.yaml does not exist.\n\tat some.Frame(Frame.java:1)"));
        assertFalse(model.isLoading());
        assertEquals("Could not open the registry: /data/repo/butler.yaml does not exist.", model.getError());
        assertEquals("Could not open /data/repo", model.getStatus());

        assertEquals("Could not open the demo registry: IOException.",
                CollectionsViewModel.sentence("the demo registry", new IOException()));
        assertEquals("Could not open db.example: connection refused.",
                CollectionsViewModel.sentence("db.example", new RuntimeException("connection refused")));
    }

    private static CollectionNode find(CollectionsViewModel model, String name) {
        return model.roots().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }
}
