package org.lsst.butlerbrowser.model.repo;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A registry in an SQLite file.
 *
 * @param databaseFile absolute path of the SQLite database
 * @param butlerRoot   the repository root when the file was found through a butler config, else null
 * @param description  see {@link RepoLocation#description()}
 */
public record SqliteRepo(Path databaseFile, Path butlerRoot, String description) implements RepoLocation {

    public SqliteRepo {
        Objects.requireNonNull(databaseFile, "databaseFile");
        Objects.requireNonNull(description, "description");
    }

    @Override
    public String jdbcUrl() {
        return "jdbc:sqlite:" + databaseFile;
    }
}
