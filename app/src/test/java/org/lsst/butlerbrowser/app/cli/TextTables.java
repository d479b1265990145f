package org.lsst.butlerbrowser.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the fixed-width tables the butler command line prints (and ours): a header line, a line of
 * dashes whose runs give the column spans, then rows up to a blank line. Several tables may follow
 * one another.
 */
final class TextTables {

    private TextTables() {
    }

    /** Every row of every table, as header → cell; collection names keep their tree indentation. */
    static List<Map<String, String>> rows(String text) {
        List<Map<String, String>> rows = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].startsWith("-") || !lines[i].matches("[- ]+")) {
                continue;
            }
            List<int[]> spans = spans(lines[i]);
            List<String> headers = new ArrayList<>();
            for (int[] s : spans) {
                headers.add(cell(lines[i - 1], s, true));
            }
            int j = i + 1;
            for (; j < lines.length && !lines[j].isBlank(); j++) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int k = 0; k < spans.size(); k++) {
                    // Collection trees indent names; elsewhere alignment padding means nothing.
                    row.put(headers.get(k), cell(lines[j], spans.get(k), !headers.get(k).equals("Name")));
                }
                rows.add(row);
            }
            i = j;
        }
        return rows;
    }

    private static List<int[]> spans(String dashes) {
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < dashes.length()) {
            if (dashes.charAt(i) == '-') {
                int start = i;
                while (i < dashes.length() && dashes.charAt(i) == '-') {
                    i++;
                }
                spans.add(new int[] {start, i});
            } else {
                i++;
            }
        }
        // The last column may hold longer values than its dashes when a line is not padded.
        spans.get(spans.size() - 1)[1] = Integer.MAX_VALUE;
        return spans;
    }

    private static String cell(String line, int[] span, boolean strip) {
        if (span[0] >= line.length()) {
            return "";
        }
        String s = line.substring(span[0], Math.min(line.length(), span[1]));
        return strip ? s.strip() : s.stripTrailing();
    }
}
