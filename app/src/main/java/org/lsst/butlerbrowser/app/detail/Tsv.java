package org.lsst.butlerbrowser.app.detail;

import java.util.List;
import java.util.stream.Collectors;

/** Tab-separated text for pasting into spreadsheets: empty cells for missing values, no tabs inside cells. */
public final class Tsv {

    private Tsv() {
    }

    public static String of(List<String> headers, List<List<Object>> rows) {
        StringBuilder sb = new StringBuilder(line(List.copyOf(headers))).append('\n');
        rows.forEach(r -> sb.append(line(r)).append('\n'));
        return sb.toString();
    }

    private static String line(List<?> cells) {
        return cells.stream()
                .map(c -> c == null ? "" : c.toString().replace('\t', ' ').replace('\n', ' ').replace('\r', ' '))
                .collect(Collectors.joining("\t"));
    }
}
