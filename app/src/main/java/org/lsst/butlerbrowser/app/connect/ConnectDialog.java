package org.lsst.butlerbrowser.app.connect;

import java.util.Optional;
import javafx.stage.Window;

/** The Connect… dialog (being built): picks a repo to open. */
public final class ConnectDialog {

    private ConnectDialog() {
    }

    /** Shows the dialog; empty when the user cancels. */
    public static Optional<ConnectRequest> show(Window owner) {
        return Optional.empty();
    }
}
