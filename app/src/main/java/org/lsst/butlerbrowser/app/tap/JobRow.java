package org.lsst.butlerbrowser.app.tap;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.lsst.butlerbrowser.model.tap.UwsJob;
import org.lsst.butlerbrowser.model.tap.UwsPhase;

/**
 * One async job of this window, as the jobs list shows it: its query, its phase as last seen, and
 * how long it has run by this computer's clock (the service's may differ).
 */
public final class JobRow {

    private final UwsJob job;
    private final String adql;
    private final Instant started;
    private final ReadOnlyObjectWrapper<UwsPhase> phase = new ReadOnlyObjectWrapper<>(this, "phase", UwsPhase.PENDING);
    private final ReadOnlyObjectWrapper<Instant> ended = new ReadOnlyObjectWrapper<>(this, "ended");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");

    JobRow(UwsJob job, String adql, Instant started) {
        this.job = job;
        this.adql = adql;
        this.started = started;
    }

    public UwsJob job() {
        return job;
    }

    public String adql() {
        return adql;
    }

    /** The phase last seen; on reaching a final phase the clock stops. */
    void phase(UwsPhase now, Clock clock) {
        phase.set(now);
        if (now.isFinal() && ended.get() == null) {
            ended.set(clock.instant());
        }
    }

    void note(String text) {
        note.set(text);
    }

    public ReadOnlyObjectProperty<UwsPhase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** What happened to it last: rows read, aborted, why a request about it failed. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** From its creation to its final phase, or to {@code now} while it is not final. */
    public Duration elapsed(Instant now) {
        Instant end = ended.get() == null ? now : ended.get();
        return Duration.between(started, end).isNegative() ? Duration.ZERO : Duration.between(started, end);
    }

    /** "42 s", "3 min 05 s", "1 h 02 min". */
    public static String text(Duration d) {
        long s = d.toSeconds();
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format("%d min %02d s", s / 60, s % 60);
        }
        return String.format("%d h %02d min", s / 3600, s / 60 % 60);
    }
}
