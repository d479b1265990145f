package org.lsst.butlerbrowser.app.connect;

import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.lsst.butlerbrowser.model.tap.TapAuth;

/**
 * The registries and TAP services connected to lately, newest first, kept in a preferences node:
 * one child node per connection holding its kind and fields. Passwords and tokens are never
 * written: a PostgreSQL entry holds only host, port, database, schema and user; a TAP entry the
 * URL, the authentication scheme and the name of the variable or file the token comes from.
 */
public final class RecentConnections {

    static final int MAX = 8;

    private static final String KIND = "kind";

    private final Preferences node;

    public RecentConnections(Preferences node) {
        this.node = node;
    }

    /** The remembered connections, newest first; empty when the preferences cannot be read. */
    public List<RecentConnection> list() {
        List<RecentConnection> out = new ArrayList<>();
        try {
            for (int i = 0; i < MAX && node.nodeExists(Integer.toString(i)); i++) {
                RecentConnection c = read(node.node(Integer.toString(i)));
                if (c != null) {
                    out.add(c);
                }
            }
        } catch (BackingStoreException | IllegalStateException e) {
            // unreadable preferences only cost the user the recent list
        }
        return out;
    }

    /** Puts {@code connection} first, dropping an equal older entry and the oldest beyond {@link #MAX}. */
    public void remember(RecentConnection connection) {
        List<RecentConnection> list = new ArrayList<>(list());
        list.remove(connection);
        list.add(0, connection);
        try {
            for (String child : node.childrenNames()) {
                node.node(child).removeNode();
            }
            for (int i = 0; i < Math.min(MAX, list.size()); i++) {
                write(node.node(Integer.toString(i)), list.get(i));
            }
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            // a read-only preferences store: the connection still opens, it is just not remembered
        }
    }

    private static void write(Preferences entry, RecentConnection connection) {
        if (connection instanceof RecentConnection.RepoPath p) {
            entry.put(KIND, "path");
            entry.put("path", p.path());
        } else if (connection instanceof RecentConnection.IndexLabel l) {
            entry.put(KIND, "label");
            entry.put("label", l.label());
        } else if (connection instanceof RecentConnection.Server s) {
            PostgresFields f = s.fields();
            entry.put(KIND, "postgresql");
            entry.put("host", f.host());
            entry.putInt("port", f.port());
            entry.put("database", f.database());
            putIfSet(entry, "namespace", f.namespace());
            putIfSet(entry, "user", f.user());
        } else if (connection instanceof RecentConnection.TapService t) {
            entry.put(KIND, "tap");
            entry.put("url", t.url());
            entry.put("scheme", t.scheme().name());
            putIfSet(entry, "tokenFrom", t.tokenFrom() == null ? null : t.tokenFrom().name());
            putIfSet(entry, "where", t.where());
        }
    }

    private static RecentConnection read(Preferences entry) {
        return switch (entry.get(KIND, "")) {
            case "path" -> new RecentConnection.RepoPath(entry.get("path", ""));
            case "label" -> new RecentConnection.IndexLabel(entry.get("label", ""));
            case "postgresql" -> new RecentConnection.Server(new PostgresFields(entry.get("host", "localhost"),
                    entry.getInt("port", 5432), entry.get("database", ""), entry.get("namespace", null),
                    entry.get("user", null)));
            case "tap" -> tap(entry);
            default -> null; // written by a newer version: skip rather than guess
        };
    }

    private static RecentConnection tap(Preferences entry) {
        try {
            String from = entry.get("tokenFrom", null);
            return new RecentConnection.TapService(entry.get("url", ""), TapAuth.Scheme.valueOf(entry.get("scheme", "NONE")),
                    from == null ? null : TokenFrom.valueOf(from), entry.get("where", null));
        } catch (IllegalArgumentException e) {
            return null; // a scheme or source this version does not know
        }
    }

    private static void putIfSet(Preferences entry, String key, String value) {
        if (value != null) {
            entry.put(key, value);
        }
    }
}
