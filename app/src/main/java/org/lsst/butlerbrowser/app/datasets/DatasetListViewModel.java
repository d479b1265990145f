package org.lsst.butlerbrowser.app.datasets;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lsst.butlerbrowser.app.session.RegistrySession;
import org.lsst.butlerbrowser.model.query.Vocabulary;
import org.lsst.butlerbrowser.app.tasks.Job;
import org.lsst.butlerbrowser.app.tasks.TaskRunner;
import org.lsst.butlerbrowser.model.query.ExpressionException;
import org.lsst.butlerbrowser.model.registry.Collection;
import org.lsst.butlerbrowser.model.registry.CollectionType;
import org.lsst.butlerbrowser.model.registry.DatasetQuery;
import org.lsst.butlerbrowser.model.registry.DatasetQuery.SortKey;
import org.lsst.butlerbrowser.model.registry.DatasetRef;
import org.lsst.butlerbrowser.model.registry.DatasetType;
import org.lsst.butlerbrowser.model.registry.Registry;
import org.lsst.butlerbrowser.model.registry.WhereClause;
import org.lsst.butlerbrowser.model.time.Timespan;

/**
 * The datasets of the session's dataset type in its collection, as {@code butler query-datasets}
 * finds them: find-first or all, narrowed by a where-expression, in the order the user asked for
 * (the database sorts; a partial page is never sorted here). The first page comes from a cursor
 * opened in a background job, later pages from the same cursor as the user scrolls, the total from
 * a second job. Changing anything closes the cursor and asks again.
 */
public final class DatasetListViewModel {

    /** Rows per page: enough to scroll through at once, few enough to come at once from a million. */
    public static final int PAGE_SIZE = 1_000;

