package org.lsst.butlerbrowser.app.bench;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.IntPredicate;

/** The pieces every generated section of docs/benchmarks.md shares: where it was measured, and the table. */
final class MarkdownReport {

    private MarkdownReport() {
    }

    /**
     * "Measured on DATE (UTC) with `command`." and the machine table: the host's rows, then the rows
     * {@code more} names (name, value, name, value, ...), then a blank line.
     */
    static String measuredOn(String command, Host host, String... more) {
        StringBuilder md = new StringBuilder("Measured on ").append(LocalDate.now(ZoneOffset.UTC)).append(" (UTC) with `")
                .append(command).append("`.\n\n| machine | |\n| --- | --- |\n").append(host.markdownRows());
        for (int i = 0; i + 1 < more.length; i += 2) {
            md.append("| ").append(more[i]).append(" | ").append(more[i + 1]).append(" |\n");
        }
        return md.append('\n').toString();
    }

    /** The rows as a Markdown table, the first row its header; the columns {@code rightAligned} picks are right-aligned. */
    static String table(List<List<String>> rows, IntPredicate rightAligned) {
        StringBuilder md = new StringBuilder("| ").append(String.join(" | ", rows.get(0))).append(" |\n|");
        for (int i = 0; i < rows.get(0).size(); i++) {
            md.append(rightAligned.test(i) ? " ---: |" : " --- |");
        }
        md.append('\n');
        rows.subList(1, rows.size()).forEach(r -> md.append("| ").append(String.join(" | ", r)).append(" |\n"));
        return md.toString();
    }
}
