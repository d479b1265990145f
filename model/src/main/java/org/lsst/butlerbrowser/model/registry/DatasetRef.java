package org.lsst.butlerbrowser.model.registry;

import java.util.UUID;
import org.lsst.butlerbrowser.model.time.Timespan;

/**
 * One dataset found by a query: its id, type, RUN, full data ID (required and implied values) and,
 * when it was found in a CALIBRATION collection, the validity range of that certification.
 *
 * @param collection the searched collection it was found in
 */
public record DatasetRef(UUID id, String datasetType, String run, DataId dataId, String collection,
                         Timespan validity) {
}
