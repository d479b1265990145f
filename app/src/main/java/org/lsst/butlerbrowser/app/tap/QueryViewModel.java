package org.lsst.butlerbrowser.app.tap;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lsst.butlerbrowser.app.tasks.Job;
import org.lsst.butlerbrowser.app.tasks.ProblemText;
import org.lsst.butlerbrowser.app.tasks.TaskRunner;
import org.lsst.butlerbrowser.model.tap.AdqlTemplate;
import org.lsst.butlerbrowser.model.tap.Cancellation;
import org.lsst.butlerbrowser.model.tap.ObsCoreTemplates;
import org.lsst.butlerbrowser.model.tap.ResultFormat;
import org.lsst.butlerbrowser.model.tap.TapException;
import org.lsst.butlerbrowser.model.tap.TapProgress;
import org.lsst.butlerbrowser.model.tap.TapQuery;
import org.lsst.butlerbrowser.model.tap.TapResult;
import org.lsst.butlerbrowser.model.tap.TapTable;
import org.lsst.butlerbrowser.model.tap.UwsJob;
import org.lsst.butlerbrowser.model.tap.UwsJobStatus;
import org.lsst.butlerbrowser.model.tap.UwsPhase;

/**
 * The ADQL editor's state and actions: the query, sync or async, MAXREC, the history of queries
 * run, the ObsCore templates this service can run, and running a query in the background with
 * progress and cancel. An async query's job is listed in the jobs list as soon as it exists;
 * cancelling the query aborts and deletes it. A service's error ends in the window's error dialog.
 */
public final class QueryViewModel {

    static final int HISTORY = 50;

    private final TapSession session;
    private final TaskRunner runner;
    private final JobsViewModel jobs;
    private final BiConsumer<String, Throwable> onFailure;
    private final StringProperty adql = new SimpleStringProperty(this, "adql", "");
    private final BooleanProperty async = new SimpleBooleanProperty(this, "async", false);
    private final StringProperty maxrec = new SimpleStringProperty(this, "maxrec", "");
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper(this, "problem");
    private Job current = Job.DONE;
    /** The async job of the running query, once listed; null otherwise. */
    private JobRow runningJob;

    /** {@code onFailure} hears a failed query's one-sentence error and its cause (the window's error dialog). */
    public QueryViewModel(TapSession session, TaskRunner runner, JobsViewModel jobs, BiConsumer<String, Throwable> onFailure) {
        this.session = session;
        this.runner = runner;
        this.jobs = jobs;
        this.onFailure = onFailure;
        session.tables().obsCoreTable().or(() -> session.tables().tables().stream().findFirst())
                .ifPresent(t -> adql.set("SELECT TOP 100 *\nFROM " + t.name()));
    }

    /** Runs the query in the background; does nothing while one runs. Bad input ends in the status line. */
    public void run() {
        if (running.get()) {
            return;
        }
        TapQuery query;
        try {
            query = query();
        } catch (IllegalArgumentException e) {
            show(true, ProblemText.sentence(e));
            return;
        }
        remember(query.adql());
        running.set(true);
        boolean asJob = async.get();
        show(false, asJob ? "Creating an async job…" : "Running…");
        long started = System.nanoTime();
        String where = session.connection().title();
        current = asJob
                ? runner.run("Async query on " + where, progress -> runAsync(query, progress),
                        outcome -> finished(outcome.orElse(null), query, true, started), this::failed, this::cancelled)
                : runner.run("Query on " + where, progress -> {
                    Cancellation c = new Cancellation();
                    progress.onCancel(c::cancel);
                    return Optional.of(session.service().query(query, reading(progress), c));
                }, outcome -> finished(outcome.orElse(null), query, false, started), this::failed, this::cancelled);
    }

    /**
     * Creates the job (listing it at once), starts it, waits for it and reads its result. Cancelled,
     * it aborts and deletes the job before giving up; aborted from the jobs list, it ends with no result.
     */
    private Optional<TapResult> runAsync(TapQuery query, TaskRunner.Progress progress) {
        Cancellation c = new Cancellation();
        progress.onCancel(c::cancel);
        UwsJob job = session.service().create(query, c);
        JobRow[] row = {null};
        progress.publish(() -> {
            row[0] = jobs.added(job, query.adql());
            runningJob = row[0];
        });
        try {
            job.run(c);
            UwsJobStatus status = job.waitUntilFinal(new TapProgress() {
                @Override
                public void read(long bytes, long rows) {
                }

                @Override
                public void phase(UwsPhase phase) {
                    progress.update(-1, -1, "Job " + phase);
                    progress.publish(() -> jobs.phase(row[0], phase));
                }
            }, c);
            progress.publish(() -> jobs.phase(row[0], status.phase()));
            return switch (status.phase()) {
                case COMPLETED -> {
                    TapResult result = job.result(status, reading(progress), c);
                    progress.publish(() -> row[0].note(count(result.rowCount(), "row") + " read"));
                    yield Optional.of(result);
                }
                case ABORTED -> Optional.empty();
                default -> throw new TapException(TapException.Kind.SERVICE_ERROR, "the TAP service at "
                        + session.connection().title() + " reported an error: " + job.errorMessage(status, c));
            };
        } catch (TapException e) {
            if (e.kind() == TapException.Kind.CANCELLED) {
                abortAndDelete(job);
            }
            throw e;
        }
    }

