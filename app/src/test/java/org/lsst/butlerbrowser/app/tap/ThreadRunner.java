package org.lsst.butlerbrowser.app.tap;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.lsst.butlerbrowser.app.tasks.Job;
import org.lsst.butlerbrowser.app.tasks.TaskRunner;

/**
 * Runs each job on a thread of its own, as the window does, so that a test can cancel one while it
 * waits on a service: cancelling runs the job's cancel actions, interrupts it and reports it
 * cancelled at once, while the work itself finishes tidying up (which {@link #awaitIdle} waits for).
 */
final class ThreadRunner implements TaskRunner {

    private final List<Thread> threads = new CopyOnWriteArrayList<>();

    @Override
    public <T> Job run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                       Runnable onCancelled) {
        List<Runnable> cancelActions = new CopyOnWriteArrayList<>();
        boolean[] state = {false, false}; // cancelled, done
        Progress progress = new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return state[0];
            }

            @Override
            public void onCancel(Runnable action) {
                cancelActions.add(action);
                if (state[0]) {
                    action.run();
                }
            }

            @Override
            public synchronized void publish(Runnable update) {
                if (!state[0]) {
                    update.run();
                }
            }
        };
        Thread thread = new Thread(() -> {
            try {
                T value = work.call(progress);
                if (!state[0]) {
                    onSuccess.accept(value);
                }
            } catch (Exception e) {
                if (!state[0]) {
                    onFailure.accept(e);
                }
            } finally {
                state[1] = true;
            }
        }, "test-" + title);
        threads.add(thread);
        thread.start();
        return new Job() {
            @Override
            public void cancel() {
                if (!state[1] && !state[0]) {
                    state[0] = true;
                    cancelActions.forEach(Runnable::run);
                    thread.interrupt();
                    onCancelled.run();
                }
            }

            @Override
            public boolean isDone() {
                return state[1];
            }
        };
    }

    /** Waits until every job's thread has ended (a cancelled one after tidying up). */
    void awaitIdle() throws InterruptedException {
        for (Thread t : threads) {
            t.join(60_000);
        }
    }
}
