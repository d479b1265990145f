package org.lsst.butlerbrowser.app.detail;

import org.lsst.butlerbrowser.app.session.RegistrySession;

/** State of the detail panel: every field of the session's selected row. */
public final class DetailViewModel {

    private final RegistrySession session;

    public DetailViewModel(RegistrySession session) {
        this.session = session;
    }

    RegistrySession session() {
        return session;
    }
}