    /**
     * Aborts and deletes the job of a cancelled query. The cancel may interrupt this thread at any
     * moment (the window's runner does), which would stop the requests, so they run on a thread of
     * their own that this one waits for.
     */
    private static void abortAndDelete(UwsJob job) {
        Thread tidy = new Thread(() -> {
            try {
                job.abort(Cancellation.none());
            } catch (TapException e) {
                // a job that already ended cannot be aborted; it is deleted all the same
            }
            try {
                job.delete(Cancellation.none());
            } catch (TapException e) {
                // the service destroys it after its retention period
            }
        }, "tap-job-cleanup");
        tidy.setDaemon(true);
        tidy.start();
        boolean interrupted = false;
        while (tidy.isAlive()) {
            try {
                tidy.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Bytes and rows read, as the window's progress line shows them. */
    private static TapProgress reading(TaskRunner.Progress progress) {
        return (bytes, rows) -> progress.update(rows, -1, String.format(Locale.ROOT, "Read %,d rows (%.1f MB)",
                rows, bytes / 1e6));
    }

    private void finished(TapResult result, TapQuery query, boolean asJob, long started) {
        ended();
        if (result == null) {
            show(false, "The job was aborted; no result.");
            return;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        session.resultProperty().set(new QueryOutcome(result, query.adql(), asJob, seconds));
        show(false, String.format(Locale.ROOT, "%s in %.1f s%s", count(result.rowCount(), "row"), seconds,
                asJob ? " (async)" : ""));
    }

    private void failed(Throwable cause) {
        ended();
        String sentence = ProblemText.sentence(cause);
        show(true, sentence);
        onFailure.accept(sentence, cause);
    }

    /** The work aborts and deletes the job; the list lets it go at once. */
    private void cancelled() {
        boolean hadJob = runningJob != null;
        if (hadJob) {
            jobs.gone(runningJob);
        }
        ended();
        show(false, hadJob ? "Cancelled; the job is deleted." : "Cancelled.");
    }

    private void ended() {
        running.set(false);
        current = Job.DONE;
        runningJob = null;
    }

    /** Stops the running query; an async one's job is aborted and deleted. */
    public void cancel() {
        current.cancel();
    }

    /** The query as it will be sent; an IllegalArgumentException says what is wrong with the fields. */
    TapQuery query() {
        String text = adql.get() == null ? "" : adql.get().strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("write a query first, or pick a template");
        }
        String limit = maxrec.get() == null ? "" : maxrec.get().strip().replace(",", "").replace("_", "");
        long rows = -1;
        if (!limit.isEmpty()) {
            try {
                rows = Long.parseLong(limit);
            } catch (NumberFormatException e) {
                rows = -2;
            }
            if (rows < 0) {
                throw new IllegalArgumentException("MAXREC must be a whole number of rows, 0 or more (or empty for the service's default)");
            }
        }
        return new TapQuery(text, rows, ResultFormat.VOTABLE);
    }

    private void remember(String query) {
        history.remove(query);
        history.add(0, query);
        if (history.size() > HISTORY) {
            history.remove(HISTORY, history.size());
        }
    }

    /** The ObsCore templates for this service, centred on the sky view's centre when there is one. */
    public List<AdqlTemplate> templates() {
        Optional<TapTable> obscore = session.tables().obsCoreTable();
        return obscore.map(t -> ObsCoreTemplates.forTable(t, session.capabilities(), session.sky().centreProperty().get()))
                .orElse(List.of());
    }

    /** Puts a template's query into the editor (only one the service can run). */
    public void apply(AdqlTemplate template) {
        if (template.available()) {
            adql.set(template.adql());
        }
    }

    /** What the MAXREC field says when empty: the service's own default. */
    public String maxrecPrompt() {
        long d = session.capabilities().defaultMaxrec();
        return d >= 0 ? String.format(Locale.ROOT, "default %,d", d) : "service default";
    }

    private void show(boolean isProblem, String text) {
        problem.set(isProblem);
        status.set(text);
    }

    private static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    public StringProperty adqlProperty() {
        return adql;
    }

    /** Run as a UWS job (for long queries) instead of synchronously. */
    public BooleanProperty asyncProperty() {
        return async;
    }

    /** The most rows wanted, as typed; empty for the service's default. */
    public StringProperty maxrecProperty() {
        return maxrec;
    }

    /** Queries run in this window, newest first, each once. */
    public ObservableList<String> history() {
        return history;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** How the last run went, or what is wrong with the fields, in a line. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whether the status line tells of a problem. */
    public ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
