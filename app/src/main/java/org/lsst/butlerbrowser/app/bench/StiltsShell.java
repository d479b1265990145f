package org.lsst.butlerbrowser.app.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * STILTS on the command line, the floor the TAP reading is compared with: {@code stilts tpipe
 * in=SOURCE ifmt=votable omode=count} reads and stores every cell with the same library (STIL) and
 * prints the counts. A floor is its wall time less that of the same command on a one-row VOTable
 * run right after it, so the JVM's start and STIL's class loading do not count against it.
 */
final class StiltsShell {

    private static final Pattern ROWS = Pattern.compile("rows:\\s*([0-9]+)");

    private final String executable;
    private final Path tinyTable;

    /** @param tinyTable the one-row table of {@link #baselineOnce}; null for a shell that only plots */
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

    /** One run: its wall time and the rows STILTS counted. */
    record Run(double ms, long rows) {
    }

    /** Reads {@code source} (a file or a URL) once. */
    Run once(String source) throws IOException, InterruptedException {
        List<String> command = List.of(executable, "tpipe", "in=" + source, "ifmt=votable", "omode=count");
        long start = System.nanoTime();
        String out = output(command);
        double ms = (System.nanoTime() - start) / 1e6;
        Matcher m = ROWS.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("stilts printed no row count for " + source + ": " + out.strip());
        }
        return new Run(ms, Long.parseLong(m.group(1)));
    }

    /**
     * The wall time in ms of {@code plot2sky} filling every footprint of a CSV's STC-S {@code s_region}
     * column into a PNG (Hammer-Aitoff, the whole sky): the sky benchmark's yardstick.
     */
    double plotSky(Path csv, Path png, int width, int height) throws IOException, InterruptedException {
        List<String> command = List.of(executable, "plot2sky", "in=" + csv, "ifmt=csv", "layer1=area", "area1=s_region",
                "areatype1=STC-S", "polymode1=fill", "projection=aitoff", "xpix=" + width, "ypix=" + height, "out=" + png);
        long start = System.nanoTime();
        output(command);
        double ms = (System.nanoTime() - start) / 1e6;
        if (!java.nio.file.Files.isRegularFile(png)) {
            throw new IllegalStateException("stilts plot2sky wrote no " + png);
        }
        return ms;
    }

    /** Reads the one-row table once: what is subtracted from the run just before it. */
    Run baselineOnce() throws IOException, InterruptedException {
        return once(tinyTable.toString());
    }

    private String output(List<String> command) throws IOException, InterruptedException {
        return ToolOutput.of(command, "install the Debian package stilts or pass --stilts PATH");
    }
}
