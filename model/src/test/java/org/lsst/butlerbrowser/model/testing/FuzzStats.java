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
 * Counts, per parser, the inputs {@link ParserContract} checked and how they ended, and per property
 * the tries {@link Properties} ran; writes both tables to {@code target/fuzz-stats/} when the test
 * JVM exits: what scripts/fuzz.sh reports.
 */
final class FuzzStats {

    private static final Map<String, Counts> COUNTS = new ConcurrentHashMap<>();
    /** Per property: tries run, and nanoseconds spent (generation and checks included). */
    private static final Map<String, long[]> TRIES = new ConcurrentHashMap<>();

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

    static void property(String name, long tries, long nanos) {
        TRIES.merge(name, new long[] {tries, nanos}, (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
    }

    private static void write() {
        writeParsers();
        writeProperties();
    }

    private static void writeProperties() {
        if (TRIES.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add("property\ttries\tseconds");
        TRIES.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> lines.add(String.format(Locale.ROOT,
                "%s\t%d\t%.1f", e.getKey(), e.getValue()[0], e.getValue()[1] / 1e9)));
        write("properties", lines);
    }

    private static void writeParsers() {
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
        write("parsers", lines);
    }

    private static void write(String table, List<String> lines) {
        try {
            // One file per table and test JVM (scripts/fuzz.sh runs two side by side and merges them).
            Path file = Path.of("target", "fuzz-stats", table + "-" + ProcessHandle.current().pid() + ".tsv");
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, lines);
        } catch (IOException e) {
            System.err.println("could not write the fuzz statistics: " + e);
        }
    }
}
