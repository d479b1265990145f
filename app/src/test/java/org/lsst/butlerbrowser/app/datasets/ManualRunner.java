package org.lsst.butlerbrowser.app.datasets;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.lsst.butlerbrowser.app.tasks.Job;
import org.lsst.butlerbrowser.app.tasks.TaskRunner;

/**
 * Keeps jobs until the test runs them, like busy background threads; cancelling a job runs its
 * cancel actions and drops its answer, as the window's runner does.
 */
final class ManualRunner implements TaskRunner {

    final List<Pending<?>> jobs = new ArrayList<>();

    @Override
    public <T> Job run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                       Runnable onCancelled) {
        Pending<T> job = new Pending<>(title, work, onSuccess, onFailure, onCancelled);
        jobs.add(job);
        return job;
    }

    /** Runs the waiting jobs, and those they start, in order. */
    void runAll() {
        while (!jobs.isEmpty()) {
            jobs.remove(0).execute();
        }
    }

    /** Runs the first waiting job whose title starts so. */
    void run(String titleStart) {
        Pending<?> job = jobs.stream().filter(j -> j.title.startsWith(titleStart)).findFirst().orElseThrow();
        jobs.remove(job);
        job.execute();
    }

    List<String> titles() {
        return jobs.stream().map(j -> j.title).toList();
    }

    static final class Pending<T> implements Job, Progress {
        final String title;
        private final Work<T> work;
        private final Consumer<T> onSuccess;
        private final Consumer<Throwable> onFailure;
        private final Runnable onCancelled;
        private final List<Runnable> cancelActions = new ArrayList<>();
        private boolean cancelled;
        private boolean done;

        Pending(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                Runnable onCancelled) {
            this.title = title;
            this.work = work;
            this.onSuccess = onSuccess;
            this.onFailure = onFailure;
            this.onCancelled = onCancelled;
        }

        void execute() {
            if (cancelled) {
                return;
            }
            T value;
            try {
                value = work.call(this);
            } catch (Exception e) {
                done = true;
                if (!cancelled) {
                    onFailure.accept(e);
                }
                return;
            }
            done = true;
            if (!cancelled) {
                onSuccess.accept(value);
            }
        }

        @Override
        public void cancel() {
            if (!done) {
                cancelled = true;
                done = true;
                cancelActions.forEach(Runnable::run);
                onCancelled.run();
            }
        }

        @Override
        public boolean isDone() {
            return done;
        }

        @Override
        public void update(long doneSoFar, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public void onCancel(Runnable action) {
            cancelActions.add(action);
            if (cancelled) {
                action.run();
            }
        }

        @Override
        public void publish(Runnable update) {
            if (!cancelled) {
                update.run();
            }
        }
    }
}
