package org.lsst.butlerbrowser.app.bench;

import java.nio.file.Path;
import org.lsst.butlerbrowser.model.tap.Cancellation;
import org.lsst.butlerbrowser.model.tap.TapProgress;
import org.lsst.butlerbrowser.model.tap.TapResult;

/**
 * Reads one table file and prints its row count: what the TAP benchmark runs in a JVM whose heap is
 * capped (-Xmx400m) to show that a million ObsCore rows fit, reading included. Exits 1 when they do not.
 */
public final class HeapCheck {

    private HeapCheck() {
    }

    public static void main(String[] args) {
        try {
            System.out.println(TapResult.read(Path.of(args[0]), TapProgress.NONE, Cancellation.none()).rowCount());
        } catch (OutOfMemoryError e) {
            System.out.println("OutOfMemoryError");
            System.exit(1);
        }
    }
}
