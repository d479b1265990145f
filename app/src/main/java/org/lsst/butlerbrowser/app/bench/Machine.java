package org.lsst.butlerbrowser.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.lsst.butlerbrowser.model.registry.Registry;

/** Where the figures were measured: enough to tell whether another machine's numbers are comparable. */
record Machine(String cpu, int cores, String memory, String os, String java, String sqliteJdbc, String sqliteShell) {

    static Machine describe(Registry registry, SqliteShell shell) throws IOException, InterruptedException, SQLException {
        String cpu = procLine("/proc/cpuinfo", "model name").orElse(System.getProperty("os.arch"));
        String memory = procLine("/proc/meminfo", "MemTotal")
                .map(v -> String.format("%.1f GiB", Long.parseLong(v.replace("kB", "").trim()) / 1024.0 / 1024.0))
                .orElse(String.format("%.1f GiB (JVM max heap)", Runtime.getRuntime().maxMemory() / 1024.0 / 1024 / 1024));
        String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch");
        String java = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB";
        String jdbc;
        try (Connection c = registry.database().connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT sqlite_version()")) {
            rs.next();
            jdbc = rs.getString(1) + " (sqlite-jdbc " + c.getMetaData().getDriverVersion() + ")";
        }
        return new Machine(cpu, Runtime.getRuntime().availableProcessors(), memory, os, java, jdbc, shell.version());
    }

    /**
     * The 1-, 5- and 15-minute load averages: other work on the machine skews every figure, so the
     * report shows how busy it was before and after the timing.
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
