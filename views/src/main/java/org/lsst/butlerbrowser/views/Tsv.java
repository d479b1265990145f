package org.lsst.butlerbrowser.views;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Tab-separated text as spreadsheets paste it: one line per row, a tab between cells. Tabs and line
 * breaks inside a value become spaces, because TSV has no quoting that every program understands.
 */
public final class Tsv {

    private Tsv() {
    }

    public static String of(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder(line(header));
        rows.forEach(r -> out.append(line(r)));
        return out.toString();
    }

    private static String line(List<String> cells) {
        return cells.stream().map(Tsv::clean).collect(Collectors.joining("\t")) + "\n";
    }

    private static String clean(String cell) {
        return cell == null ? "" : cell.replaceAll("[\\t\\r\\n]+", " ");
    }
}
