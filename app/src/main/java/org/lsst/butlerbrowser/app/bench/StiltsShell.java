package org.lsst.butlerbrowser.app.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * STILTS on the command line, the floor the TAP reading is compared with: {@code stilts tpipe
 * in=SOURCE ifmt=votable omode=count} reads and stores every cell with the same library (STIL) and
 * prints the counts. A floor is its wall time less that of the same command on a one-row VOTable,
 * so the JVM's start and STIL's class loading do not count against it.
 */
final class StiltsShell {

    private static final Pattern ROWS = Pattern.compile("rows:\\s*([0-9]+)");

    private final String executable;
    private final Path tinyTable;
    private Timing baseline;

    StiltsShell(String executable, Path tinyTable) {
        this.executable = executable;
        this.tinyTable = tinyTable;
    }

    /** "STILTS 3.4.7-debian (STIL 4.1.3-debian)". */
    String version() throws IOException, InterruptedException {
        String text = output(List.of(executable, "-version"));
        Matcher stilts = Pattern.compile("STILTS version (\\S+)").matcher(text);
        Matcher stil = Pattern.compile("STIL version (\\S+)").matcher(text);
        return "STILTS " + (stilts.find() ? stilts.group(1) : "?") + " (STIL " + (stil.find() ? stil.group(1) : "?") + ")";
    }

    /** The one-row run subtracted from every floor; measured with the first floor. */
    Timing baseline() {
        return baseline;
    }

    /** The floor for reading {@code source} (a file or a URL): median and minimum, and the rows STILTS counted. */
    Timing count(String source, int warmups, int runs) throws Exception {
        if (baseline == null) {
            baseline = measure(tinyTable.toString(), warmups, runs);
        }
        return measure(source, warmups, runs).minus(baseline);
    }

    private Timing measure(String source, int warmups, int runs) throws Exception {
        List<String> command = List.of(executable, "tpipe", "in=" + source, "ifmt=votable", "omode=count");
        long[] rows = {0};
        Timing t = Timing.measure(warmups, runs, () -> {
            String out = output(command);
            Matcher m = ROWS.matcher(out);
            if (!m.find()) {
                throw new IllegalStateException("stilts printed no row count for " + source + ": " + out.strip());
            }
            rows[0] = Long.parseLong(m.group(1));
            return rows[0];
        });
        return new Timing(t.medianMs(), t.minMs(), rows[0]);
    }

    private String output(List<String> command) throws IOException, InterruptedException {
        return ToolOutput.of(command, "install the Debian package stilts or pass --stilts PATH");
    }
}
