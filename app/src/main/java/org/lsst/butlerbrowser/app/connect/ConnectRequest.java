package org.lsst.butlerbrowser.app.connect;

import org.lsst.butlerbrowser.model.repo.RepoLocation;

/** What the Connect dialog chose: a name for the tab and where the registry is. */
public record ConnectRequest(String name, RepoLocation location) {
}
