package org.lsst.butlerbrowser.model.repo;

import java.net.URI;
import java.net.URISyntaxException;
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
        return jdbcUrl(databaseFile);
    }

    /**
     * The file as an SQLite URI ({@code jdbc:sqlite:file:/path}, opened with SQLITE_OPEN_URI): the
     * driver would take a '?' in a plain path for the start of its own options, so the path's
     * '?', '#', '%' and spaces are percent-encoded; other characters (any language) stay as they are.
     */
    public static String jdbcUrl(Path file) {
        try {
            return "jdbc:sqlite:file:" + new URI(null, null, file.toAbsolutePath().toString(), null).getRawPath();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot write " + file + " as an SQLite URI", e);
        }
    }
}
