package org.lsst.butlerbrowser.app.datasets;

import org.lsst.butlerbrowser.app.session.RegistrySession;
import org.lsst.butlerbrowser.app.tasks.TaskRunner;

/**
 * State of the datasets screen: the dataset types in the selected collection and the datasets of
 * the chosen type. Both follow the session's selection.
 */
public final class DatasetsViewModel {

    private final DatasetTypesViewModel types;
    private final DatasetListViewModel datasets;

    public DatasetsViewModel(RegistrySession session, TaskRunner runner) {
        // types first: on a new collection it drops a type the collection lacks before the list re-queries
        this.types = new DatasetTypesViewModel(session, runner);
        this.datasets = new DatasetListViewModel(session, runner);
    }

    public DatasetTypesViewModel types() {
        return types;
    }

    public DatasetListViewModel datasets() {
        return datasets;
    }
}
