package org.lsst.butlerbrowser.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lsst.butlerbrowser.app.SharedFixtures;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A small run of the load benchmark's open-and-close cycles in the real window on Monocle: ten
 * registries and ten TAP results opened, used and closed leave the heap after GC within 10% of its
 * baseline and no thread, registry file or socket behind; the FX watchdog watched throughout (its
 * waits are figures for the benchmark, not asserted here).
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
        assertTrue(Math.abs(leaks.heapChange()) <= LoadFigures.HEAP_TOLERANCE, () -> String.format(
                "heap after GC went from %,d to %,d bytes", leaks.baselineHeap(), leaks.endHeap()));
        assertEquals(java.util.List.of(), leaks.newThreads(), "threads left by the closed tabs");
        assertEquals(0, leaks.registryFiles(), "file descriptors still open on the demo registry");
        assertTrue(leaks.socketsAfter() <= leaks.socketsBefore(), () -> "sockets open: " + leaks.socketsBefore() + " before, "
                + leaks.socketsAfter() + " after");
        assertTrue(leaks.none());
        // the watchdog's smoke check: it ran its probes through every step
        assertEquals(3, figures.steps().size());
        figures.steps().forEach(s -> assertTrue(s.probes() > 0, s.name()));
    }
}
