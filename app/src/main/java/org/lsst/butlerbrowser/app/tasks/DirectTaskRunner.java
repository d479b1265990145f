package org.lsst.butlerbrowser.app.tasks;

import java.util.function.Consumer;

/** Runs work at once on the calling thread: for view-model tests and headless use. */
public final class DirectTaskRunner implements TaskRunner {

    @Override
    public <T> Job run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                       Runnable onCancelled) { // nothing can cancel work that is over before run returns
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
            });
        } catch (Exception e) {
            onFailure.accept(e);
            return Job.DONE;
        }
        onSuccess.accept(result);
        return Job.DONE;
    }
}
