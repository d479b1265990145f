package org.lsst.butlerbrowser.app.tasks;

import java.util.function.Consumer;

/**
 * The one way screens run work off the JavaFX thread. The window uses {@link FxTaskRunner}
 * (javafx.concurrent.Task on daemon threads, results delivered on the FX thread); view-model tests
 * use {@link DirectTaskRunner}, which runs the work at once on the calling thread.
 */
public interface TaskRunner {

    /** Work that reports progress and stops when asked. */
    @FunctionalInterface
    interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /** What work sees of its job: where to report progress, and whether it was cancelled. */
    interface Progress {
        /** {@code total} ≤ 0 means unknown. */
        void update(long done, long total, String message);

        boolean isCancelled();

        /** Runs when the job is cancelled, e.g. to cancel a statement on the database server. */
        void onCancel(Runnable action);

        /**
         * Hands a change of state the work has reached (an async job created, its phase) to the
         * thread that receives results, the FX thread in the window; dropped once the job is cancelled.
         */
        void publish(Runnable update);
    }

    /**
     * Starts {@code work}; exactly one of the callbacks runs (on the FX thread in the window),
     * unless the job is cancelled first, in which case neither does.
     */
    default <T> Job run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return run(title, work, onSuccess, onFailure, () -> { });
    }

    /**
     * Starts {@code work}; exactly one of the callbacks runs (on the FX thread in the window):
     * {@code onCancelled} when the job is cancelled before it ends, by its owner or by the window's
     * Cancel button, whose screen then has to leave its "loading" state.
     */
    <T> Job run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                Runnable onCancelled);
}
