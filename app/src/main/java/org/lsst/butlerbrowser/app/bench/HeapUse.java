package org.lsst.butlerbrowser.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.ref.Reference;
import java.util.concurrent.Callable;

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

    /** Heap in use right after full collections: what is live now (the least of a few, as System.gc may do less). */
    static long usedAfterCollection() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(150);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
