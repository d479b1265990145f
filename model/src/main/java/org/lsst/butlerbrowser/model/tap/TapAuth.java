package org.lsst.butlerbrowser.model.tap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import org.lsst.butlerbrowser.model.repo.Environment;
import org.lsst.butlerbrowser.model.repo.Secret;

/**
 * How requests to one TAP service authenticate: not at all, or with a token such as a Rubin Science
 * Platform user token ({@code gt-...}), sent as {@code Authorization: Bearer <token>} or as HTTP Basic
 * with the token as password (what Gafaelfawr accepts from TOPCAT, user {@code x-oauth-basic}).
 *
 * <p>The token is held as a {@link Secret}: it never appears in {@link #toString()}, in exception
 * messages or in logs, and {@link TapHttp} sends it only to the host of the service's base URL.
 */
public final class TapAuth {

    /** The user name the RSP documents for token-as-password Basic authentication. */
    public static final String BASIC_TOKEN_USER = "x-oauth-basic";
    /** Where the RSP's notebooks put the user's token. */
    public static final String DEFAULT_TOKEN_VARIABLE = "ACCESS_TOKEN";

    public enum Scheme {
        NONE, BEARER, BASIC
    }

    private static final TapAuth NONE = new TapAuth(Scheme.NONE, null, null);
    private static final String MASK = "******";

    private final Scheme scheme;
    private final String user;
    private final Secret token;

    private TapAuth(Scheme scheme, String user, Secret token) {
        this.scheme = scheme;
        this.user = user;
        this.token = token;
    }

    public static TapAuth none() {
        return NONE;
    }

    public static TapAuth bearer(Secret token) {
        return new TapAuth(Scheme.BEARER, null, Objects.requireNonNull(token, "token"));
    }

    /** HTTP Basic with the token as password. */
    public static TapAuth basic(String user, Secret token) {
        return new TapAuth(Scheme.BASIC, Objects.requireNonNull(user, "user"), Objects.requireNonNull(token, "token"));
    }

    /** The token in an environment variable; the message on failure names the variable, never a value. */
    public static Secret tokenFromVariable(Environment environment, String variable) {
        return environment.variable(variable).map(v -> Secret.of(v.strip()))
                .orElseThrow(() -> new IllegalArgumentException("the environment variable " + variable
                        + " that should hold the TAP token is not set or empty"));
    }

    /** The token in a file (surrounding whitespace and newline removed). */
    public static Secret tokenFromFile(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the TAP token file " + file + " ("
                    + e.getClass().getSimpleName() + ")");
        }
        if (text.isEmpty()) {
            throw new IllegalArgumentException("the TAP token file " + file + " is empty");
        }
        return Secret.of(text);
    }

    public Scheme scheme() {
        return scheme;
    }

    /** The Authorization header value, if any; only {@link TapHttp} asks, for requests to the service's own host. */
    Optional<String> authorizationHeader() {
        return switch (scheme) {
            case NONE -> Optional.empty();
            case BEARER -> Optional.of("Bearer " + token.revealAsString());
            case BASIC -> Optional.of("Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + token.revealAsString()).getBytes(StandardCharsets.UTF_8)));
        };
    }

    /**
     * The text with the token, and the header that carries it, masked: for anything a service sent
     * back, which a careless service may echo the credentials into.
     */
    String redact(String text) {
        if (text == null || scheme == Scheme.NONE) {
            return text;
        }
        String header = authorizationHeader().orElseThrow();
        String credentials = header.substring(header.indexOf(' ') + 1);
        return text.replace(credentials, MASK).replace(token.revealAsString(), MASK);
    }

    @Override
    public String toString() {
        return switch (scheme) {
            case NONE -> "no authentication";
            case BEARER -> "bearer token " + token;
            case BASIC -> "basic authentication as " + user + " with token " + token;
        };
    }
}
