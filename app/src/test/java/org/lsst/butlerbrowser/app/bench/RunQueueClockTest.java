package org.lsst.butlerbrowser.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RunQueueClockTest {

    @BeforeAll
    static void linux() {
        assumeTrue(Files.isReadable(Path.of("/proc/thread-self/schedstat")), "Linux schedstat");
    }

    /** What the thread itself reads of its own run-queue time: the kernel's answer by another path. */
    private static long ownQueuedNanos() throws Exception {
        return Long.parseLong(Files.readString(Path.of("/proc/thread-self/schedstat")).strip().split(" ")[1]);
    }

    @Test
    void aThreadLongerNamedThanLinuxKeepsIsFoundByItsNamesFirstFifteenCharacters() throws Exception {
        CountDownLatch asked = new CountDownLatch(1);
        CompletableFuture<long[]> own = new CompletableFuture<>();
        CompletableFuture<RunQueueClock> clock = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                long before = ownQueuedNanos();
                clock.complete(RunQueueClock.of(Thread.currentThread()));
                asked.await();
                own.complete(new long[] {before, ownQueuedNanos()});
            } catch (Exception e) {
                own.completeExceptionally(e);
            }
        }, "run-queue-clock-probe-thread");
        thread.start();
        long seen = clock.get().queuedNanos();
        asked.countDown();
        long[] between = own.get();
        thread.join();
        assertTrue(between[0] <= seen && seen <= between[1],
                "the clock read " + seen + " ns, the thread itself " + between[0] + " then " + between[1]);
    }

    @Test
    void ofTwoThreadsOfOneNameTheOneThatWorkedIsToldApartByItsCpuTime() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        CountDownLatch ready = new CountDownLatch(2); // a thread's task takes its name once it runs
        CompletableFuture<long[]> workerQueued = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            long until = System.nanoTime() + 50_000_000;
            while (System.nanoTime() < until) {
                Thread.onSpinWait(); // 50 ms on a CPU: its CPU time differs from the idle twin's
            }
            waitFor(done, ready, workerQueued);
        }, "twin-probe");
        Thread idle = new Thread(() -> waitFor(done, ready, new CompletableFuture<>()), "twin-probe");
        worker.start();
        idle.start();
        ready.await();
        long seen = RunQueueClock.of(worker).queuedNanos();
        done.countDown();
        worker.join();
        idle.join();
        long[] own = workerQueued.get();
        assertTrue(own[0] <= seen && seen <= own[1], "the clock read " + seen + " ns, the worker itself " + own[0] + " then " + own[1]);
    }

    @Test
    void twoIdleThreadsOfOneNameGiveAnUnknownClock() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        CountDownLatch ready = new CountDownLatch(2);
        // only wait: a first reading of schedstat in one of them (classes loaded, code interpreted)
        // once gave it 10 ms more CPU time than its twin, which then told them apart
        Runnable idle = () -> {
            ready.countDown();
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        Thread a = new Thread(idle, "idle-twin");
        Thread b = new Thread(idle, "idle-twin");
        a.start();
        b.start();
        ready.await();
        try {
            assertEquals(-1, RunQueueClock.of(a).queuedNanos(), "both have next to no CPU time: neither is told apart");
        } finally {
            done.countDown();
            a.join();
            b.join();
        }
    }

    /** Says it is ready and waits until {@code done}; gives its own run-queue time from before and after. */
    private static void waitFor(CountDownLatch done, CountDownLatch ready, CompletableFuture<long[]> queued) {
        try {
            long before = ownQueuedNanos();
            ready.countDown();
            done.await();
            queued.complete(new long[] {before, ownQueuedNanos()});
        } catch (Exception e) {
            queued.completeExceptionally(e);
            Thread.currentThread().interrupt();
        }
    }
}
