package org.lsst.butlerbrowser.app.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How long one thread has sat ready to run while waiting for a CPU, as Linux counts it (the second
 * field of {@code /proc/self/task/TID/schedstat}, in nanoseconds). On a shared machine a thread that
 * is not scheduled looks blocked to a watchdog; this is the part of a wait the thread itself did not
 * cause. The thread is found by its native name (HotSpot names a Java thread's task after it when it
 * starts, cut to 15 bytes); without Linux, or with two tasks of that name, the clock is unknown.
 */
final class RunQueueClock {

    /** Linux keeps a task's name in 16 bytes, the last one its terminator. */
    private static final int TASK_NAME_BYTES = 15;

    private final Path schedstat;

    private RunQueueClock(Path schedstat) {
        this.schedstat = schedstat;
    }

    /** The clock of the live thread called {@code name}, or an unknown one (also for no name). */
    static RunQueueClock of(String name) {
        if (name == null) {
            return new RunQueueClock(null);
        }
        String task = name.length() > TASK_NAME_BYTES ? name.substring(0, TASK_NAME_BYTES) : name;
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path t : tasks) {
                try {
                    if (Files.readString(t.resolve("comm")).strip().equals(task)) {
                        found.add(t.resolve("schedstat"));
                    }
                } catch (IOException ended) {
                    // the task ended while we looked
                }
            }
        } catch (IOException | UnsupportedOperationException notLinux) {
            return new RunQueueClock(null);
        }
        return new RunQueueClock(found.size() == 1 ? found.get(0) : null);
    }

    /** Nanoseconds the thread has waited in the run queue so far, or -1 when that is unknown. */
    long queuedNanos() {
        if (schedstat == null) {
            return -1;
        }
        try {
            String[] fields = Files.readString(schedstat).strip().split(" ");
            return Long.parseLong(fields[1]);
        } catch (IOException | RuntimeException gone) {
            return -1;
        }
    }
}
