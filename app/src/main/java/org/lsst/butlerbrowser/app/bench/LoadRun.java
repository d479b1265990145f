package org.lsst.butlerbrowser.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javafx.application.Platform;

/**
 * One load run in a JVM of its own, which the load benchmark starts with the heap capped
 * ({@code -Xmx1g}): it shows the real window, loads one answer into it, logs each step on standard
 * error and prints the figures as one JSON line on standard output; the FX thread's stack samples of
 * each step's worst wait go to files in SAMPLES_DIR. Exits 3 when the heap ran out.
 *
 * <pre>
 * LoadRun tap SAMPLES_DIR VOTABLE ROWS SHARED_DIR
 * LoadRun registry SAMPLES_DIR SCALE_REGISTRY_DIR
 * LoadRun cycles SAMPLES_DIR CYCLES SHARED_DIR
 * </pre>
 */
public final class LoadRun {

    /** What starts the line of figures on standard output. */
    static final String FIGURES = "load-figures ";
    /** The exit status -XX:+ExitOnOutOfMemoryError gives, and ours for an OutOfMemoryError Java code throws. */
    static final int OUT_OF_MEMORY = 3;

    private LoadRun() {
    }

    public static void main(String[] args) {
        PrintWriter log = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int status = 0;
        try {
            GuiBenchmark.startToolkit();
            Path samples = Path.of(args[1]);
            LoadFigures figures = switch (args[0]) {
                case "tap" -> new TapLoad(Path.of(args[2]), Long.parseLong(args[3]), Path.of(args[4]), samples, log).run();
                case "registry" -> new RegistryLoad(Path.of(args[2]), GuiScenario.SCALE, samples, log).run();
                case "cycles" -> new OpenCloseCycles(Integer.parseInt(args[2]), Path.of(args[3]), samples, log).run();
                default -> throw new IllegalArgumentException("no load run called " + args[0]);
            };
            System.out.println(FIGURES + new ObjectMapper().writeValueAsString(figures));
        } catch (OutOfMemoryError e) {
            log.println("OutOfMemoryError: " + e.getMessage());
            status = OUT_OF_MEMORY;
        } catch (Throwable e) { // any Error too: the finally's exit would otherwise report status 0
            e.printStackTrace(log);
            status = 1;
        } finally {
            System.out.flush();
            Platform.exit();
            System.exit(status);
        }
    }
}
