package org.lsst.butlerbrowser.app.detail;

import org.lsst.butlerbrowser.model.repo.PostgresRepo;
import org.lsst.butlerbrowser.model.repo.RepoLocation;
import org.lsst.butlerbrowser.model.repo.SqliteRepo;

/** The REPO argument that names an open registry on a command line; never contains a password. */
public final class RepoArgument {

    /** What commands say when the registry's location is unknown. */
    public static final String PLACEHOLDER = "REPO";

    private RepoArgument() {
    }

    /**
     * The repo root for a repo found through its butler.yaml, the database file for a bare SQLite
     * file, and a {@code postgresql://} URL with the schema as {@code ?namespace=} (which this
     * program's commands accept) for PostgreSQL.
     */
    public static String of(RepoLocation location) {
        if (location instanceof SqliteRepo s) {
            return (s.butlerRoot() != null ? s.butlerRoot() : s.databaseFile()).toString();
        }
        if (location instanceof PostgresRepo p) {
            String host = p.host().contains(":") ? "[" + p.host() + "]" : p.host();
            return "postgresql://" + (p.username() == null ? "" : p.username() + "@") + host + ":" + p.port() + "/"
                    + p.database() + (p.namespace() == null ? "" : "?namespace=" + p.namespace());
        }
        return PLACEHOLDER;
    }
}
