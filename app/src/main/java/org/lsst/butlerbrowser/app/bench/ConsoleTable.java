package org.lsst.butlerbrowser.app.bench;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Prints rows as aligned columns for the terminal: figures to the right, words to the left. */
final class ConsoleTable {

    private ConsoleTable() {
    }

    /** The first row is the header, underlined with dashes. */
    static void print(List<List<String>> rows, PrintWriter out) {
        int[] width = new int[rows.get(0).size()];
        for (List<String> r : rows) {
            for (int i = 0; i < width.length; i++) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        for (int n = 0; n < rows.size(); n++) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < width.length; i++) {
                String cell = rows.get(n).get(i);
                String pad = " ".repeat(width[i] - cell.length());
                line.append(i == 0 ? "" : "  ").append(cell.matches("[0-9][0-9.,]*×?") ? pad + cell : cell + pad);
            }
            out.println(line.toString().stripTrailing());
            if (n == 0) {
                out.println(Arrays.stream(width).mapToObj("-"::repeat).collect(Collectors.joining("  ")));
            }
        }
    }
}
