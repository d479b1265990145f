package org.lsst.butlerbrowser.app;

import java.util.Arrays;
import org.lsst.butlerbrowser.app.cli.Cli;

/**
 * Entry point of the jar. It does not extend {@code Application}, so {@code java -jar} works with
 * JavaFX on the class path: no arguments open the window on the demo registry, a subcommand runs
 * headless without starting JavaFX at all.
 */
public final class Launcher {

    private static final String NO_DISPLAY = "Butler Browser needs a graphical display to open its window"
            + " (DISPLAY is not set); run a subcommand such as 'query-collections REPO' to work without one,"
            + " or '--help' to list them.";

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("gui")) {
            String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
            if (!displayAvailable()) {
                System.err.println(NO_DISPLAY);
                System.exit(2);
            }
            try {
                ButlerBrowserApp.launchWith(rest);
            } catch (UnsupportedOperationException e) {
                // GTK could not connect to the display that DISPLAY names
                System.err.println("Butler Browser could not open its window: " + e.getMessage() + ".");
                System.exit(2);
            }
            return;
        }
        System.exit(Cli.run(args));
    }

    /** On Linux the GTK toolkit needs an X11 or Wayland display, unless another glass platform is chosen. */
    private static boolean displayAvailable() {
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")
                || System.getProperty("glass.platform") != null) {
            return true;
        }
        return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
