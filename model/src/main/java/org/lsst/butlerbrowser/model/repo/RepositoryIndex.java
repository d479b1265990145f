package org.lsst.butlerbrowser.model.repo;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.lsst.butlerbrowser.model.text.UntrustedText;

/**
 * daf_butler's repository index: labels such as {@code dp02} mapped to repository URIs, read from
 * the file named by {@code DAF_BUTLER_REPOSITORY_INDEX} (a path or {@code file:} URI, YAML or
 * JSON) or from the same content inline in {@code DAF_BUTLER_REPOSITORIES}. Setting both is an
 * error, as in daf_butler.
 */
public final class RepositoryIndex {

    public static final String INDEX_VARIABLE = "DAF_BUTLER_REPOSITORY_INDEX";
    public static final String INLINE_VARIABLE = "DAF_BUTLER_REPOSITORIES";

    private final boolean configured;
    private final SortedMap<String, String> labels;

    private RepositoryIndex(boolean configured, Map<String, String> labels) {
        this.configured = configured;
        this.labels = Collections.unmodifiableSortedMap(new TreeMap<>(labels));
    }

    /** The index {@code env} configures; an unconfigured, empty index when neither variable is set. */
    public static RepositoryIndex fromEnvironment(Environment env) {
        Optional<String> indexUri = env.variable(INDEX_VARIABLE);
        Optional<String> inline = env.variable(INLINE_VARIABLE);
        if (indexUri.isPresent() && inline.isPresent()) {
            throw new RepoException("only one of the environment variables " + INLINE_VARIABLE + " and "
                    + INDEX_VARIABLE + " may be set");
        }
        if (inline.isPresent()) {
            String source = "the " + INLINE_VARIABLE + " variable";
            String text = inline.get().strip();
            // Inline JSON goes to the JSON parser because tab-indented JSON is not YAML.
            Object parsed = text.startsWith("{")
                    ? ConfigLoader.parseJson(text, source, ConfigLoader.Detail.FULL)
                    : ConfigLoader.parseYaml(text, source, ConfigLoader.Detail.FULL);
            return new RepositoryIndex(true, validate(parsed, source));
        }
        if (indexUri.isPresent()) {
            String uri = indexUri.get();
            if (uri.matches("^[A-Za-z][A-Za-z0-9+.-]+:.*") && !uri.regionMatches(true, 0, "file:", 0, 5)) {
                throw new RepoException(INDEX_VARIABLE + " names " + uri
                        + ", but only a local repository index file is supported");
            }
            Path file = env.path(uri);
            String source = "repository index " + file;
            return new RepositoryIndex(true, validate(new ConfigLoader().readFile(file, ConfigLoader.Detail.FULL), source));
        }
        return new RepositoryIndex(false, Map.of());
    }

    /** Whether either variable is set. */
    public boolean isConfigured() {
        return configured;
    }

    public SortedSet<String> labels() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(labels.keySet()));
    }

    /** The URI (or path) the label stands for. */
    public Optional<String> uriFor(String label) {
        return Optional.ofNullable(labels.get(label));
    }

    /** daf_butler validates the index as {@code dict[str, str]}: a flat mapping of strings. */
    private static Map<String, String> validate(Object parsed, String source) {
        if (parsed == null) {
            return Map.of(); // an empty file is an empty index
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new RepoException(source + " is not a mapping of repository labels to URIs");
        }
        Map<String, String> labels = new TreeMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String label) || !(e.getValue() instanceof String uri)) {
                throw new RepoException(source + " maps '" + UntrustedText.quote(String.valueOf(e.getKey()), 80)
                        + "' to something other than a URI string");
            }
            labels.put(label, uri);
        }
        return labels;
    }
}
