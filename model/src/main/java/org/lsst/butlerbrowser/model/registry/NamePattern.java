package org.lsst.butlerbrowser.model.registry;

import org.lsst.butlerbrowser.model.repo.Glob;

/**
 * A collection or dataset-type name pattern as the butler command line takes it: shell-style
 * {@code *}, {@code ?} and {@code [...]}; a name without them matches only itself.
 */
public final class NamePattern {

    private final String text;
    private final Glob pattern;

    public NamePattern(String text) {
        this.text = text;
        this.pattern = hasWildcards(text) ? Glob.of(text) : null;
    }

    public static boolean hasWildcards(String text) {
        return text.indexOf('*') >= 0 || text.indexOf('?') >= 0 || text.indexOf('[') >= 0;
    }

    public boolean isExact() {
        return pattern == null;
    }

    public boolean matches(String name) {
        return pattern == null ? text.equals(name) : pattern.matches(name);
    }

    @Override
    public String toString() {
        return text;
    }
}
