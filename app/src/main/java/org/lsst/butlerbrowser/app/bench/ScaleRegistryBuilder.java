package org.lsst.butlerbrowser.app.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sqlite.SQLiteConfig;

/**
 * Builds a scale registry: copies the rc2 fixture (database and butler.yaml) into an output
 * directory, opens that copy read-write and adds visits, collections and datasets through batched
 * prepared statements, then ANALYZEs and verifies it. The fixture itself is only ever read by the
 * file copy. An existing registry with a marker for the same spec is reused.
 */
final class ScaleRegistryBuilder {

    static final String DATABASE = "gen3.sqlite3";
    static final String CONFIG = "butler.yaml";

    private final Path fixture;
    private final Path out;
    private final ScaleSpec spec;
    private final PrintWriter log;

    ScaleRegistryBuilder(Path fixture, Path out, ScaleSpec spec, PrintWriter log) {
        this.fixture = fixture;
        this.out = out;
        this.spec = spec;
        this.log = log;
    }

    /** The marker of a usable registry in the output directory, building one first if needed. */
    ScaleMarker ensure(boolean rebuild) throws IOException, SQLException {
        ScaleMarker existing = ScaleMarker.read(out);
        if (!rebuild && existing != null && existing.spec().equals(spec) && Files.isRegularFile(out.resolve(DATABASE))) {
            log.printf("reusing the scale registry in %s (built %s in %.1f s; --rebuild to build again)%n",
                    out, existing.builtAt(), existing.totalSeconds());
            return existing;
        }
        return build();
    }

    private ScaleMarker build() throws IOException, SQLException {
        log.printf("building a scale registry in %s: %,d visits, %,d detector regions, %,d datasets in %d runs%n",
                out, spec.visits(), spec.detectorRegions(), spec.datasets(), spec.processingRuns() + 1);
        log.flush();
        Instant started = Instant.now();
        Phases phases = new Phases();
        Files.createDirectories(out);
        if (Files.isSameFile(out, fixture)) {
            throw new IOException("the output directory " + out + " is the fixture itself; choose another --out");
        }
        Files.deleteIfExists(out.resolve(ScaleMarker.FILE));
        Path db = out.resolve(DATABASE);
        Files.copy(fixture.resolve(DATABASE), db, StandardCopyOption.REPLACE_EXISTING);
        Files.copy(fixture.resolve(CONFIG), out.resolve(CONFIG), StandardCopyOption.REPLACE_EXISTING);
        if (!db.toFile().setWritable(true, true)) {
            throw new IOException("cannot make the copy " + db + " writable");
        }
        phases.done("copy fixture");
        FixtureFacts facts;
        try (Connection c = openForWriting(db)) {
            facts = FixtureFacts.read(c, spec.detectors());
            c.setAutoCommit(false);
            VisitsWriter visits = new VisitsWriter(spec, facts);
            visits.write(c);
            c.commit();
            phases.done("visits + detector regions");
            CollectionsWriter.RunIds runs = new CollectionsWriter(new CollectionPlan(spec), facts).write(c);
            c.commit();
            phases.done("collections");
            new DatasetsWriter(spec, facts, visits).write(c, runs, started.toEpochMilli());
            c.commit();
            phases.done("datasets + tags");
            c.setAutoCommit(true);
            try (Statement st = c.createStatement()) {
                st.execute("ANALYZE");
            }
            phases.done("ANALYZE");
        }
        new ScaleVerifier(spec, facts).verify(out);
        phases.done("verify");
        ScaleMarker marker = new ScaleMarker(spec, started, phases.seconds);
        marker.write(out);
        log.printf("built and verified in %.1f s (%s)%n", marker.totalSeconds(), marker.describePhases());
        return marker;
    }

    /**
     * Our own generated copy, so durability is worth nothing: no journal, no fsync, foreign keys
     * checked once at the end (PRAGMA foreign_key_check) rather than per row.
     */
    private static Connection openForWriting(Path db) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.OFF);
        config.setSynchronous(SQLiteConfig.SynchronousMode.OFF);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.setCacheSize(-512 * 1024); // KiB: keep the growing indexes in memory
        config.enforceForeignKeys(false);
        return config.createConnection("jdbc:sqlite:" + db.toAbsolutePath());
    }

    /** Wall time per build phase. */
    private static final class Phases {
        final Map<String, Double> seconds = new LinkedHashMap<>();
        private long mark = System.nanoTime();

        void done(String phase) {
            long now = System.nanoTime();
            seconds.put(phase, (now - mark) / 1e9);
            mark = now;
        }
    }
}
