package org.lsst.butlerbrowser.model.tap;

/**
 * Progress of a TAP request, reported from the thread doing the work: while a result streams in,
 * the bytes and rows read so far; while an async job waits, its phase.
 */
public interface TapProgress {

    TapProgress NONE = (bytes, rows) -> {
    };

    void read(long bytes, long rows);

    /** The async job's phase changed. */
    default void phase(UwsPhase phase) {
    }
}
