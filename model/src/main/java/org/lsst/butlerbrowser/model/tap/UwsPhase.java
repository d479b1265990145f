package org.lsst.butlerbrowser.model.tap;

import java.util.Locale;

/** The phase of a UWS 1.1 job, as the service reports it. */
public enum UwsPhase {
    PENDING, QUEUED, EXECUTING, COMPLETED, ERROR, ABORTED, UNKNOWN, HELD, SUSPENDED, ARCHIVED;

    /** Whether the job will not change phase again by itself. */
    public boolean isFinal() {
        return this == COMPLETED || this == ERROR || this == ABORTED || this == ARCHIVED;
    }

    /** Whether the job is waiting for, or doing, work (the phases a UWS 1.1 WAIT can block on). */
    public boolean isActive() {
        return this == QUEUED || this == EXECUTING;
    }

    /** The phase named by a service (any case, surrounding blanks); UNKNOWN for anything else. */
    public static UwsPhase parse(String text) {
        if (text == null) {
            return UNKNOWN;
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return UNKNOWN;
        }
    }
}
