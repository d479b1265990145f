package org.lsst.butlerbrowser.app.bench;

import com.sun.management.GcInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.ref.Reference;
import java.util.Comparator;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * How much heap something keeps: the heap in use after a full collection with it held, less the
 * heap in use after one before it was made. Also the most the heap held while it was made (the sum
 * of the heap pools' peaks), which includes garbage not yet collected and so is an upper bound.
 *
 * @param retainedBytes what the made thing keeps alive
 * @param peakBytes     the heap pools' peak while making it
 */
record HeapUse(long retainedBytes, long peakBytes) {

    /** Makes the thing and measures it; the thing is dropped afterwards. */
    static HeapUse of(Callable<?> make) throws Exception {
        long before = usedAfterCollection();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        Object made = make.call();
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long after = usedAfterCollection();
        Reference.reachabilityFence(made);
        return new HeapUse(after - before, peak);
    }

    /**
     * Heap in use right after full collections: what is live now (the least of a few, as System.gc may
     * do less). Read as the collector left the heap, not afterwards: the window goes on drawing, and on
     * Monocle each frame's garbage (megabytes) made a reading taken later vary by tens of megabytes.
     */
    static long usedAfterCollection() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            used = Math.min(used, usedAtEndOfLastCollection());
            Thread.sleep(150);
        }
        return used;
    }

    /** The heap in use as the latest collection ended, or now when the JVM does not tell. */
    private static long usedAtEndOfLastCollection() {
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(c -> c instanceof com.sun.management.GarbageCollectorMXBean)
                .map(c -> ((com.sun.management.GarbageCollectorMXBean) c).getLastGcInfo())
                .filter(Objects::nonNull)
                .max(Comparator.comparingLong(GcInfo::getEndTime))
                .map(info -> info.getMemoryUsageAfterGc().entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
                        .mapToLong(e -> e.getValue().getUsed()).sum())
                .orElseGet(() -> ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
}
