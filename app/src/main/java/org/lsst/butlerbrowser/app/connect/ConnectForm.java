package org.lsst.butlerbrowser.app.connect;

import java.nio.file.Path;
import java.util.Locale;
import org.lsst.butlerbrowser.model.repo.Environment;
import org.lsst.butlerbrowser.model.repo.PostgresRepo;
import org.lsst.butlerbrowser.model.repo.RepoLocation;
import org.lsst.butlerbrowser.model.repo.RepoResolver;
import org.lsst.butlerbrowser.model.repo.Secret;

/**
 * What the Connect dialog holds for a registry at one moment, checked and frozen so that background
 * work can use it: the chosen way and its fields.
 *
 * @param path     absolute path (PATH), else null
 * @param label    repository label (LABEL), else null
 * @param server   PostgreSQL fields (POSTGRES), else null
 * @param password the typed password (POSTGRES), or null to use db-auth
 */
record ConnectForm(ConnectMode mode, Path path, String label, PostgresFields server, Secret password) {

    /** Finds the registry; a RepoException tells in one sentence why it cannot. */
    RepoLocation locate(RepoResolver resolver) {
        return switch (mode) {
            case PATH -> resolver.resolve(path.toString());
            case LABEL -> resolver.resolve(label);
            case POSTGRES -> resolver.resolvePostgres(server.host(), server.port(), server.database(), server.user(),
                    server.namespace(), password);
            case TAP -> throw notARegistry();
        };
    }

    /** Overwrites the typed password once nothing will connect with it again. */
    void wipePassword() {
        if (password != null) {
            password.clear();
        }
    }

    /** What to remember of it: never the password. */
    RecentConnection recent() {
        return switch (mode) {
            case PATH -> new RecentConnection.RepoPath(path.toString());
            case LABEL -> new RecentConnection.IndexLabel(label);
            case POSTGRES -> new RecentConnection.Server(server);
            case TAP -> throw notARegistry();
        };
    }

    /** A short name for the tab: the repository folder, the label, or schema and database. */
    String tabName() {
        return switch (mode) {
            case PATH -> folderName(path);
            case LABEL -> label;
            case POSTGRES -> (server.namespace() == null ? "" : server.namespace() + " · ") + server.database()
                    + " on " + server.host();
            case TAP -> throw notARegistry();
        };
    }

    /** A repo's config names its folder; a database file is named by itself. */
    private static String folderName(Path path) {
        String file = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        String lower = file.toLowerCase(Locale.ROOT);
        boolean config = lower.equals("butler.yaml") || lower.equals("butler.json");
        return config && path.getParent() != null && path.getParent().getFileName() != null
                ? path.getParent().getFileName().toString() : file;
    }

    /** The form's fields as typed, checked; an IllegalArgumentException says what is missing. */
    static ConnectForm of(ConnectMode mode, String path, String label, String host, String port, String database,
                          String namespace, String user, String password, Environment env) {
        return switch (mode) {
            case PATH -> new ConnectForm(mode, env.path(required(path,
                    "choose a repository folder, butler.yaml or SQLite file")), null, null, null);
            case LABEL -> new ConnectForm(mode, null, required(label, "choose a repository label"), null, null);
            case POSTGRES -> new ConnectForm(mode, null, null, new PostgresFields(
                    required(host, "give the PostgreSQL server's host"), port(port),
                    required(database, "give the database that holds the registry"), optional(namespace),
                    optional(user)), password == null || password.isEmpty() ? null : Secret.of(password));
            case TAP -> throw notARegistry();
        };
    }

    /** The TAP way has its own fields ({@link TapFields}); this form is for registries only. */
    private static IllegalStateException notARegistry() {
        return new IllegalStateException("a TAP service is not a registry form");
    }

    private static String required(String value, String problem) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(problem);
        }
        return value.strip();
    }

    private static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static int port(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return PostgresRepo.DEFAULT_PORT;
        }
        if (t.matches("[0-9]{1,5}")) {
            int port = Integer.parseInt(t);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        }
        throw new IllegalArgumentException("the port must be a number from 1 to 65535");
    }
}
