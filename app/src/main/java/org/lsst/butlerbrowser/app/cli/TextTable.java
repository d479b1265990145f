package org.lsst.butlerbrowser.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A fixed-width table in the style the butler command line prints (astropy's): a header, a row of
 * dashes per column, then the rows; numbers right-aligned, text left-aligned.
 */
final class TextTable {

    private final List<String> headers;
    private final List<String[]> rows = new ArrayList<>();
    private final boolean[] rightAligned;

    TextTable(List<String> headers) {
        this.headers = headers;
        this.rightAligned = new boolean[headers.size()];
    }

    /** Adds a row; a column whose values are all numbers (or None) is right-aligned. */
    void add(List<Object> values) {
        String[] cells = new String[headers.size()];
        for (int i = 0; i < cells.length; i++) {
            Object v = i < values.size() ? values.get(i) : null;
            cells[i] = v instanceof Cell c ? c.text() : Values.text(v);
            if (rows.isEmpty()) {
                rightAligned[i] = v instanceof Number;
            } else if (!(v instanceof Number) && v != null) {
                rightAligned[i] = false;
            }
        }
        rows.add(cells);
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void print(PrintWriter out) {
        int[] width = new int[headers.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = headers.get(i).length();
            for (String[] r : rows) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        StringBuilder header = new StringBuilder();
        StringBuilder dashes = new StringBuilder();
        for (int i = 0; i < width.length; i++) {
            String sep = i == 0 ? "" : " ";
            header.append(sep).append(center(headers.get(i), width[i]));
            dashes.append(sep).append("-".repeat(width[i]));
        }
        out.println(header.toString().stripTrailing());
        out.println(dashes);
        StringBuilder line = new StringBuilder();
        for (String[] r : rows) {
            line.setLength(0);
            for (int i = 0; i < width.length; i++) {
                line.append(i == 0 ? "" : " ");
                String pad = " ".repeat(width[i] - r[i].length());
                line.append(rightAligned[i] ? pad + r[i] : r[i] + pad);
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static String center(String s, int width) {
        int left = (width - s.length()) / 2;
        return " ".repeat(left) + s + " ".repeat(width - s.length() - left);
    }

    /** A value already formatted, e.g. an indented collection name. */
    record Cell(String text) {
    }
}
