package org.lsst.butlerbrowser.app.connect;

/** Where the Connect dialog takes a TAP token from. */
public enum TokenFrom {
    /** An environment variable, ACCESS_TOKEN unless the user names another. */
    VARIABLE,
    /** A file holding the token. */
    FILE,
    /** Typed into the dialog: kept for the session only. */
    TYPED
}
