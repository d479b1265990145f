package org.lsst.butlerbrowser.model.tap;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One HTTP answer from a TAP service, its body still streaming. Close it when done: that releases
 * the connection even when the body was not read to the end.
 */
final class TapResponse implements ResultSource {

    /** How much of an error body is read for its message. */
    private static final int ERROR_BODY_LIMIT = 64 * 1024;

    private final URI uri;
    private final int status;
    private final HttpHeaders headers;
    private final ResponseStream body;
    private final UnaryOperator<String> redactor;

    TapResponse(URI uri, int status, HttpHeaders headers, ResponseStream body, UnaryOperator<String> redactor) {
        this.uri = uri;
        this.status = status;
        this.headers = headers;
        this.body = body;
        this.redactor = redactor;
    }

    /** Text from the service with the request's token masked, should the service have echoed it. */
    @Override
    public String redact(String serviceText) {
        return redactor.apply(serviceText);
    }

    /** The URL that answered (after any redirects). */
    URI uri() {
        return uri;
    }

    int status() {
        return status;
    }

    @Override
    public ResponseStream body() {
        return body;
    }

    @Override
    public long bytesRead() {
        return body.bytesRead();
    }

    @Override
    public String describe() {
        return "the TAP service at " + TapHttp.describe(uri);
    }

    @Override
    public Optional<Duration> stalledFor() {
        return body.stalled() ? Optional.of(body.idleTimeout()) : Optional.empty();
    }

    /** The Content-Type without parameters, lower case; empty when the service sent none. */
    @Override
    public String mediaType() {
        return contentType().map(t -> t.split(";", 2)[0].strip().toLowerCase(Locale.ROOT)).orElse("");
    }

    @Override
    public Optional<String> contentType() {
        return headers.firstValue("Content-Type");
    }

    /** The Location header resolved against this response's URL. */
    Optional<URI> location() {
        return headers.firstValue("Location").map(uri::resolve);
    }

    /**
     * Throws unless the status is 2xx (or 3xx when redirects are expected): 401 and 403 as
     * {@link TapException.Kind#AUTHENTICATION}, others as {@link TapException.Kind#HTTP_STATUS}, each
     * with the service's own message when its body has one.
     */
    TapResponse requireSuccess(String what) {
        if (status < 400) {
            return this;
        }
        String message = null;
        try {
            message = redact(ServiceMessages.extract(readAtMost(ERROR_BODY_LIMIT), contentType().orElse(null)));
        } catch (IOException e) {
            // the status alone still says what happened
        }
        close();
        String host = TapHttp.describe(uri);
        String reason = status == 401 ? "HTTP 401 (it needs a valid token)"
                : status == 403 ? "HTTP 403 (the token is missing, wrong, or lacks the read:tap scope)"
                : "HTTP " + status + reasonPhrase(status);
        TapException.Kind kind = status == 401 || status == 403 ? TapException.Kind.AUTHENTICATION
                : TapException.Kind.HTTP_STATUS;
        throw new TapException(kind, "the TAP service at " + host + " answered " + reason + retryAfter() + " to "
                + what + (message == null ? "" : ": " + message), status, null);
    }

    /**
     * When a busy or down service (429, 503) says when to come back, in RFC 9110's Retry-After:
     * seconds, or an HTTP date. The client does not wait that long on its own: the user decides.
     */
    private String retryAfter() {
        Optional<String> header = headers.firstValue("Retry-After").map(String::strip);
        if (header.isEmpty() || status != 429 && status != 503) {
            return "";
        }
        String value = header.get();
        if (value.matches("\\d{1,9}")) {
            return " and asks to try again in " + value + " s";
        }
        try {
            ZonedDateTime when = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
            return " and asks to try again after " + DateTimeFormatter.ISO_INSTANT.format(when);
        } catch (DateTimeParseException e) {
            return ""; // a value that is neither: say nothing rather than repeat it
        }
    }

    /** Why reading this body failed: the caller cancelled, the service stalled, or the document was unreadable. */
    TapException readFailure(Exception e, Cancellation cancellation, String what) {
        if (cancellation.isCancelled()) {
            return Cancellation.cancelledException();
        }
        if (body.stalled()) {
            return new TapException(TapException.Kind.TIMEOUT, "the TAP service at " + TapHttp.describe(uri)
                    + " stopped sending its answer to " + what + " for " + TapHttp.seconds(body.idleTimeout()), e);
        }
        return new TapException(TapException.Kind.MALFORMED, "the answer of the TAP service at " + TapHttp.describe(uri)
                + " to " + what + " could not be read (" + redact(ServiceMessages.oneLine(String.valueOf(e.getMessage()))) + ")", e);
    }

    byte[] readAtMost(int limit) throws IOException {
        return body.readNBytes(limit);
    }

    byte[] readAll() throws IOException {
        try (InputStream in = body) {
            return in.readAllBytes();
        }
    }

    private static String reasonPhrase(int status) {
        return switch (status) {
            case 400 -> " (Bad Request)";
            case 404 -> " (Not Found)";
            case 405 -> " (Method Not Allowed)";
            case 500 -> " (Internal Server Error)";
            case 502 -> " (Bad Gateway)";
            case 503 -> " (Service Unavailable)";
            case 504 -> " (Gateway Timeout)";
            default -> "";
        };
    }

    @Override
    public void close() {
        body.close();
    }
}
