package org.lsst.butlerbrowser.app.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One wait of a {@link FxWatchdog} probe: how long the JavaFX thread took to run it, how much CPU
 * the FX thread and Prism's renderer used meanwhile, how long each of them sat ready to run while
 * waiting for a CPU, how long the collector paused, and the FX thread's stack sampled every few
 * milliseconds while it waited (none for short waits).
 *
 * @param fxCpuMs     NaN where the JVM cannot measure a thread's CPU time
 * @param renderCpuMs NaN without a renderer thread (or the measure)
 * @param fxQueuedMs     time the FX thread was runnable but not running (the machine's other work); NaN when unknown
 * @param renderQueuedMs the same for the renderer, whose frame the FX thread waits for; NaN when unknown
 */
record FxStall(double waitMs, double fxCpuMs, double renderCpuMs, double fxQueuedMs, double renderQueuedMs, double gcMs,
               List<StackTraceElement[]> samples) {

    /** Nothing seen yet. */
    static final FxStall NONE = new FxStall(0, 0, 0, 0, 0, 0, List.of());

    private static final String OURS = "org.lsst.butlerbrowser.";
    private static final int PLACES = 3;

    /**
     * How long the FX thread was held by something other than the machine's other work: the wait less
     * the longer of the times the FX thread and the renderer (whose frame the FX thread waits for) sat
     * in the run queue. The longer, not the sum: the two may have queued at once, and the bound must
     * not be met by counting one delay twice. Work on the FX thread, a lock or I/O it waited for, the
     * renderer's drawing and the collector's pauses all count. The whole wait when no queue time is known.
     */
    double blockedMs() {
        double queued = Math.max(Double.isNaN(fxQueuedMs) ? 0 : fxQueuedMs, Double.isNaN(renderQueuedMs) ? 0 : renderQueuedMs);
        return Math.max(0, waitMs - queued);
    }

    /**
     * Where the FX thread was: the three places met most often among the samples with their shares,
     * e.g. "SortedList.doSortWithPermutationChange:185 in ResultViewModel.show:70 62%, …"; "-" without samples.
     */
    String where() {
        if (samples.isEmpty()) {
            return "-";
        }
        Map<String, Long> places = samples.stream().collect(Collectors.groupingBy(FxStall::place,
                LinkedHashMap::new, Collectors.counting()));
        return places.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(PLACES)
                .map(e -> String.format(Locale.ROOT, "%s %.0f%%", e.getKey(), 100.0 * e.getValue() / samples.size()))
                .collect(Collectors.joining(", "));
    }

    /** Every sample, innermost frame first, separated by blank lines: the profile behind {@link #where}. */
    String samplesText() {
        return samples.stream().map(s -> Arrays.stream(s).map(e -> "  at " + e).collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n\n"));
    }

    /** "320.4 ms wait · 80.2 ms blocked · FX thread on CPU 70.1 ms · renderer 3.0 ms · GC 12 ms · <where>". */
    String summary() {
        return String.format(Locale.ROOT,
                "%.1f ms wait · %.1f ms blocked · FX thread on CPU %.1f ms · renderer %.1f ms · GC %.0f ms · %s",
                waitMs, blockedMs(), fxCpuMs, renderCpuMs, gcMs, where());
    }

    /**
     * A sample's place: the innermost frame that is not the JDK's own (a lock, a collection, a class
     * loader: what called it says more) and, when the thread was deeper, the innermost frame of
     * Butler Browser's code above it.
     */
    static String place(StackTraceElement[] stack) {
        StackTraceElement inner = null;
        for (StackTraceElement e : stack) {
            String c = e.getClassName();
            if (inner == null && !c.startsWith("java.") && !c.startsWith("jdk.") && !c.startsWith("sun.")) {
                inner = e;
            }
            if (c.startsWith(OURS) && !c.endsWith("FxWatchdog")) {
                return inner == null || inner == e ? name(e) : name(inner) + " in " + name(e);
            }
        }
        return inner == null ? (stack.length == 0 ? "no stack" : name(stack[0])) : name(inner);
    }

    private static String name(StackTraceElement e) {
        return e.getClassName().substring(e.getClassName().lastIndexOf('.') + 1) + "." + e.getMethodName() + ":"
                + e.getLineNumber();
    }
}
