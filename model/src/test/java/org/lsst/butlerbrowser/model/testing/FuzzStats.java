package org.lsst.butlerbrowser.model.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts, per parser, the inputs {@link ParserContract} checked and how they ended, and writes the
 * table to {@code target/fuzz-stats/<pid>.tsv} when the test JVM exits: what scripts/fuzz.sh reports.
 */
final class FuzzStats {

    private static final Map<String, Counts> COUNTS = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(FuzzStats::write, "fuzz-stats"));
    }

    private FuzzStats() {
    }

    private static final class Counts {
        long inputs;
        long accepted;
        long nanos;
        long maxNanos;
        long maxAllocated;
        final long firstSeen = System.nanoTime();
        long lastSeen = firstSeen;
    }

    static void record(String parser, boolean accepted, long nanos, long allocated) {
        Counts c = COUNTS.computeIfAbsent(parser, p -> new Counts());
        synchronized (c) {
            c.inputs++;
            c.accepted += accepted ? 1 : 0;
            c.nanos += nanos;
            c.maxNanos = Math.max(c.maxNanos, nanos);
            c.maxAllocated = Math.max(c.maxAllocated, allocated);
            c.lastSeen = System.nanoTime();
        }
    }

    private static void write() {
        if (COUNTS.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add("parser\tinputs\taccepted\trefused\tparse_s\twall_s\tslowest_ms\tmax_alloc_mb");
        COUNTS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Counts c = e.getValue();
            synchronized (c) {
                lines.add(String.format(Locale.ROOT, "%s\t%d\t%d\t%d\t%.1f\t%.1f\t%.1f\t%.1f", e.getKey(), c.inputs,
                        c.accepted, c.inputs - c.accepted, c.nanos / 1e9, (c.lastSeen - c.firstSeen) / 1e9,
                        c.maxNanos / 1e6, c.maxAllocated / 1048576.0));
            }
        });
        try {
            // One file per test JVM (scripts/fuzz.sh runs two side by side and merges them).
            Path file = Path.of("target", "fuzz-stats", ProcessHandle.current().pid() + ".tsv");
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, lines);
        } catch (IOException e) {
            System.err.println("could not write the fuzz statistics: " + e);
        }
    }
}
