package org.lsst.butlerbrowser.app.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Comparator;
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
 * pulse) and the collector's pauses during each stall: a stall with little CPU time on either was
 * not work but threads not scheduled (a loaded machine) or stopped by the GC.
 *
 * <pre>
 * try (FxWatchdog watchdog = FxWatchdog.start()) {
 *     ... drive the window ...
 *     FxStall worst = watchdog.worst();   // worst.waitMs(), worst.where()
 * }
 * </pre>
 */
public final class FxWatchdog implements AutoCloseable {

    /** The pause between one probe running and the next being posted. */
    static final long PROBE_EVERY_MS = 5;
    /** A probe waiting this long starts the FX thread's stack samples. */
    static final long SAMPLE_AFTER_MS = 20;
    static final long SAMPLE_EVERY_MS = 5;
    /** Samples kept per stall: half a second's worth each side is plenty to name the cause. */
    private static final int MAX_SAMPLES = 200;
    /** Stalls kept over the limit, the longest first. */
    private static final int MAX_KEPT = 20;

    private final Thread fx;
    /** Prism's renderer, which paints what a pulse laid out; the FX thread waits for it before the next pulse. */
    private final Thread renderer;
    private final long limitMs;
    private final Thread watcher;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    private final Object lock = new Object();
    private volatile boolean running = true;
    private volatile long ranAt;
    private FxStall worst = FxStall.NONE;
    private final List<FxStall> overLimit = new ArrayList<>();
    private long probes;

    private FxWatchdog(Thread fx, long limitMs) {
        this.fx = fx;
        this.renderer = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                .findFirst().orElse(null);
        this.limitMs = limitMs;
        this.watcher = new Thread(this::watch, "fx-watchdog");
        watcher.setDaemon(true);
        watcher.setPriority(Thread.MAX_PRIORITY);
    }

    /** Starts watching with the limit, 100 ms; call from any thread but the FX thread. */
    public static FxWatchdog start() throws Exception {
        return start(100);
    }

    /** Starts watching; stalls longer than {@code limitMs} are kept with their samples. */
    public static FxWatchdog start(long limitMs) throws Exception {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("the watchdog watches the FX thread, so it must not be started on it");
        }
        CompletableFuture<Thread> fx = new CompletableFuture<>();
        Platform.runLater(() -> fx.complete(Thread.currentThread()));
        FxWatchdog dog = new FxWatchdog(fx.get(60, TimeUnit.SECONDS), limitMs);
        dog.watcher.start();
        return dog;
    }

    private void watch() {
        while (running) {
            ranAt = 0;
            long posted = System.nanoTime();
            long cpuBefore = threads.getThreadCpuTime(fx.getId());
            long renderBefore = cpu(renderer);
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
                FxStall stall = new FxStall((ranAt - posted) / 1e6,
                        cpuBefore < 0 || cpuAfter < 0 ? Double.NaN : (cpuAfter - cpuBefore) / 1e6,
                        renderBefore < 0 || renderAfter < 0 ? Double.NaN : (renderAfter - renderBefore) / 1e6,
                        gcMillis() - gcBefore, List.copyOf(samples));
                record(stall);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(PROBE_EVERY_MS));
        }
    }

    private void record(FxStall stall) {
        synchronized (lock) {
            probes++;
            if (stall.waitMs() > worst.waitMs()) {
                worst = stall;
            }
            if (stall.waitMs() > limitMs) {
                overLimit.add(stall);
                overLimit.sort(Comparator.comparingDouble(FxStall::waitMs).reversed());
                if (overLimit.size() > MAX_KEPT) {
                    overLimit.remove(MAX_KEPT);
                }
            }
        }
    }

    /** A thread's CPU time in ns, or -1 when there is no such thread or the JVM cannot tell. */
    private long cpu(Thread thread) {
        return thread == null ? -1 : threads.getThreadCpuTime(thread.getId());
    }

    private long gcMillis() {
        return collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
    }

    /** The longest wait of a probe so far, with its samples ({@link FxStall#NONE} before any probe ran). */
    public FxStall worst() {
        synchronized (lock) {
            return worst;
        }
    }

    /** The stalls over the limit so far, longest first (at most the 20 longest). */
    public List<FxStall> overLimit() {
        synchronized (lock) {
            return List.copyOf(overLimit);
        }
    }

    /** How many probes have run. */
    public long probes() {
        synchronized (lock) {
            return probes;
        }
    }

    /** Forgets what was seen, e.g. after a warm-up or between the steps of a benchmark. */
    public void reset() {
        synchronized (lock) {
            worst = FxStall.NONE;
            overLimit.clear();
            probes = 0;
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        LockSupport.unpark(watcher);
        watcher.join(TimeUnit.SECONDS.toMillis(10));
    }
}
