package org.lsst.butlerbrowser.app.datasets;

import org.lsst.butlerbrowser.app.session.RegistrySession;
import org.lsst.butlerbrowser.app.tasks.TaskRunner;

/** State of the datasets screen: dataset types in the selected collection and their datasets. */
public final class DatasetsViewModel {

    private final RegistrySession session;
    private final TaskRunner runner;

    public DatasetsViewModel(RegistrySession session, TaskRunner runner) {
        this.session = session;
        this.runner = runner;
    }

    RegistrySession session() {
        return session;
    }

    TaskRunner runner() {
        return runner;
    }
}
