package org.lsst.butlerbrowser.model.registry;

/**
 * Where a registry call that runs statements to completion (a count) registers how to stop them on
 * the server; a window's background job passes its own cancel hook, so that its Cancel button stops
 * the statement and not only the wait for it.
 */
@FunctionalInterface
public interface CancelHook {

    /** For callers that never cancel (the command line). */
    CancelHook NONE = stop -> { };

    /** Remembers {@code stop}, to be run from another thread when the caller cancels. */
    void onCancel(Runnable stop);
}
