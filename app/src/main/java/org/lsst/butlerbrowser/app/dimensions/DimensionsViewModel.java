package org.lsst.butlerbrowser.app.dimensions;

import org.lsst.butlerbrowser.app.session.RegistrySession;
import org.lsst.butlerbrowser.app.tasks.TaskRunner;

/** State of the screen showing the dimension elements of the universe and their records. */
public final class DimensionsViewModel {

    private final RegistrySession session;
    private final TaskRunner runner;

    public DimensionsViewModel(RegistrySession session, TaskRunner runner) {
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
