package org.lsst.butlerbrowser.model.tap;

import java.net.URI;
import java.util.Objects;
import org.lsst.butlerbrowser.model.repo.Environment;

/**
 * A TAP service as a person names it: the base URL, how to authenticate, and where the token comes
 * from (null for {@link TapAuth.Scheme#NONE}). It holds no token unless one was typed, and its text
 * forms never show one.
 */
public record TapConnection(URI url, TapAuth.Scheme scheme, TokenSource token) {

    public TapConnection {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(scheme, "scheme");
        if (scheme == TapAuth.Scheme.NONE && token != null) {
            throw new IllegalArgumentException("a token was given but no way to send it (bearer or basic)");
        }
        if (scheme != TapAuth.Scheme.NONE && token == null) {
            throw new IllegalArgumentException(scheme == TapAuth.Scheme.BASIC
                    ? "HTTP Basic authentication needs a token to send as the password"
                    : "a bearer token needs a source: an environment variable, a file, or typed in");
        }
    }

    /** A service without authentication. */
    public static TapConnection anonymous(String url) {
        return new TapConnection(TapService.parseUrl(url), TapAuth.Scheme.NONE, null);
    }

    /** Reads the token (if any) and opens the service with the default timeouts. */
    public TapService open(Environment environment) {
        return open(environment, TapTimeouts.DEFAULT);
    }

    public TapService open(Environment environment, TapTimeouts timeouts) {
        TapAuth auth = switch (scheme) {
            case NONE -> TapAuth.none();
            case BEARER -> TapAuth.bearer(token.read(environment));
            case BASIC -> TapAuth.basic(TapAuth.BASIC_TOKEN_USER, token.read(environment));
        };
        return new TapService(url, auth, timeouts);
    }

    /** Host, port and path, e.g. {@code data.lsst.cloud/api/tap}: for tabs and menus. */
    public String title() {
        return url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort()) + (url.getRawPath() == null ? "" : url.getRawPath());
    }

    /** How requests authenticate, in words: "no token", "bearer token from the environment variable ACCESS_TOKEN". */
    public String authDescription() {
        return switch (scheme) {
            case NONE -> "no token";
            case BEARER -> "bearer token from " + token.describe();
            case BASIC -> "HTTP Basic with the token from " + token.describe() + " as password";
        };
    }
}