    private final RegistrySession session;
    private final TaskRunner runner;
    private final BooleanProperty findFirst = new SimpleBooleanProperty(this, "findFirst", false);
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ReadOnlyObjectWrapper<FilterProblem> filterProblem = new ReadOnlyObjectWrapper<>(this, "filterProblem");
    private final ObservableList<DatasetRef> rows = FXCollections.observableArrayList();
    private final ObservableList<DatasetRef> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<Timespan> validities = FXCollections.observableArrayList();
    private final ObservableList<Timespan> readOnlyValidities = FXCollections.unmodifiableObservableList(validities);
    private final ReadOnlyObjectWrapper<List<DatasetColumn>> columns = new ReadOnlyObjectWrapper<>(this, "columns", List.of());
    private final ReadOnlyBooleanWrapper showsValidity = new ReadOnlyBooleanWrapper(this, "showsValidity", false);
    private final ReadOnlyObjectWrapper<Long> total = new ReadOnlyObjectWrapper<>(this, "total");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Datasets");
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(this, "placeholder", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObjectProperty<DatasetRef> selected = new SimpleObjectProperty<>(this, "selected");

    private WhereClause where = WhereClause.NONE;
    private List<SortKey> sortOrder = List.of();
    private DatasetType columnsFor;
    private DatasetQuery query;
    private DatasetPager pager;
    private Job pageJob = Job.DONE;
    private Job countJob = Job.DONE;
    private long queryMillis = -1;
    private boolean stopped;

    /** The words the filter field offers to complete, from the registry's universe. */
    public Vocabulary vocabulary() {
        return Vocabulary.of(session.registry().universe());
    }

    public DatasetListViewModel(RegistrySession session, TaskRunner runner) {
        this.session = session;
        this.runner = runner;
        // change listeners, like the types list's, so that it hears a new collection first
        session.collectionProperty().addListener((obs, was, now) -> reload());
        session.datasetTypeProperty().addListener((obs, was, now) -> reload());
        findFirst.addListener((obs, was, now) -> reload());
        filterText.addListener(o -> filterProblem.set(null)); // the marked characters no longer line up
        selected.addListener((obs, was, now) -> {
            if (now != null || session.detailProperty().get() instanceof DatasetRef) {
                session.detailProperty().set(now);
            }
        });
        reload();
    }

    /** Applies the filter text as a where-expression; a syntax error is marked and nothing is asked. */
    public void applyFilter() {
        WhereClause parsed;
        try {
            parsed = WhereClause.parse(filterText.get());
        } catch (ExpressionException e) {
            filterProblem.set(FilterProblem.of(e));
            return;
        }
        filterProblem.set(null);
        where = parsed;
        reload();
    }

    /** Orders the datasets by these columns (keys of {@link #columnsProperty()}), asking the database again. */
    public void sortBy(List<SortKey> order) {
        if (!order.equals(sortOrder)) {
            sortOrder = List.copyOf(order);
            reload();
        }
    }

    /** Reads the next page from the open cursor, unless one is being read or all are here. */
    public void loadMore() {
        if (pager != null && !stopped && pageJob.isDone() && !pager.isExhausted()) {
            readPage(pager, query, false);
        }
    }

    /** Stops reading: the rows so far stay, the cursor is closed, the count is abandoned. */
    public void stop() {
        if (pager == null || stopped || pager.isExhausted() && countJob.isDone()) {
            return;
        }
        stopped = true; // first: cancelling the jobs below calls back here
        pageJob.cancel();
        countJob.cancel();
        retire(pager);
        loading.set(false);
        if (rows.isEmpty()) {
            placeholder.set("Stopped before any dataset arrived.");
        }
        updateStatus();
    }

    private void reload() {
        Collection collection = session.collectionProperty().get();
        DatasetType type = session.datasetTypeProperty().get();
        boolean validity = type != null && collection != null && certifiedIn(type, collection);
        // new columns only for a new type or validity column, so that the table keeps its widths
        boolean newColumns = type != columnsFor || validity != showsValidity.get();
        if (newColumns) {
            sortOrder = List.of(); // the table drops its sort with its columns
        }
        DatasetQuery next = collection == null || type == null ? null : new DatasetQuery(List.of(type.name()),
                List.of(collection.name()), findFirst.get(), where, 0, sortOrder);
        if (Objects.equals(next, query) && (next == null || pager != null && !stopped)) {
            return; // nothing changed, e.g. the types list cleared the type, then the collection changed
        }
        DatasetPager old = pager;
        pager = null; // first: cancelling the jobs below calls back, and must find no current query
        pageJob.cancel();
        countJob.cancel();
        if (old != null) {
            retire(old);
        }
        query = next;
        stopped = false;
        queryMillis = -1;
        rows.clear();
        validities.clear();
        total.set(null);
        selected.set(null);
        if (newColumns) {
            columnsFor = type;
            showsValidity.set(validity);
            columns.set(type == null ? List.of() : DatasetColumn.of(type, session.registry().universe(), validity));
        }
        if (next == null) {
            title.set("Datasets");
            placeholder.set(collection == null ? "Select a collection, then one of its dataset types."
                    : "Select a dataset type to list its datasets.");
            status.set("");
            loading.set(false);
            session.tableProperty().set(null);
            return;
        }
        Registry registry = session.registry();
        title.set(type.name() + " in " + collection.name());
        session.tableProperty().set(new DatasetTable(title.get(), columns.get(), registry, next));
        pager = new DatasetPager(() -> registry.queryDatasets(next));
        placeholder.set("Finding " + type.name() + " datasets…");
        readPage(pager, next, true);
        count(pager, next);
    }

    /** Whether the search path holds certifications of the type (its datasets then have validity ranges). */
    private boolean certifiedIn(DatasetType type, Collection collection) {
        Registry registry = session.registry();
        return type.isCalibration() && registry.collections().flatten(collection.name()).stream()
                .anyMatch(c -> c.type() == CollectionType.CALIBRATION
                        && registry.summaryDatasetTypes(c.name()).contains(type.name()));
    }

    private void readPage(DatasetPager from, DatasetQuery asked, boolean first) {
        long started = System.nanoTime();
        loading.set(true);
        String what = first ? "Finding " + asked.datasetTypes().get(0) + " datasets in " + asked.collections().get(0)
                : "Reading more " + asked.datasetTypes().get(0) + " datasets";
        pageJob = runner.run(what, progress -> {
            progress.onCancel(from::close);
            return from.next(PAGE_SIZE);
        }, page -> {
            if (from != pager) {
                return; // a newer query has replaced this one
            }
            if (first) {
                queryMillis = (System.nanoTime() - started) / 1_000_000;
            }
            rows.addAll(page);
            page.stream().map(DatasetRef::validity).filter(Objects::nonNull).forEach(validities::add);
            loading.set(false);
            if (rows.isEmpty()) {
                placeholder.set("No " + asked.datasetTypes().get(0) + " datasets in " + asked.collections().get(0)
                        + (asked.where().isEmpty() ? "." : " match the filter."));
            }
            updateStatus();
        }, problem -> {
            if (from == pager) {
                failed(problem);
            }
        }, () -> stoppedFromOutside(from));
    }

    private void count(DatasetPager of, DatasetQuery asked) {
        countJob = runner.run("Counting " + asked.datasetTypes().get(0) + " datasets",
                progress -> session.registry().countDatasets(asked, progress::onCancel),
                n -> {
                    if (of == pager) {
                        total.set(n);
                        updateStatus();
                    }
                },
                problem -> { }, // the page job reports the same problem in the table
                () -> stoppedFromOutside(of));
    }

    /** The window's Cancel button stopped a job of the shown query: as if Stop had been pressed. */
    private void stoppedFromOutside(DatasetPager of) {
        if (of == pager) {
            stop();
        }
    }

    private void failed(Throwable problem) {
        loading.set(false);
        retire(pager);
        pager = null; // asking the same again retries
        if (problem instanceof ExpressionException e) {
            filterProblem.set(FilterProblem.of(e));
            placeholder.set("The filter cannot be used: " + reason(problem) + ".");
        } else {
            String reason = reason(problem);
            placeholder.set(Character.toUpperCase(reason.charAt(0)) + reason.substring(1) + ".");
        }
        status.set("The query failed.");
    }

    /**
     * Closes a pager in the background, as closing a connection may wait on the network; a page
     * being read is stopped by its job's cancel action.
     */
    private void retire(DatasetPager old) {
        runner.run("Closing a datasets query", progress -> {
            old.close();
            return old;
        }, closed -> { }, problem -> { });
    }

    private void updateStatus() {
        if (query == null) {
            status.set("");
            return;
        }
        Long n = total.get();
        String loaded = String.format("%,d", rows.size());
        String took = queryMillis < 0 ? "" : " · query took " + queryMillis + " ms";
        if (stopped) {
            status.set("Stopped after " + loaded + (n == null ? "" : " of " + String.format("%,d", n)) + " rows");
        } else if (pager != null && pager.isExhausted()) {
            status.set(DatasetTypesViewModel.plural(rows.size(), "row") + took);
        } else {
            status.set(loaded + (n == null ? " rows loaded, counting…" : " of " + String.format("%,d", n) + " rows loaded")
                    + took);
        }
    }

    /** The first line of a problem's message, without a final period: half of a one-sentence error. */
    static String reason(Throwable problem) {
        String message = problem.getMessage() == null ? "" : problem.getMessage().strip();
        String line = message.lines().findFirst().orElse("").strip().replaceAll("\\.+$", "");
        return line.isEmpty() ? problem.getClass().getSimpleName() : line;
    }

    /** The open pager, for tests that check a cursor is closed. */
    DatasetPager pager() {
        return pager;
    }

    public BooleanProperty findFirstProperty() {
        return findFirst;
    }

    public void setFindFirst(boolean value) {
        findFirst.set(value);
    }

    /** The filter as typed; {@link #applyFilter()} uses it. */
    public StringProperty filterTextProperty() {
        return filterText;
    }

    public void setFilterText(String text) {
        filterText.set(text);
    }

    /** Why the applied filter was rejected, or null. */
    public ReadOnlyObjectProperty<FilterProblem> filterProblemProperty() {
        return filterProblem.getReadOnlyProperty();
    }

    public FilterProblem getFilterProblem() {
        return filterProblem.get();
    }

    /** The datasets loaded so far, in the query's order. */
    public ObservableList<DatasetRef> rows() {
        return readOnlyRows;
    }

    /** The validity ranges of the loaded datasets (certifications only), for the timeline. */
    public ObservableList<Timespan> validities() {
        return readOnlyValidities;
    }

    public ReadOnlyObjectProperty<List<DatasetColumn>> columnsProperty() {
        return columns.getReadOnlyProperty();
    }

    public List<DatasetColumn> getColumns() {
        return columns.get();
    }

    /** True when the datasets come from a CALIBRATION collection and so have validity ranges. */
    public ReadOnlyBooleanProperty showsValidityProperty() {
        return showsValidity.getReadOnlyProperty();
    }

    /** How many datasets the whole query finds; null until counted. */
    public ReadOnlyObjectProperty<Long> totalProperty() {
        return total.getReadOnlyProperty();
    }

    public Long getTotal() {
        return total.get();
    }

    /** True while a page is being read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True once every row of the query is loaded. */
    public boolean isComplete() {
        return pager != null && pager.isExhausted();
    }

    /** E.g. "calexp in HSC/runs/RC2". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** What the empty table says: a hint, progress, or why the query failed. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    public String getPlaceholder() {
        return placeholder.get();
    }

    /** E.g. "1,000 of 1,569 rows loaded · query took 41 ms". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public String getStatus() {
        return status.get();
    }

    /** The dataset selected in the table; the detail panel shows it. */
    public ObjectProperty<DatasetRef> selectedProperty() {
        return selected;
    }
}
