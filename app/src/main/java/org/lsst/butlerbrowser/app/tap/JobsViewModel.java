package org.lsst.butlerbrowser.app.tap;

import java.time.Clock;
import java.time.Instant;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lsst.butlerbrowser.app.tasks.ProblemText;
import org.lsst.butlerbrowser.app.tasks.TaskRunner;
import org.lsst.butlerbrowser.model.tap.Cancellation;
import org.lsst.butlerbrowser.model.tap.UwsJob;
import org.lsst.butlerbrowser.model.tap.UwsJobStatus;
import org.lsst.butlerbrowser.model.tap.UwsPhase;

/**
 * The async jobs this window created on the service, newest first, with Abort, Delete and Refresh
 * (each a background request). A job leaves the list once deleted; one whose query was cancelled
 * is deleted at once.
 */
public final class JobsViewModel {

    private final TaskRunner runner;
    private final Clock clock;
    private final ObservableList<JobRow> jobs = FXCollections.observableArrayList();

    public JobsViewModel(TaskRunner runner, Clock clock) {
        this.runner = runner;
        this.clock = clock;
    }

    /** A job just created for a query; it shows as PENDING until its phase is known. */
    JobRow added(UwsJob job, String adql) {
        JobRow row = new JobRow(job, adql, clock.instant());
        jobs.add(0, row);
        return row;
    }

    /** Records the phase the service reported for a job. */
    void phase(JobRow row, UwsPhase phase) {
        row.phase(phase, clock);
    }

    /** The job went away with its cancelled query. */
    void gone(JobRow row) {
        jobs.remove(row);
    }

    /** Asks the service to stop the job (PHASE=ABORT), then shows the phase it reports. */
    public void abort(JobRow row) {
        row.note("Aborting…");
        runner.run("Aborting a job", progress -> {
            Cancellation c = new Cancellation();
            progress.onCancel(c::cancel);
            row.job().abort(c);
            return row.job().status(c);
        }, status -> {
            phase(row, status.phase());
            row.note("Aborted at your request");
        }, problem -> row.note(ProblemText.sentence(problem)));
    }

    /** Deletes the job and its result on the service; it leaves the list. */
    public void delete(JobRow row) {
        row.note("Deleting…");
        runner.run("Deleting a job", progress -> {
            Cancellation c = new Cancellation();
            progress.onCancel(c::cancel);
            row.job().delete(c);
            return row;
        }, jobs::remove, problem -> row.note(ProblemText.sentence(problem)));
    }

    /** Asks the service for every listed job's phase again. */
    public void refresh() {
        for (JobRow row : jobs) {
            runner.run("Checking a job", progress -> {
                Cancellation c = new Cancellation();
                progress.onCancel(c::cancel);
                return row.job().status(c);
            }, (UwsJobStatus status) -> phase(row, status.phase()), problem -> row.note(ProblemText.sentence(problem)));
        }
    }

    /** Whether some job is still pending, queued or running (the list's clocks then tick). */
    public boolean anyRunning() {
        return jobs.stream().anyMatch(r -> !r.phaseProperty().get().isFinal());
    }

    public ObservableList<JobRow> jobs() {
        return jobs;
    }

    public Instant now() {
        return clock.instant();
    }
}
