package org.lsst.butlerbrowser.model.registry;

import java.util.HashMap;
import java.util.Map;

/**
 * One copy of each text a query's rows repeat (instrument, band, physical filter: a few values
 * over a million rows), instead of a new string per row from the driver. Only the first
 * {@value #MAX} different texts are kept, so that a column of unique names costs no more than a lookup.
 */
final class RepeatedText {

    static final int MAX = 4096;

    private final Map<String, String> seen = new HashMap<>();

    /** The one copy of {@code text} (null stays null). */
    String of(String text) {
        if (text == null) {
            return null;
        }
        String kept = seen.get(text);
        if (kept != null) {
            return kept;
        }
        if (seen.size() < MAX) {
            seen.put(text, text);
        }
        return text;
    }
}
