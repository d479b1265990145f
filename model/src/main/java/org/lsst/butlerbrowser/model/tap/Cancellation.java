package org.lsst.butlerbrowser.model.tap;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Lets the caller (a GUI's Cancel button, a CLI's Ctrl-C) stop a TAP request from another thread.
 * Work in progress registers what must be interrupted to stop at once (an open response stream, a
 * pending HTTP exchange); loops check {@link #throwIfCancelled()}.
 */
public final class Cancellation {

    private final List<Runnable> onCancel = new ArrayList<>();
    private volatile boolean cancelled;

    /** A cancellation that nobody will trigger. */
    public static Cancellation none() {
        return new Cancellation();
    }

    public void cancel() {
        List<Runnable> actions;
        synchronized (this) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            actions = new ArrayList<>(onCancel);
            onCancel.clear();
        }
        actions.forEach(Runnable::run);
        synchronized (this) {
            notifyAll(); // wakes sleep()
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public void throwIfCancelled() {
        if (cancelled) {
            throw cancelledException();
        }
    }

    /** Waits for the given time, returning early (with an exception) when cancelled. */
    public void sleep(Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        synchronized (this) {
            try {
                for (long left = duration.toMillis(); left > 0 && !cancelled;
                        left = (end - System.nanoTime()) / 1_000_000) {
                    wait(left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancel();
            }
        }
        throwIfCancelled();
    }

    static TapException cancelledException() {
        return new TapException(TapException.Kind.CANCELLED, "the TAP request was cancelled");
    }

    /** Undoes a {@link #register}: the guarded work is over. */
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    /** Runs the action on cancel (at once if already cancelled) until the returned registration is closed. */
    Registration register(Runnable action) {
        boolean runNow;
        synchronized (this) {
            runNow = cancelled;
            if (!runNow) {
                onCancel.add(action);
            }
        }
        if (runNow) {
            action.run();
        }
        return () -> {
            synchronized (this) {
                onCancel.remove(action);
            }
        };
    }
}
