package org.lsst.butlerbrowser.model.tap;

/**
 * A TAP request that failed, with a one-sentence message for the user that names the service's own
 * words where it gave any. Never carries a token: messages are built from URLs without credentials
 * and from what the service sent back.
 */
public final class TapException extends RuntimeException {

    /** What went wrong, for callers that react differently (retry, ask for a token, ...). */
    public enum Kind {
        /** The host could not be reached (no such host, connection refused, TLS failure). */
        UNREACHABLE,
        /** The service answered with an HTTP error status. */
        HTTP_STATUS,
        /** The service wants credentials: HTTP 401/403, or a login page instead of data. */
        AUTHENTICATION,
        /** No answer, or no more data, within the time allowed. */
        TIMEOUT,
        /** The service ran the request and reported an error (QUERY_STATUS=ERROR, UWS phase ERROR). */
        SERVICE_ERROR,
        /** The answer could not be read: truncated, malformed, or not the document expected. */
        MALFORMED,
        /** The caller cancelled. */
        CANCELLED
    }

    private final Kind kind;
    private final int httpStatus;

    public TapException(Kind kind, String message) {
        this(kind, message, -1, null);
    }

    public TapException(Kind kind, String message, Throwable cause) {
        this(kind, message, -1, cause);
    }

    public TapException(Kind kind, String message, int httpStatus, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.httpStatus = httpStatus;
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status that caused this, or -1. */
    public int httpStatus() {
        return httpStatus;
    }
}
