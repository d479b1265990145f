package org.lsst.butlerbrowser.app.sky;

import java.util.List;
import org.lsst.butlerbrowser.app.session.RegistrySession;
import org.lsst.butlerbrowser.model.registry.CancelHook;
import org.lsst.butlerbrowser.model.registry.DatasetQuery;
import org.lsst.butlerbrowser.model.registry.WhereClause;

/**
 * Where a sky layer's rows come from in an open registry: the regions of a spatial element's
 * records, the data ID regions of a dataset type's datasets in a collection, or the ObsCore table.
 * Reading runs the registry's queries, so it belongs off the JavaFX thread.
 */
public sealed interface LayerSource {

    /** The layer's name. */
    String title();

    /** Reads the rows and their footprints; {@code hook} hears how to stop the statements. */
    FootprintTable read(CancelHook hook);

    /** The records of a spatial dimension element (visit, visit_detector_region, tract, patch, ...). */
    record Element(RegistrySession session, String element, WhereClause where) implements LayerSource {
        @Override
        public String title() {
            return element + filtered(where);
        }

        @Override
        public FootprintTable read(CancelHook hook) {
            return RegistryFootprints.element(session.registry(), element, where, hook);
        }
    }

    /** The datasets of one type in a collection, each drawn as its data ID's region. */
    record Datasets(RegistrySession session, String datasetType, String collection, boolean findFirst, WhereClause where)
            implements LayerSource {
        @Override
        public String title() {
            return datasetType + " in " + collection + filtered(where);
        }

        @Override
        public FootprintTable read(CancelHook hook) {
            return RegistryFootprints.datasets(session.registry(),
                    new DatasetQuery(List.of(datasetType), List.of(collection), findFirst, where, 0), hook);
        }
    }

    /** The registry's ObsCore table. */
    record ObsCore(RegistrySession session) implements LayerSource {
        @Override
        public String title() {
            return "ObsCore of " + session.name();
        }

        @Override
        public FootprintTable read(CancelHook hook) {
            return RegistryFootprints.obscore(session.registry(), hook);
        }
    }

    private static String filtered(WhereClause where) {
        return where.isEmpty() ? "" : " where " + where.text();
    }
}
