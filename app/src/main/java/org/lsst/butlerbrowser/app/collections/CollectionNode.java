package org.lsst.butlerbrowser.app.collections;

import java.util.List;
import org.lsst.butlerbrowser.model.registry.Collection;
import org.lsst.butlerbrowser.model.registry.CollectionType;

/**
 * One row of the collections tree: a collection, its 1-based place in the search order of the
 * chain it is shown under (0 at the top of the tree), and the chains above it.
 */
public record CollectionNode(Collection collection, int position, List<String> chainPath) {

    public CollectionNode {
        chainPath = List.copyOf(chainPath);
    }

    /** A row at the top of the tree. */
    public static CollectionNode root(Collection collection) {
        return new CollectionNode(collection, 0, List.of());
    }

    public String name() {
        return collection.name();
    }

    public CollectionType type() {
        return collection.type();
    }

    /** A chain that already appears above itself (a damaged registry): shown, never expanded. */
    public boolean isCycle() {
        return collection.isChain() && chainPath.contains(collection.name());
    }

    public boolean isExpandable() {
        return collection.isChain() && !collection.children().isEmpty() && !isCycle();
    }

    /** The grey note after the name: how many collections a chain searches, or why it won't open. */
    public String detail() {
        if (!collection.isChain()) {
            return "";
        }
        if (isCycle()) {
            return "cycle: already searched above";
        }
        int n = collection.children().size();
        return n == 0 ? "empty chain" : n == 1 ? "1 child" : n + " children";
    }
}
