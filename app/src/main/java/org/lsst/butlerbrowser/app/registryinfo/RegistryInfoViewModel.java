package org.lsst.butlerbrowser.app.registryinfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lsst.butlerbrowser.app.session.RegistrySession;
import org.lsst.butlerbrowser.app.tasks.Job;
import org.lsst.butlerbrowser.app.tasks.TaskRunner;
import org.lsst.butlerbrowser.model.registry.ManagerVersion;
import org.lsst.butlerbrowser.model.registry.Registry;
import org.lsst.butlerbrowser.model.registry.RegistryHealth;
import org.lsst.butlerbrowser.model.registry.ResultCursor;

/**
 * State of the staff view ("Registry" tab): what the registry is (backend, database, schema,
 * universe, managers and their versions), at once; and, loaded in the background with progress,
 * every table's row count and size on disk and the registry's health (dangling chain children,
 * chain cycles, runs and dataset types without datasets).
 */
public final class RegistryInfoViewModel {

    /** One line of the registry's identity, e.g. Universe: daf_butler 8. */
    public record Fact(String name, String value) {
    }

    /** A table with its exact row count and its bytes on disk (null when the database cannot tell). */
    public record TableStats(String name, long rows, Long bytes) {
    }

    /** How a health finding reads: all well, worth knowing, or damage. */
    public enum Severity { OK, NOTE, PROBLEM }

    /** One health check's verdict and the names it concerns. */
    public record Finding(Severity severity, String heading, List<String> items) {
        public Finding {
            items = List.copyOf(items);
        }
    }

    /** What the background load brings back. */
    private record Report(List<TableStats> tables, RegistryHealth health, boolean sizesKnown) {
    }

    private final RegistrySession session;
    private final TaskRunner runner;
    private final List<Fact> facts;
    private final List<ManagerVersion> managers;
    private final ObservableList<TableStats> tables = FXCollections.observableArrayList();
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    // one read-only view of each list, kept: a view holds its listeners only weakly on the list
    private final ObservableList<TableStats> tablesView = FXCollections.unmodifiableObservableList(tables);
    private final ObservableList<Finding> findingsView = FXCollections.unmodifiableObservableList(findings);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private Job job = Job.DONE;
    /** Counts the loads started, so that only the newest one's cancellation is reported. */
    private int reloads;
    private boolean loaded;

    public RegistryInfoViewModel(RegistrySession session, TaskRunner runner) {
        this.session = session;
        this.runner = runner;
        Registry registry = session.registry();
        facts = List.of(
                new Fact("Backend", registry.backend().label()),
                new Fact("Database", registry.description()),
                new Fact("Schema", registry.schema() == null ? "(none: " + registry.backend().label()
                        + " has no namespace)" : registry.schema()),
                new Fact("Universe", registry.universe().namespace() + " " + registry.universe().version()),
                new Fact("Collections", Integer.toString(registry.collections().all().size())),
                new Fact("Dataset types", Integer.toString(registry.datasetTypes().size())));
        managers = List.copyOf(registry.attributes().managers());
    }

    /** Loads the row counts, sizes and health the first time the screen is shown. */
    public void load() {
        if (!loaded && !loading.get()) {
            reload();
        }
    }

    /** Counts and checks again, in the background; a load still running is cancelled first. */
    public void reload() {
        job.cancel();
        loading.set(true);
        error.set(null);
        status.set("Counting rows and checking the registry…");
        Registry registry = session.registry();
        int asked = ++reloads;
        job = runner.run("Checking " + session.name(), progress -> {
            List<String> names = registry.tableNames();
            long steps = names.size() + 2L;
            progress.update(0, steps, "Measuring table sizes");
            Map<String, Long> sizes = registry.tableSizes();
            List<TableStats> stats = new ArrayList<>();
            for (String table : names) {
                if (progress.isCancelled()) {
                    throw new CancellationException();
                }
                progress.update(stats.size() + 1, steps, "Counting rows of " + table);
                try (ResultCursor<Long> count = registry.countRows(table)) {
                    progress.onCancel(count::cancel);
                    stats.add(new TableStats(table, count.next(), sizes.get(table)));
                }
            }
            progress.update(steps - 1, steps, "Checking collection chains, runs and dataset types");
            return new Report(stats, RegistryHealth.check(registry), !sizes.isEmpty());
        }, this::show, problem -> {
            loading.set(false);
            error.set("Could not check the registry: " + firstLine(problem));
            status.set("");
        }, () -> {
            if (asked == reloads) { // cancelled by the window's Cancel button, not replaced by a newer load
                cancelled();
            }
        });
    }

    private void show(Report report) {
        loaded = true;
        loading.set(false);
        tables.setAll(report.tables());
        findings.setAll(findings(report.health()));
        long rows = report.tables().stream().mapToLong(TableStats::rows).sum();
        String text = report.tables().size() + " tables · " + String.format(Locale.ROOT, "%,d", rows) + " rows";
        if (report.sizesKnown()) {
            long bytes = report.tables().stream().mapToLong(t -> t.bytes() == null ? 0 : t.bytes()).sum();
            text += " · " + Sizes.format(bytes) + " on disk";
        } else {
            text += " · sizes unknown (this SQLite library has no dbstat table)";
        }
        status.set(text);
    }

    private void cancelled() {
        if (loading.get()) {
            loading.set(false);
            status.set("Cancelled; Refresh counts again.");
        }
    }

    /** The four checks as a person reads them. */
    static List<Finding> findings(RegistryHealth health) {
        List<String> dangling = health.danglingChildren().stream()
                .map(d -> d.chain() + " at position " + d.position() + " → missing collection id " + d.childId())
                .toList();
        return List.of(
                finding(Severity.PROBLEM, dangling, "No dangling chain children",
                        "dangling chain child", "dangling chain children"),
                finding(Severity.PROBLEM, health.cycles(), "No chain cycles",
                        "chain in a cycle", "chains in cycles"),
                finding(Severity.NOTE, health.emptyRuns(), "Every run holds datasets",
                        "run holds no datasets", "runs hold no datasets"),
                finding(Severity.NOTE, health.unusedDatasetTypes(), "Every dataset type has datasets",
                        "dataset type has no datasets", "dataset types have no datasets"));
    }

    private static Finding finding(Severity ifAny, List<String> items, String none, String one, String many) {
        if (items.isEmpty()) {
            return new Finding(Severity.OK, none, items);
        }
        return new Finding(ifAny, items.size() + " " + (items.size() == 1 ? one : many), items);
    }

    private static String firstLine(Throwable problem) {
        String message = problem.getMessage();
        return message == null || message.isBlank() ? problem.getClass().getSimpleName()
                : message.strip().lines().findFirst().orElse("");
    }

    /** Backend, database, schema, universe and counts of collections and dataset types. */
    public List<Fact> facts() {
        return facts;
    }

    /** The managers butler_attributes names, with their schema versions. */
    public List<ManagerVersion> managers() {
        return managers;
    }

    /** Every table with rows and size, once loaded. */
    public ObservableList<TableStats> tables() {
        return tablesView;
    }

    /** The health checks' verdicts, once loaded. */
    public ObservableList<Finding> findings() {
        return findingsView;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public boolean isLoading() {
        return loading.get();
    }

    /** What is being done, or the totals once done. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public String getStatus() {
        return status.get();
    }

    /** Why the load failed, or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String getError() {
        return error.get();
    }
}
