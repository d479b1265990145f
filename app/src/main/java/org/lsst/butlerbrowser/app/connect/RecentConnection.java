package org.lsst.butlerbrowser.app.connect;

import org.lsst.butlerbrowser.model.tap.TapAuth;

/** A registry or TAP service connected to before, as remembered: never with a password or token. */
public sealed interface RecentConnection {

    /** How the File → Open Recent menu and the dialog's list show it. */
    String title();

    /** A repository folder, butler.yaml or SQLite file, as an absolute path. */
    record RepoPath(String path) implements RecentConnection {
        @Override
        public String title() {
            return path;
        }
    }

    /** A label from the repository index. */
    record IndexLabel(String label) implements RecentConnection {
        @Override
        public String title() {
            return label + " (repository label)";
        }
    }

    /** A PostgreSQL server: host, port, database, schema and user only. */
    record Server(PostgresFields fields) implements RecentConnection {
        @Override
        public String title() {
            return "PostgreSQL " + fields.title();
        }
    }

    /**
     * A TAP service: its URL, how requests authenticate, and where the token comes from.
     *
     * @param tokenFrom null without a token
     * @param where     the variable's name or the file's path; null for none or a typed token
     */
    record TapService(String url, TapAuth.Scheme scheme, TokenFrom tokenFrom, String where) implements RecentConnection {
        @Override
        public String title() {
            String auth = switch (scheme) {
                case NONE -> "";
                case BEARER -> " (bearer token";
                case BASIC -> " (HTTP Basic with a token";
            };
            if (tokenFrom != null) {
                auth += switch (tokenFrom) {
                    case VARIABLE -> " from $" + where + ")";
                    case FILE -> " from " + where + ")";
                    case TYPED -> " typed in)";
                };
            }
            return "TAP " + url + auth;
        }
    }
}
