package org.lsst.butlerbrowser.model.registry;

import java.util.List;

/**
 * A collection: a RUN, TAGGED, CALIBRATION or CHAINED collection, with its doc string (null when it
 * has none) and, for a chain, its children in search order.
 */
public record Collection(long id, String name, CollectionType type, String doc, List<String> children) {

    public Collection {
        children = List.copyOf(children);
    }

    public boolean isChain() {
        return type == CollectionType.CHAINED;
    }
}
