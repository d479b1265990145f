package org.lsst.butlerbrowser.app.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** What a command-line tool of the benchmark's floors (sqlite3, stilts) prints, its errors included. */
final class ToolOutput {

    private ToolOutput() {
    }

    /**
     * Runs the command and returns its output; a tool that cannot start says how to get it
     * ({@code missing}), one that fails says its first line.
     */
    static String of(List<String> command, String missing) throws IOException, InterruptedException {
        String tool = command.get(0);
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException("cannot run " + tool + " (" + missing + "): " + e.getMessage(), e);
        }
        String text;
        try (InputStream in = p.getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (p.waitFor() != 0) {
            throw new IllegalStateException(tool + " failed (exit " + p.exitValue() + "): " + text.lines().findFirst().orElse(""));
        }
        return text;
    }
}
