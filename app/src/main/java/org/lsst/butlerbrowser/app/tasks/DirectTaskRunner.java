package org.lsst.butlerbrowser.app.tasks;

import java.util.function.Consumer;

/** Runs work at once on the calling thread, so it is never cancelled: for view-model tests and headless use. */
public final class DirectTaskRunner implements TaskRunner {

    @Override
    public <T> Job run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                       Runnable onCancelled) {
        T result;
        try {
            result = work.call(new Progress() {
                @Override
                public void update(long done, long total, String message) {
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }

                @Override
                public void onCancel(Runnable action) {
                }

                @Override
                public void publish(Runnable update) {
                    update.run();
                }
            });
        } catch (Exception e) {
            onFailure.accept(e);
            return Job.DONE;
        }
        onSuccess.accept(result);
        return Job.DONE;
    }
}
