package org.lsst.butlerbrowser.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The computer and JVM the figures come from: enough to tell whether another machine's are comparable. */
record Host(String cpu, int cores, String memory, String os, String java) {

    static Host describe() throws IOException {
        String cpu = procLine("/proc/cpuinfo", "model name").orElse(System.getProperty("os.arch"));
        String memory = procLine("/proc/meminfo", "MemTotal")
                .map(v -> String.format("%.1f GiB", Long.parseLong(v.replace("kB", "").trim()) / 1024.0 / 1024.0))
                .orElse(String.format("%.1f GiB (JVM max heap)", Runtime.getRuntime().maxMemory() / 1024.0 / 1024 / 1024));
        String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch");
        String java = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB";
        return new Host(cpu, Runtime.getRuntime().availableProcessors(), memory, os, java);
    }

    /** The rows of a report's machine table that describe the host. */
    String markdownRows() {
        return "| CPU | " + cpu + ", " + cores + " cores available to the JVM |\n"
                + "| memory | " + memory + " |\n"
                + "| OS | " + os + " |\n"
                + "| Java | " + java + " |\n";
    }

    /**
     * The 1-, 5- and 15-minute load averages: other work on the machine skews every figure, so the
     * reports show how busy it was before and after the timing.
     */
    static String loadAverage() throws IOException {
        Path path = Path.of("/proc/loadavg");
        if (!Files.isReadable(path)) {
            return "unknown";
        }
        String[] fields = Files.readString(path).trim().split("\\s+");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }

    /** The value of the first "key : value" line starting with key in a /proc file (Linux only). */
    private static Optional<String> procLine(String file, String key) throws IOException {
        Path path = Path.of(file);
        if (!Files.isReadable(path)) {
            return Optional.empty();
        }
        try (var lines = Files.lines(path)) {
            return lines.filter(l -> l.startsWith(key)).findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim());
        }
    }
}
