package org.lsst.butlerbrowser.app.tasks;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * Runs work as {@link Task}s on daemon threads. The tasks in flight are listed (on the FX thread)
 * so that the status bar can show their progress and offer Cancel.
 */
public final class FxTaskRunner implements TaskRunner {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "background-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private final ObservableList<Task<?>> running = FXCollections.observableArrayList();

    /** Tasks in flight, newest last; changed on the FX thread only. */
    public ObservableList<Task<?>> running() {
        return running;
    }

    @Override
    public <T> Job run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                       Runnable onCancelled) {
        WorkTask<T> task = new WorkTask<>(title, work);
        // The handle lets go of the task once it has ended: screens keep their last Job in a field,
        // and a task holds its work (and what that reads) and its result; a finished query's handle
        // kept a million-row result alive after a newer result had replaced it.
        AtomicReference<WorkTask<T>> live = new AtomicReference<>(task);
        task.setOnSucceeded(e -> {
            live.set(null);
            running.remove(task);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            live.set(null);
            running.remove(task);
            onFailure.accept(task.getException());
        });
        task.setOnCancelled(e -> {
            live.set(null);
            running.remove(task);
            onCancelled.run();
        });
        Runnable start = () -> {
            if (executor.isShutdown()) {
                return; // the window has closed; work it would have shown is not wanted any more
            }
            running.add(task);
            executor.execute(task);
        };
        if (Platform.isFxApplicationThread()) {
            start.run();
        } else {
            Platform.runLater(start);
        }
        return new Job() {
            @Override
            public void cancel() {
                WorkTask<T> t = live.get();
                if (t != null) {
                    t.cancel(true);
                }
            }

            @Override
            public boolean isDone() {
                WorkTask<T> t = live.get();
                return t == null || t.isDone();
            }
        };
    }

    public void shutdown() {
        executor.shutdownNow();
    }

    private static final class WorkTask<T> extends Task<T> {
        private final Work<T> work;
        private final List<Runnable> cancelActions = new CopyOnWriteArrayList<>();

        WorkTask(String title, Work<T> work) {
            this.work = work;
            updateTitle(title);
        }

        @Override
        protected T call() throws Exception {
            return work.call(new Progress() {
                @Override
                public void update(long done, long total, String message) {
                    updateProgress(done, total > 0 ? total : -1);
                    if (message != null) {
                        updateMessage(message);
                    }
                }

                @Override
                public boolean isCancelled() {
                    return WorkTask.this.isCancelled();
                }

                @Override
                public void onCancel(Runnable action) {
                    cancelActions.add(action);
                    if (WorkTask.this.isCancelled()) {
                        action.run();
                    }
                }

                @Override
                public void publish(Runnable update) {
                    Platform.runLater(() -> {
                        if (!WorkTask.this.isCancelled()) {
                            update.run();
                        }
                    });
                }
            });
        }

        @Override
        protected void cancelled() {
            cancelActions.forEach(Runnable::run);
        }
    }
}
