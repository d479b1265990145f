package org.lsst.butlerbrowser.app.cli;

import java.nio.file.Path;
import org.lsst.butlerbrowser.model.repo.Environment;
import org.lsst.butlerbrowser.model.tap.TapAuth;
import org.lsst.butlerbrowser.model.tap.TapConnection;
import org.lsst.butlerbrowser.model.tap.TapService;
import org.lsst.butlerbrowser.model.tap.TokenSource;
import picocli.CommandLine.Option;

/** How a command authenticates to a TAP service: a token from a variable or a file, as bearer or Basic. */
final class TapAuthOptions {

    @Option(names = "--token-env", paramLabel = "VAR", arity = "0..1", fallbackValue = TapAuth.DEFAULT_TOKEN_VARIABLE,
            description = "Read the token from this environment variable (default ${FALLBACK-VALUE}).")
    String tokenVariable;

    @Option(names = "--token-file", paramLabel = "FILE", description = "Read the token from this file.")
    Path tokenFile;

    @Option(names = "--basic", description = "Send the token as the password of HTTP Basic authentication "
            + "(user " + TapAuth.BASIC_TOKEN_USER + ") instead of as a bearer token.")
    boolean basic;

    /** The service at this URL, with the token asked for (none by default). */
    TapService open(String url, Environment environment) {
        if (tokenVariable != null && tokenFile != null) {
            throw new IllegalArgumentException("give --token-env or --token-file, not both");
        }
        TokenSource token = tokenVariable != null ? new TokenSource.Variable(tokenVariable)
                : tokenFile != null ? new TokenSource.File(tokenFile) : null;
        if (token == null && basic) {
            throw new IllegalArgumentException("--basic needs a token: give --token-env or --token-file");
        }
        TapAuth.Scheme scheme = token == null ? TapAuth.Scheme.NONE : basic ? TapAuth.Scheme.BASIC : TapAuth.Scheme.BEARER;
        return new TapConnection(TapService.parseUrl(url), scheme, token).open(environment);
    }
}
