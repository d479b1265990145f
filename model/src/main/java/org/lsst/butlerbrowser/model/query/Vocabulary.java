package org.lsst.butlerbrowser.model.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lsst.butlerbrowser.model.universe.DimensionElement;
import org.lsst.butlerbrowser.model.universe.DimensionUniverse;

/**
 * The words a where-expression over one registry can use, for completion as a person types:
 * dimensions, {@code element.field} names (timespans with their begin and end), ingest_date, the
 * reserved words and the functions, all derived from the registry's universe.
 */
public final class Vocabulary {

    private static final List<String> KEYWORDS = List.of("AND", "OR", "NOT", "IN", "OVERLAPS", "POINT(", "CIRCLE(");

    private final List<String> words;

    private Vocabulary(List<String> words) {
        this.words = List.copyOf(words);
    }

    public static Vocabulary of(DimensionUniverse universe) {
        List<String> words = new ArrayList<>();
        for (DimensionElement e : universe.elements()) {
            if (e.isDimension() && (!e.isSkypix() || e.name().equals(universe.commonSkypix()))) {
                words.add(e.name());
            }
        }
        for (DimensionElement e : universe.elements()) {
            if (e.isSkypix() || !e.hasTable()) {
                continue;
            }
            for (String field : e.recordFields()) {
                words.add(e.name() + "." + field);
                if (field.equals(DimensionElement.TIMESPAN)) {
                    words.add(e.name() + ".timespan.begin");
                    words.add(e.name() + ".timespan.end");
                }
            }
        }
        words.add("ingest_date");
        words.addAll(KEYWORDS);
        return new Vocabulary(words);
    }

    public List<String> words() {
        return words;
    }

    /** Where the word being typed at {@code caret} starts (identifier characters and dots). */
    public static int wordStart(String text, int caret) {
        int i = Math.min(caret, text.length());
        while (i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '_'
                || text.charAt(i - 1) == '.')) {
            i--;
        }
        return i;
    }

    /** Whether the caret is inside a quoted literal ('y', T'...'), where a value is typed, not a name. */
    private static boolean insideString(String text, int caret) {
        return text.substring(0, caret).chars().filter(c -> c == '\'').count() % 2 == 1;
    }

    /** Words starting with the one being typed (case-insensitive), at most {@code max}, shortest first. */
    public List<String> complete(String text, int caret, int max) {
        int end = Math.min(caret, text.length());
        String prefix = text.substring(wordStart(text, caret), end).toLowerCase(Locale.ROOT);
        if (prefix.isEmpty() || insideString(text, end)) {
            return List.of();
        }
        return words.stream()
                .filter(w -> w.toLowerCase(Locale.ROOT).startsWith(prefix) && w.length() > prefix.length())
                .sorted((a, b) -> a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b))
                .limit(max)
                .toList();
    }
}
