package org.lsst.butlerbrowser.app.connect;

/** The ways the Connect dialog reaches a registry, and the TAP service; the dialog's tabs follow this order. */
public enum ConnectMode {
    /** A repository folder, its butler.yaml, or an SQLite registry file. */
    PATH,
    /** A label from the repository index. */
    LABEL,
    /** A PostgreSQL server, field by field. */
    POSTGRES,
    /** A TAP service (not a registry): its URL and token. */
    TAP
}
