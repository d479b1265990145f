package org.lsst.butlerbrowser.app.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The file that says a scale registry is complete and verified, written last: what was built and
 * how long each phase took. Without it (an interrupted build) the registry is rebuilt.
 *
 * @param phases seconds per build phase, in order
 */
record ScaleMarker(ScaleSpec spec, Instant builtAt, Map<String, Double> phases) {

    static final String FILE = "scale-registry.properties";
    private static final String PHASE = "phase.";

    double totalSeconds() {
        return phases.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** E.g. "copy fixture 0.0 s, visits + detector regions 2.2 s, ...". */
    String describePhases() {
        return phases.entrySet().stream().map(e -> String.format(Locale.ROOT, "%s %.1f s", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }

    void write(Path dir) throws IOException {
        Properties p = spec.toProperties();
        p.setProperty("builtAt", builtAt.toString());
        StringBuilder order = new StringBuilder();
        phases.forEach((name, seconds) -> {
            p.setProperty(PHASE + name, String.format(Locale.ROOT, "%.3f", seconds));
            order.append(order.length() == 0 ? "" : ",").append(name);
        });
        p.setProperty("phases", order.toString());
        try (Writer w = Files.newBufferedWriter(dir.resolve(FILE))) {
            p.store(w, "Butler Browser scale registry: complete and verified");
        }
    }

    /** The marker in dir, or null when there is none (never built, or the build did not finish). */
    static ScaleMarker read(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        }
        Map<String, Double> phases = new LinkedHashMap<>();
        for (String name : p.getProperty("phases", "").split(",")) {
            if (!name.isEmpty()) {
                phases.put(name, Double.parseDouble(p.getProperty(PHASE + name)));
            }
        }
        return new ScaleMarker(ScaleSpec.fromProperties(p), Instant.parse(p.getProperty("builtAt")), phases);
    }
}
