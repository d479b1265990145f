package org.lsst.butlerbrowser.app.connect;

/** The three ways the Connect dialog reaches a registry. */
public enum ConnectMode {
    /** A repository folder, its butler.yaml, or an SQLite registry file. */
    PATH,
    /** A label from the repository index. */
    LABEL,
    /** A PostgreSQL server, field by field. */
    POSTGRES
}
