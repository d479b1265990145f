package org.lsst.butlerbrowser.model.db;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/** A database problem told in one sentence that names the database and what went wrong. */
public class DatabaseException extends RuntimeException {

    public DatabaseException(String message) {
        super(message);
    }

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Turns a driver exception into a sentence a user can act on. */
    public static DatabaseException from(SQLException e, String where) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String text = e.getMessage() == null ? "" : e.getMessage();
        Throwable root = rootCause(e);
        String message;
        // A PostgreSQL `where` is the location's description, which already says "PostgreSQL user@host:port/db".
        if (root instanceof ConnectException) {
            message = "cannot connect to " + where + ": connection refused (is the server running and the port right?)";
        } else if (root instanceof UnknownHostException) {
            message = "cannot connect to " + where + ": unknown host";
        } else if (root instanceof SocketTimeoutException || state.equals("08001") && text.contains("timed out")) {
            message = "cannot connect to " + where + ": the connection timed out";
        } else if (state.equals("28P01") || state.equals("28000")) {
            message = "the server refused the login to " + where + " (wrong user name or password, or no db-auth.yaml entry)";
        } else if (state.equals("08004") && text.contains("no password was provided")) {
            message = "cannot log in to " + where + ": the server asks for a password and none was given"
                    + " (no password in the URL or butler.yaml, and no matching db-auth.yaml entry)";
        } else if (state.equals("3D000")) {
            message = "cannot connect to " + where + ": the server has no such database";
        } else if (state.equals("57014")) {
            message = "the query on " + where + " was cancelled (statement timeout or user cancel)";
        } else if (state.equals("25006")) {
            message = "refused to write to " + where + ": Butler Browser opens registries read-only";
        } else if (text.contains("SQLITE_CORRUPT") || text.contains("SQLITE_NOTADB") || text.contains("malformed")) {
            message = "the SQLite database " + where + " is damaged or truncated (" + firstLine(text) + ")";
        } else if (text.contains("SQLITE_READONLY") || text.contains("query_only") || text.contains("readonly database")) {
            message = "refused to write to " + where + ": Butler Browser opens registries read-only";
        } else if (text.contains("SQLITE_CANTOPEN")) {
            message = "cannot open the SQLite database " + where + " (" + firstLine(text) + ")";
        } else if (state.startsWith("08")) {
            message = "lost or could not make the connection to " + where + ": " + firstLine(text);
        } else {
            message = "database error on " + where + ": " + firstLine(text);
        }
        return new DatabaseException(message, e);
    }

    private static Throwable rootCause(Throwable t) {
        Throwable r = t;
        while (r.getCause() != null && r.getCause() != r) {
            r = r.getCause();
        }
        return r;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }
}
