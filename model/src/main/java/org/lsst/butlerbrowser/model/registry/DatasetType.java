package org.lsst.butlerbrowser.model.registry;

import java.util.List;

/**
 * A dataset type: its name, the dimensions that identify its datasets, its storage class and
 * whether it is a calibration (certified into CALIBRATION collections with validity ranges).
 *
 * @param required   the dimensions stored in its data IDs, in universe order
 * @param dimensions required plus implied dimensions, in universe order (what daf_butler prints)
 * @param tagTable   the {@code dataset_tags_NNNNNNNN} table holding its collection memberships
 * @param calibTable the {@code dataset_calibs_NNNNNNNN} table, or null when not a calibration
 */
public record DatasetType(long id, String name, List<String> required, List<String> dimensions,
                          String storageClass, String tagTable, String calibTable) {

    public DatasetType {
        required = List.copyOf(required);
        dimensions = List.copyOf(dimensions);
    }

    public boolean isCalibration() {
        return calibTable != null;
    }

    /** Dimensions whose values come from dimension tables rather than the data ID itself. */
    public List<String> implied() {
        return dimensions.stream().filter(d -> !required.contains(d)).toList();
    }
}
