package org.lsst.butlerbrowser.model.db;

/** The database engines a Butler registry can live in. */
public enum Backend {
    SQLITE("SQLite"),
    POSTGRESQL("PostgreSQL");

    private final String label;

    Backend(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
