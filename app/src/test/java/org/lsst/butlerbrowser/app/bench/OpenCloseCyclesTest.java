package org.lsst.butlerbrowser.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lsst.butlerbrowser.app.SharedFixtures;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A small run of the load benchmark's open-and-close cycles in the real window on Monocle: ten
 * registries and ten TAP results opened, used and closed leave no screens of theirs reachable (weak
 * references to each closed tab's content, cleared by the collections), no TAP result, session, result model,
 * HTTP client, registry database or pool of a closed tab alive (the live class histogram), no
 * thread, registry file or socket behind, and the heap after GC back within ±10% of the baseline
 * (this JVM clears soft references at every collection, app/pom.xml); the FX watchdog watched
 * throughout.
 */
@ExtendWith(ApplicationExtension.class)
class OpenCloseCyclesTest {

    private static final int CYCLES = 10;

    @TempDir
    Path samples;

    @Test
    void openingAndClosingRegistriesAndTapResultsLeaksNothing() throws Exception {
        LoadFigures figures = new OpenCloseCycles(CYCLES, SharedFixtures.shared(), samples,
                new PrintWriter(Writer.nullWriter())).run();

        LoadFigures.Leaks leaks = figures.leaks();
        assertEquals(CYCLES, leaks.cycles());
        assertEquals(List.of(), leaks.keptByClosedTabs(), "screens, results, sessions, HTTP clients, databases or pools of closed tabs");
        assertTrue(Math.abs(leaks.heapChange()) <= LoadFigures.HEAP_TOLERANCE, () -> String.format(Locale.ROOT,
                "heap after GC %.1f MB at the baseline, %.1f MB after the cycles", leaks.baselineHeap() / 1e6,
                leaks.endHeap() / 1e6));
        assertEquals(List.of(), leaks.newThreads(), "threads left by the closed tabs");
        assertEquals(0, leaks.registryFiles(), "file descriptors still open on the demo registry");
        assertTrue(leaks.socketsAfter() <= leaks.socketsBefore(), () -> "sockets open: " + leaks.socketsBefore() + " before, "
                + leaks.socketsAfter() + " after");
        // the watchdog's smoke check: it ran its probes through every step, the window's showing and the
        // warm-up reported as start-up
        assertEquals(java.util.List.of(true, true, false, false), figures.steps().stream().map(LoadFigures.Step::startUp).toList());
        figures.steps().forEach(s -> assertTrue(s.probes() > 0, s.name()));
    }
}
