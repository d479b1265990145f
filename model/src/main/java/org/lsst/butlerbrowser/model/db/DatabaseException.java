package org.lsst.butlerbrowser.model.db;

import java.io.FileNotFoundException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertificateException;
import java.sql.SQLException;
import javax.net.ssl.SSLException;

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
        String tls = tlsProblem(e, text);
        // A PostgreSQL `where` is the location's description, which already says "PostgreSQL user@host:port/db".
        if (tls != null) {
            message = "cannot connect to " + where + ": " + tls;
        } else if (root instanceof ConnectException) {
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
        } else if (state.equals("57014") && text.contains("statement timeout")) {
            message = "the server stopped the query on " + where + ": it ran longer than the statement timeout";
        } else if (state.equals("57014")) {
            message = "the query on " + where + " was cancelled";
        } else if (state.equals("57P01") || state.equals("57P02")) {
            // the server ended the session: shutdown, or a restart after another session crashed
            message = "the server closed the connection to " + where + " (" + firstLine(text)
                    + "): it may be restarting; try again when it is back";
        } else if (state.equals("57P03")) {
            message = "cannot connect to " + where + ": the server is starting up or shutting down; try again in a moment";
        } else if (state.equals("25006")) {
            message = "refused to write to " + where + ": Butler Browser opens registries read-only";
        } else if (text.contains("SQLITE_CORRUPT") || text.contains("SQLITE_NOTADB") || text.contains("malformed")) {
            message = "the SQLite database " + where + " is damaged or truncated (" + firstLine(text) + ")";
        } else if (text.contains("SQLITE_READONLY") || text.contains("query_only") || text.contains("readonly database")) {
            message = "refused to write to " + where + ": Butler Browser opens registries read-only";
        } else if (text.contains("SQLITE_CANTOPEN")) {
            message = "cannot open the SQLite database " + where + " (" + firstLine(text) + ")";
        } else if (state.startsWith("08")) {
            message = "the connection to " + where + " failed (" + firstLine(text) + ")";
        } else {
            message = "database error on " + where + ": " + firstLine(text);
        }
        return new DatabaseException(message, e);
    }

    /**
     * Why a TLS connection failed, in words that point at the setting to fix (sslmode, sslrootcert),
     * or null when the failure has nothing to do with TLS.
     */
    private static String tlsProblem(SQLException e, String text) {
        boolean handshake = false;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CertPathBuilderException || t instanceof CertificateException) {
                return "the server's TLS certificate is not signed by a CA the client trusts (the sslrootcert file,"
                        + " by default ~/.postgresql/root.crt)";
            }
            if (t instanceof FileNotFoundException && text.contains("SSL root certificate")) {
                return "cannot read the CA file given as sslrootcert (" + t.getMessage() + ")";
            }
            handshake |= t instanceof SSLException;
        }
        if (text.contains("could not be verified by hostnameverifier")) {
            return "the server's TLS certificate is not for the host name the connection names"
                    + " (sslmode=verify-full checks it)";
        }
        if (text.contains("server does not support SSL")) {
            return "the server does not accept TLS connections, which the sslmode asks for";
        }
        return handshake ? "the TLS handshake failed (" + firstLine(text) + ")" : null;
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
