package org.lsst.butlerbrowser.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.scene.text.Text;

/**
 * The width a table column needs for its title and a sample of its values. Only the longest few texts
 * are laid out: a text's width follows its length closely enough, and laying out every sampled text
 * (Bidi analysis and glyph runs each time) took most of the FX thread's time in making a 24-column
 * table.
 */
final class ColumnWidth {

    /** How many of the longest distinct texts are measured: a few, for texts of wide letters. */
    private static final int LONGEST = 4;
    private static final double MIN = 48;
    private static final double MAX = 420;

    private final Text probe = new Text();

    /** The width for a column with this title and these texts: room for the title and its sort arrow, within bounds. */
    double of(String title, List<String> texts) {
        double width = measure(title) + 30;
        for (String text : longest(texts)) {
            width = Math.max(width, measure(text) + 20);
        }
        return Math.min(MAX, Math.max(MIN, Math.ceil(width)));
    }

    private static List<String> longest(List<String> texts) {
        List<String> kept = new ArrayList<>(LONGEST + 1);
        Comparator<String> byLength = Comparator.comparingInt(String::length);
        for (String text : texts) {
            if (kept.contains(text) || kept.size() == LONGEST && text.length() <= kept.get(LONGEST - 1).length()) {
                continue;
            }
            kept.add(text);
            kept.sort(byLength.reversed());
            if (kept.size() > LONGEST) {
                kept.remove(LONGEST);
            }
        }
        return kept;
    }

    private double measure(String text) {
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }
}
