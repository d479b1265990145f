package org.lsst.butlerbrowser.model.tap;

import java.nio.file.Path;
import java.util.Objects;
import org.lsst.butlerbrowser.model.repo.Environment;
import org.lsst.butlerbrowser.model.repo.Secret;

/**
 * Where a TAP token comes from: an environment variable, a file, or typed in by the user. Only a
 * typed token is held here (as a {@link Secret}); the others are read when a service is opened,
 * so that what may be remembered (a variable's name, a file's path) never holds the token itself.
 */
public sealed interface TokenSource {

    /** The token; an IllegalArgumentException names the variable or file (never a value) when it has none. */
    Secret read(Environment environment);

    /** Where the token comes from, for the user: "the environment variable ACCESS_TOKEN". Never the token. */
    String describe();

    /** The token in an environment variable, e.g. {@code ACCESS_TOKEN} on the Rubin Science Platform. */
    record Variable(String name) implements TokenSource {
        public Variable {
            if (name == null || !name.strip().matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new IllegalArgumentException("'" + name + "' is not an environment variable name");
            }
            name = name.strip();
        }

        @Override
        public Secret read(Environment environment) {
            return TapAuth.tokenFromVariable(environment, name);
        }

        @Override
        public String describe() {
            return "the environment variable " + name;
        }
    }

    /** The token in a file (the whole file, blanks around it removed); a relative path is taken from the working directory. */
    record File(Path path) implements TokenSource {
        public File {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public Secret read(Environment environment) {
            return TapAuth.tokenFromFile(environment.workingDirectory().resolve(path));
        }

        @Override
        public String describe() {
            return "the file " + path;
        }
    }

    /** A token the user typed: kept for the session only, never remembered. */
    record Typed(Secret token) implements TokenSource {
        public Typed {
            Objects.requireNonNull(token, "token");
        }

        @Override
        public Secret read(Environment environment) {
            return token;
        }

        @Override
        public String describe() {
            return "the token typed in";
        }
    }
}
