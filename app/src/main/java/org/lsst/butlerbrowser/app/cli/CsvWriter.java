package org.lsst.butlerbrowser.app.cli;

import java.io.PrintWriter;
import java.util.List;

/** RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled. */
final class CsvWriter {

    private final PrintWriter out;

    CsvWriter(PrintWriter out) {
        this.out = out;
    }

    void row(List<?> values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            Object v = values.get(i);
            String s = v == null ? "" : v instanceof Double d ? Values.python(d) : v.toString();
            if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                s = '"' + s.replace("\"", "\"\"") + '"';
            }
            sb.append(s);
        }
        out.print(sb);
        out.print("\r\n");
    }
}
