package org.lsst.butlerbrowser.model.registry;

import java.util.regex.Pattern;

/**
 * A collection or dataset-type name pattern as the butler command line takes it: shell-style
 * {@code *}, {@code ?} and {@code [...]}; a name without them matches only itself.
 */
public final class CollectionGlob {

    private final String text;
    private final Pattern pattern;

    public CollectionGlob(String text) {
        this.text = text;
        this.pattern = hasWildcards(text) ? Pattern.compile(toRegex(text)) : null;
    }

    public static boolean hasWildcards(String text) {
        return text.indexOf('*') >= 0 || text.indexOf('?') >= 0 || text.indexOf('[') >= 0;
    }

    public boolean isExact() {
        return pattern == null;
    }

    public boolean matches(String name) {
        return pattern == null ? text.equals(name) : pattern.matcher(name).matches();
    }

    /** Translates like Python's fnmatch.translate: the butler CLI compiles globs the same way. */
    private static String toRegex(String glob) {
        StringBuilder re = new StringBuilder();
        int i = 0;
        while (i < glob.length()) {
            char c = glob.charAt(i++);
            switch (c) {
                case '*' -> re.append(".*");
                case '?' -> re.append('.');
                case '[' -> {
                    int j = i;
                    if (j < glob.length() && glob.charAt(j) == '!') {
                        j++;
                    }
                    if (j < glob.length() && glob.charAt(j) == ']') {
                        j++;
                    }
                    while (j < glob.length() && glob.charAt(j) != ']') {
                        j++;
                    }
                    if (j >= glob.length()) {
                        re.append("\\[");
                    } else {
                        String set = glob.substring(i, j).replace("\\", "\\\\");
                        i = j + 1;
                        if (set.startsWith("!")) {
                            set = "^" + set.substring(1);
                        } else if (set.startsWith("^")) {
                            set = "\\" + set;
                        }
                        re.append('[').append(set).append(']');
                    }
                }
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return re.toString();
    }

    @Override
    public String toString() {
        return text;
    }
}
