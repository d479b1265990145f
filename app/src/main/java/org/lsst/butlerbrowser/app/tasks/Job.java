package org.lsst.butlerbrowser.app.tasks;

/** A running piece of background work. */
public interface Job {

    /** Stops the work; its cancel actions run (statements on the server are cancelled too). */
    void cancel();

    boolean isDone();

    Job DONE = new Job() {
        @Override
        public void cancel() {
        }

        @Override
        public boolean isDone() {
            return true;
        }
    };
}
