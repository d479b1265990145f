package org.lsst.butlerbrowser.app.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How long one thread has sat ready to run while waiting for a CPU, as Linux counts it (the second
 * field of {@code /proc/self/task/TID/schedstat}, in nanoseconds). On a shared machine a thread that
 * is not scheduled looks blocked to a watchdog; this is the part of a wait the thread itself did not
 * cause. The thread's task is found by its native name (HotSpot names a Java thread's task after it
 * when it starts, cut to 15 bytes). Native threads started from it take the same name (under GTK,
 * Prism's renderer has two such), so among tasks of one name it is the one whose time on a CPU (the
 * first field) is the thread's CPU time. Without Linux, or when that does not tell, the clock is unknown.
 */
final class RunQueueClock {

    /** Linux keeps a task's name in 16 bytes, the last one its terminator. */
    private static final int TASK_NAME_BYTES = 15;
    /**
     * How near the task's time on a CPU must be to the thread's: the kernel adds a running task's time
     * to schedstat at its scheduler's ticks, so it lags the JVM's reading by up to a few milliseconds.
     */
    private static final long SAME_CPU_TIME_NANOS = 10_000_000;

    private final Path schedstat;
    private final ByteBuffer line = ByteBuffer.allocate(128);

    private RunQueueClock(Path schedstat) {
        this.schedstat = schedstat;
    }

    /** The clock of this live thread, or an unknown one (also for null). */
    static RunQueueClock of(Thread thread) {
        if (thread == null) {
            return new RunQueueClock(null);
        }
        String name = thread.getName();
        String task = name.length() > TASK_NAME_BYTES ? name.substring(0, TASK_NAME_BYTES) : name;
        List<Path> named = new ArrayList<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path t : tasks) {
                try {
                    if (Files.readString(t.resolve("comm")).strip().equals(task)) {
                        named.add(t.resolve("schedstat"));
                    }
                } catch (IOException ended) {
                    // the task ended while we looked
                }
            }
        } catch (IOException | UnsupportedOperationException notLinux) {
            return new RunQueueClock(null);
        }
        if (named.size() == 1) {
            return new RunQueueClock(named.get(0));
        }
        long cpu = ManagementFactory.getThreadMXBean().getThreadCpuTime(thread.getId());
        if (cpu < 0) {
            return new RunQueueClock(null);
        }
        ByteBuffer line = ByteBuffer.allocate(128);
        List<Path> same = named.stream().filter(p -> Math.abs(field(p, 0, line) - cpu) <= SAME_CPU_TIME_NANOS).toList();
        return new RunQueueClock(same.size() == 1 ? same.get(0) : null);
    }

    /**
     * Nanoseconds the thread has waited in the run queue so far, or -1 when that is unknown. Read into
     * a buffer of the clock's own, from one thread at a time: a watchdog reads it hundreds of times a
     * second, and reading the file as a string each time made 0.35 GB of garbage in a load run.
     */
    long queuedNanos() {
        return schedstat == null ? -1 : field(schedstat, 1, line);
    }

    /** A field of a task's schedstat (0: ns on a CPU, 1: ns waiting in the run queue), -1 when gone. */
    private static long field(Path schedstat, int index, ByteBuffer line) {
        line.clear();
        try (SeekableByteChannel file = Files.newByteChannel(schedstat)) {
            while (line.hasRemaining() && file.read(line) > 0) {
                // the whole line: three numbers
            }
        } catch (IOException | RuntimeException gone) {
            return -1;
        }
        long value = 0;
        int field = 0;
        boolean digits = false;
        for (int i = 0; i < line.position(); i++) {
            byte b = line.get(i);
            if (b == ' ' || b == '\n') {
                if (field == index) {
                    break;
                }
                field++;
            } else if (field == index && b >= '0' && b <= '9') {
                value = value * 10 + (b - '0');
                digits = true;
            }
        }
        return digits ? value : -1;
    }
}
