package org.lsst.butlerbrowser.app.datasets;

import org.lsst.butlerbrowser.model.registry.DatasetType;

/**
 * A dataset type as the types table lists it for one collection.
 *
 * @param datasets how many datasets of the type the collection's search path finds (each once);
 *                 null while they are being counted
 */
public record DatasetTypeRow(DatasetType type, Long datasets) {

    public String name() {
        return type.name();
    }

    /** The summary lists the type but no dataset of it is left (shown greyed). */
    public boolean isEmpty() {
        return datasets != null && datasets == 0;
    }
}
