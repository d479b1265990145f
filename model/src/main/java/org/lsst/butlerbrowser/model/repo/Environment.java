package org.lsst.butlerbrowser.model.repo;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The parts of the process environment that locating a repository depends on, injectable so
 * that tests never touch the real environment or home directory.
 *
 * @param variables        environment variable lookup; returns null when unset
 * @param home             the user's home directory (for {@code ~} and {@code ~/.lsst/db-auth.yaml})
 * @param workingDirectory directory that relative paths are resolved against
 */
public record Environment(Function<String, String> variables, Path home, Path workingDirectory) {

    public Environment {
        Objects.requireNonNull(variables, "variables");
        home = home.toAbsolutePath().normalize();
        workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    /** The real environment of this process. */
    public static Environment system() {
        return new Environment(System::getenv, Path.of(System.getProperty("user.home")),
                Path.of(System.getProperty("user.dir")));
    }

    public static Environment of(Map<String, String> variables, Path home, Path workingDirectory) {
        Map<String, String> copy = Map.copyOf(variables);
        return new Environment(copy::get, home, workingDirectory);
    }

    /** The variable's value; an empty value counts as unset, as in the Python tools. */
    public Optional<String> variable(String name) {
        return Optional.ofNullable(variables.apply(name)).filter(v -> !v.isEmpty());
    }

    /**
     * A local path from a plain path (with optional leading {@code ~}) or a {@code file:} URI,
     * made absolute against the working directory.
     */
    public Path path(String pathOrFileUri) {
        try {
            Path p;
            if (pathOrFileUri.regionMatches(true, 0, "file:", 0, 5)) {
                p = fromFileUri(pathOrFileUri);
            } else if (pathOrFileUri.equals("~")) {
                p = home;
            } else if (pathOrFileUri.startsWith("~/")) {
                p = home.resolve(pathOrFileUri.substring(2));
            } else {
                p = Path.of(pathOrFileUri);
            }
            return workingDirectory.resolve(p).normalize();
        } catch (IllegalArgumentException e) { // includes InvalidPathException
            throw new RepoException("'" + pathOrFileUri + "' is not a valid local path or file: URI");
        }
    }

    /** A {@code file:} URI as a path; throws IllegalArgumentException if it is not a usable one. */
    static Path fromFileUri(String text) {
        // file://localhost/x is the same file as file:///x, but java.net.URI calls localhost an authority.
        String normalized = text.replaceFirst("(?i)^file://localhost/", "file:///");
        URI uri = URI.create(normalized.replace(" ", "%20"));
        return Path.of(uri);
    }
}
