package org.lsst.butlerbrowser.app.bench;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** The benchmark's thread asking the JavaFX thread, where the window may be read and clicked. */
final class Fx {

    private static final long CALL_TIMEOUT_S = 60;
    private static final long POLL_MS = 20;

    private Fx() {
    }

    /** Runs {@code work} on the FX thread and returns its result. */
    static <T> T call(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        try {
            return task.get(CALL_TIMEOUT_S, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    static void run(Runnable work) throws Exception {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** Waits until {@code condition}, checked on the FX thread, holds; fails naming {@code what} after the timeout. */
    static void await(Callable<Boolean> condition, long timeoutMs, String what) throws Exception {
        long end = System.nanoTime() + timeoutMs * 1_000_000;
        while (!call(condition)) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("gave up after " + timeoutMs / 1000 + " s waiting for " + what);
            }
            Thread.sleep(POLL_MS);
        }
    }
}
