package org.lsst.butlerbrowser.app.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javafx.application.Platform;

/**
 * Watches the JavaFX thread for stalls, in any window test or benchmark: a daemon thread posts a
 * probe with {@link Platform#runLater} every few milliseconds and times how long it waits to run.
 * While a probe waits longer than {@link #SAMPLE_AFTER_MS}, the FX thread's stack is sampled every
 * few milliseconds, so that a stall comes with where the FX thread was. It also notes the CPU time
 * of the FX thread and of Prism's renderer (whose frame the FX thread waits for before the next
 * pulse), the time each of them sat in the run queue (Linux) and the collector's pauses during
 * each stall: a stall with little CPU time on either was not work but threads not scheduled (a
 * loaded machine) or stopped by the GC. The bound is on the time the FX thread was blocked
 * ({@link FxStall#blockedMs}): the wait less the time in the run queue.
 *
 * <pre>
 * try (FxWatchdog watchdog = FxWatchdog.start()) {
 *     ... drive the window ...
 *     FxStall worst = watchdog.reading().worst();   // worst.blockedMs(), worst.where()
 * }
 * </pre>
 */
final class FxWatchdog implements AutoCloseable {

    /** The pause between one probe running and the next being posted. */
    static final long PROBE_EVERY_MS = 5;
    /** A probe waiting this long starts the FX thread's stack samples. */
    static final long SAMPLE_AFTER_MS = 20;
    static final long SAMPLE_EVERY_MS = 5;
    /** The limit: the FX thread is never blocked longer than this ({@link FxStall#blockedMs}). */
    static final long LIMIT_MS = 100;
    /** Samples kept per stall: a second's worth is plenty to name the cause. */
    private static final int MAX_SAMPLES = 200;

    private final Thread fx;
    /** Prism's renderer, which paints what a pulse laid out; the FX thread waits for it before the next pulse. */
    private final Thread renderer;
    private final RunQueueClock fxQueue;
    private final RunQueueClock renderQueue;
    private final Thread watcher;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    private final Object lock = new Object();
    private volatile boolean running = true;
    private volatile long ranAt;
    private FxStall worst = FxStall.NONE;
    private int overLimit;
    private long probes;
    private double mostFxCpuMs;
    private double longestWaitMs;

    private FxWatchdog(Thread fx) {
        this.fx = fx;
        this.renderer = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                .findFirst().orElse(null);
        this.fxQueue = RunQueueClock.of(fx);
        this.renderQueue = RunQueueClock.of(renderer);
        this.watcher = new Thread(this::watch, "fx-watchdog");
        watcher.setDaemon(true);
        watcher.setPriority(Thread.MAX_PRIORITY);
    }

    /** Starts watching; call from any thread but the FX thread. */
    static FxWatchdog start() throws Exception {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("the watchdog watches the FX thread, so it must not be started on it");
        }
        CompletableFuture<Thread> fx = new CompletableFuture<>();
        Platform.runLater(() -> fx.complete(Thread.currentThread()));
        FxWatchdog dog = new FxWatchdog(fx.get(60, TimeUnit.SECONDS));
        dog.watcher.start();
        return dog;
    }

    private void watch() {
        while (running) {
            ranAt = 0;
            long posted = System.nanoTime();
            long cpuBefore = threads.getThreadCpuTime(fx.getId());
            long renderBefore = cpu(renderer);
            long queuedBefore = fxQueue.queuedNanos();
            long renderQueuedBefore = renderQueue.queuedNanos();
            long gcBefore = gcMillis();
            try {
                Platform.runLater(() -> {
                    ranAt = System.nanoTime();
                    LockSupport.unpark(watcher);
                });
            } catch (IllegalStateException toolkitExited) {
                return;
            }
            List<StackTraceElement[]> samples = new ArrayList<>();
            while (ranAt == 0 && running) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(SAMPLE_EVERY_MS));
                if (ranAt == 0 && System.nanoTime() - posted > TimeUnit.MILLISECONDS.toNanos(SAMPLE_AFTER_MS)
                        && samples.size() < MAX_SAMPLES) {
                    samples.add(fx.getStackTrace());
                }
            }
            if (ranAt != 0) {
                long cpuAfter = threads.getThreadCpuTime(fx.getId());
                long renderAfter = cpu(renderer);
                FxStall stall = new FxStall((ranAt - posted) / 1e6, millisBetween(cpuBefore, cpuAfter),
                        millisBetween(renderBefore, renderAfter), millisBetween(queuedBefore, fxQueue.queuedNanos()),
                        millisBetween(renderQueuedBefore, renderQueue.queuedNanos()), gcMillis() - gcBefore,
                        List.copyOf(samples));
                record(stall);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(PROBE_EVERY_MS));
        }
    }

    private void record(FxStall stall) {
        synchronized (lock) {
            probes++;
            if (stall.blockedMs() > worst.blockedMs()) {
                worst = stall;
            }
            longestWaitMs = Math.max(longestWaitMs, stall.waitMs());
            if (stall.blockedMs() > LIMIT_MS) {
                overLimit++;
            }
            mostFxCpuMs = Math.max(mostFxCpuMs, stall.fxCpuMs());

        }
    }

    /** From one clock reading in ns to another, in ms; NaN when either is unknown (-1). */
    private static double millisBetween(long before, long after) {
        return before < 0 || after < 0 ? Double.NaN : (after - before) / 1e6;
    }

    /** A thread's CPU time in ns, or -1 when there is no such thread or the JVM cannot tell. */
    private long cpu(Thread thread) {
        return thread == null ? -1 : threads.getThreadCpuTime(thread.getId());
    }

    private long gcMillis() {
        return collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
    }

    /**
     * What the probes saw since the last {@link #reset}, read at once.
     *
     * @param worst         the wait that found the FX thread blocked longest ({@link FxStall#NONE} before any probe ran)
     * @param overLimit     how many probes found it blocked longer than {@link #LIMIT_MS}
     * @param longestWaitMs the longest any probe waited, run-queue time included: what a person on this machine felt
     * @param mostFxCpuMs   the most CPU time the FX thread used during any one wait: the work that blocked it, which on
     *                      a loaded machine can be far less than the wait (the thread was not scheduled)
     */
    record Reading(long probes, FxStall worst, int overLimit, double longestWaitMs, double mostFxCpuMs) {
    }

    Reading reading() {
        synchronized (lock) {
            return new Reading(probes, worst, overLimit, longestWaitMs, mostFxCpuMs);
        }
    }

    /** Forgets what was seen, e.g. after a warm-up or between the steps of a benchmark. */
    void reset() {
        synchronized (lock) {
            worst = FxStall.NONE;
            overLimit = 0;
            probes = 0;
            mostFxCpuMs = 0;
            longestWaitMs = 0;
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        LockSupport.unpark(watcher);
        watcher.join(TimeUnit.SECONDS.toMillis(10));
    }
}
