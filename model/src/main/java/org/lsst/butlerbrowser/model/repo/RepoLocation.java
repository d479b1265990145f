package org.lsst.butlerbrowser.model.repo;

/** Where a Butler registry database lives, as found by {@link RepoResolver}. */
public sealed interface RepoLocation permits SqliteRepo, PostgresRepo {

    /** A human-readable name for messages and the window title; never contains a password. */
    String description();

    /** The JDBC URL of the registry database; never contains a password. */
    String jdbcUrl();
}
