package org.lsst.butlerbrowser.app;

import org.lsst.butlerbrowser.app.cli.Cli;

/**
 * Entry point of the jar. It does not extend {@code Application}, so {@code java -jar} works with
 * JavaFX on the class path: no arguments open the window on the demo registry, a subcommand runs
 * headless without starting JavaFX at all.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("gui")) {
            String[] rest = args.length == 0 ? args : java.util.Arrays.copyOfRange(args, 1, args.length);
            ButlerBrowserApp.launchWith(rest);
            return;
        }
        System.exit(Cli.run(args));
    }
}
