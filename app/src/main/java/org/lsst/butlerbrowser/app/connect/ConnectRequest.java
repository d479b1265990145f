package org.lsst.butlerbrowser.app.connect;

import org.lsst.butlerbrowser.model.repo.RepoLocation;
import org.lsst.butlerbrowser.model.tap.TapConnection;

/** What the Connect dialog chose: a name for the tab, and a registry or a TAP service. */
public sealed interface ConnectRequest {

    /** A short name for the tab and the window title (never a password or token). */
    String name();

    /** A Butler registry, where it is. */
    record Registry(String name, RepoLocation location) implements ConnectRequest {
    }

    /** A TAP service and how to authenticate to it. */
    record Tap(String name, TapConnection connection) implements ConnectRequest {
    }
}
