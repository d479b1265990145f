package org.lsst.butlerbrowser.app.connect;

/** A registry connected to before, as remembered: never with a password. */
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
}
