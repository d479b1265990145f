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
                clock.complete(RunQueueClock.of(Thread.currentThread().getName()));
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
    void twoThreadsOfOneNameGiveAnUnknownClock() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(2); // a thread's task takes its name once it runs
        Runnable waits = () -> {
            running.countDown();
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        Thread a = new Thread(waits, "twin-probe");
        Thread b = new Thread(waits, "twin-probe");
        a.start();
        b.start();
        running.await();
        try {
            assertEquals(-1, RunQueueClock.of("twin-probe").queuedNanos());
        } finally {
            done.countDown();
            a.join();
            b.join();
        }
    }
}
