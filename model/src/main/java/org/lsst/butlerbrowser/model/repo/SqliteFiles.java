package org.lsst.butlerbrowser.model.repo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognising SQLite databases and reading SQLAlchemy {@code sqlite:///} URLs. */
final class SqliteFiles {

    private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern URL = Pattern.compile("(?i)^sqlite(?:\\+[a-z0-9_]+)?://(.*)$", Pattern.DOTALL);

    private SqliteFiles() {
    }

    static boolean isSqliteUrl(String text) {
        return URL.matcher(text).matches();
    }

    /** Whether the file starts with the 16-byte SQLite header, so that any file name works. */
    static boolean isSqlite(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(HEADER.length), HEADER);
        } catch (IOException e) {
            throw new RepoException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The database file of an {@code sqlite[+driver]:///path} URL. As in daf_butler the path is
     * everything after {@code sqlite:///}: {@code sqlite:////abs} is absolute and
     * {@code sqlite:///rel} is relative to the working directory.
     *
     * @param where names the URL's origin for messages, e.g. "registry.db in /x/butler.yaml"
     */
    static Path pathFromUrl(String url, Environment env, String where) {
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            throw new RepoException(where + " is not an sqlite:/// URL");
        }
        String rest = m.group(1);
        int query = rest.indexOf('?');
        if (query >= 0) {
            rest = rest.substring(0, query);
        }
        if (!rest.isEmpty() && !rest.startsWith("/")) {
            throw new RepoException(where + " names a host; an SQLite URL looks like sqlite:///path/to/file");
        }
        String path = rest.isEmpty() ? "" : rest.substring(1);
        if (path.isEmpty() || path.equals(":memory:")) {
            throw new RepoException(where + " names an in-memory SQLite database, which has nothing to browse");
        }
        return env.path(path);
    }
}
