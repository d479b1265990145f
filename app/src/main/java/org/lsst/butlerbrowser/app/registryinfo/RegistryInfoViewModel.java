package org.lsst.butlerbrowser.app.registryinfo;

import org.lsst.butlerbrowser.app.session.RegistrySession;
import org.lsst.butlerbrowser.app.tasks.TaskRunner;

/** State of the screen showing the registry's schema, managers and health, for staff. */
public final class RegistryInfoViewModel {

    private final RegistrySession session;
    private final TaskRunner runner;

    public RegistryInfoViewModel(RegistrySession session, TaskRunner runner) {
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
