package org.lsst.butlerbrowser.app.detail;

import java.util.regex.Pattern;

/** The {@code butler} command line for an {@link EquivalentQuery}, quoted for a POSIX shell. */
public final class ButlerCommand {

    /** Words a shell takes as they are. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:@%+=,-]+");

    private ButlerCommand() {
    }

    public static String of(String repo, EquivalentQuery query) {
        if (query instanceof EquivalentQuery.Records r) {
            return "butler query-dimension-records " + word(repo) + " " + word(r.element())
                    + " --where " + doubleQuoted(r.where());
        }
        EquivalentQuery.Datasets d = (EquivalentQuery.Datasets) query;
        return "butler query-datasets " + word(repo) + " " + word(d.datasetType())
                + " --collections " + word(d.collection())
                + (d.where().isEmpty() ? "" : " --where " + doubleQuoted(d.where()))
                + (d.findFirst() ? " --find-first" : "");
    }

    /** Bare when safe, else in single quotes (a quote inside becomes '\''). */
    static String word(String text) {
        return PLAIN.matcher(text).matches() ? text : "'" + text.replace("'", "'\\''") + "'";
    }

    /** Double quotes, because where-expressions hold single-quoted strings. */
    static String doubleQuoted(String text) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\' || c == '$' || c == '`') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.append('"').toString();
    }
}
