package org.lsst.butlerbrowser.app.dimensions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lsst.butlerbrowser.app.detail.RecordCells;
import org.lsst.butlerbrowser.app.detail.TimeScale;
import org.lsst.butlerbrowser.app.session.RegistrySession;
import org.lsst.butlerbrowser.model.query.Vocabulary;
import org.lsst.butlerbrowser.app.tasks.Job;
import org.lsst.butlerbrowser.app.tasks.TaskRunner;
import org.lsst.butlerbrowser.model.query.ExpressionException;
import org.lsst.butlerbrowser.model.registry.DimensionRecord;
import org.lsst.butlerbrowser.model.registry.Registry;
import org.lsst.butlerbrowser.model.registry.ResultCursor;
import org.lsst.butlerbrowser.model.registry.WhereClause;
import org.lsst.butlerbrowser.model.universe.DimensionElement;
import org.lsst.butlerbrowser.model.universe.DimensionUniverse;
import org.lsst.butlerbrowser.model.universe.ElementGroups;
import org.lsst.butlerbrowser.views.ColumnSort;

/**
 * State of the dimensions screen: the universe's elements as a tree with their record counts, and
 * the records of the selected element, read a page at a time under an optional where-clause. A
 * foreign-key value opens the record it names. All database work goes through the {@link TaskRunner}.
 */
public final class DimensionsViewModel {

    /** Rows read at once: the first page, and each further page as the table scrolls. */
    static final int PAGE = 1_000;
    /** Most rows read to sort a column whose records are not all loaded yet. */
    static final int SORT_LIMIT = 100_000;

    private final RegistrySession session;
    private final TaskRunner runner;
    private final Registry registry;
    private final DimensionUniverse universe;
    private final List<ElementNode> tree;
    private final Map<String, ElementNode> nodes = new HashMap<>();

    private final ReadOnlyObjectWrapper<DimensionElement> element = new ReadOnlyObjectWrapper<>(this, "element");
    private final StringProperty where = new SimpleStringProperty(this, "where", "");
    private final ObservableList<RecordColumn> columns = FXCollections.observableArrayList();
    private final ObservableList<DimensionRecord> rows = FXCollections.observableArrayList();
    /** The records read so far in the order the database gave them; {@link #rows} is them in the order asked for. */
    private final List<DimensionRecord> read = new ArrayList<>();
    private List<ColumnSort> order = List.of();
    private final ObservableList<RecordColumn> readOnlyColumns = FXCollections.unmodifiableObservableList(columns);
    private final ObservableList<DimensionRecord> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ObjectProperty<DimensionRecord> selectedRecord = new SimpleObjectProperty<>(this, "selectedRecord");
    private final ObjectProperty<TimeScale> timeScale = new SimpleObjectProperty<>(this, "timeScale", TimeScale.TAI);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyBooleanWrapper more = new ReadOnlyBooleanWrapper(this, "more", false);
    private final ReadOnlyObjectWrapper<Long> total = new ReadOnlyObjectWrapper<>(this, "total");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message",
            "Select a dimension element to see its records.");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");

    private Job job = Job.DONE;
    private Job countJob = Job.DONE;
    private Job sortJob = Job.DONE;
    /** Counts the sorts started: only the latest one's order is shown. */
    private int sorts;
    private ResultCursor<DimensionRecord> cursor;
    /** Bumped by every new query, so that answers to an older one are dropped. */
    private int generation;

    /** The words the where field offers to complete, from the registry's universe. */
    public Vocabulary vocabulary() {
        return Vocabulary.of(session.registry().universe());
    }

    public DimensionsViewModel(RegistrySession session, TaskRunner runner) {
        this.session = session;
        this.runner = runner;
        this.registry = session.registry();
        this.universe = registry.universe();
        this.tree = ElementNode.tree(ElementGroups.of(universe));
        tree.forEach(this::index);
        selectedRecord.addListener((obs, was, now) -> {
            if (now != null) {
                session.detailProperty().set(now);
            } else if (session.detailProperty().get() instanceof DimensionRecord) {
                session.detailProperty().set(null);
            }
        });
        timeScale.addListener((obs, was, now) -> status.set(statusText()));
    }

    private void index(ElementNode node) {
        if (node.element() != null) {
            nodes.put(node.element().name(), node);
        }
        node.children().forEach(this::index);
    }

    /** Counts every stored element's records in the background; the tree shows each count as it comes. */
    public void loadCounts() {
        List<ElementNode> stored = new ArrayList<>();
        universe.elements().forEach(e -> {
            ElementNode node = nodes.get(e.name());
            if (node != null && node.kind() == ElementNode.Kind.STORED && node.getCount() == null) {
                stored.add(node);
            }
        });
        new ElementCounter(registry, runner).count(stored);
    }

    /**
     * Shows all of an element's records. Nothing happens when it is already shown, so that the tree
     * following {@link #follow} back to this element does not undo the link's filter.
     */
    public void open(String elementName) {
        DimensionElement e = universe.element(elementName);
        if (e.equals(element.get())) {
            return;
        }
        element.set(e);
        where.set("");
        query(false);
    }

    /** Runs the where-field's expression against the shown element. */
    public void applyWhere() {
        query(false);
    }

    public void clearWhere() {
        where.set("");
        query(false);
    }

    /** Where the {@code field} value of a shown record leads, if it is a link (a foreign key). */
    public Optional<RecordLink> link(DimensionRecord record, String field) {
        DimensionElement source = universe.element(record.element());
        boolean isLink = RecordColumn.of(universe, source).stream()
                .anyMatch(c -> c.field().equals(field) && c.kind() == RecordColumn.Kind.LINK);
        return isLink ? RecordLink.of(universe, source, record, field) : Optional.empty();
    }

    /** Opens the record a link value names: its element, filtered by its key, with the record selected. */
    public void follow(DimensionRecord record, String field) {
        link(record, field).ifPresent(link -> {
            element.set(universe.element(link.element()));
            where.set(link.where());
            query(true);
        });
    }

    private void query(boolean selectFirst) {
        stop();
        int gen = ++generation;
        rows.clear();
        read.clear();
        order = List.of();
        selectedRecord.set(null);
        error.set(null);
        total.set(null);
        more.set(false);
        DimensionElement e = element.get();
        boolean stored = e != null && !e.isSkypix();
        columns.setAll(stored ? RecordColumn.of(universe, e) : List.of());
        if (e == null) {
            return;
        }
        if (!stored) {
            message.set(e.name() + " is a sky pixelization level: its pixels are computed, and the registry stores no records for it.");
            status.set(e.name() + " · computed");
            session.tableProperty().set(null);
            return;
        }
        WhereClause clause;
        try {
            clause = WhereClause.parse(where.get());
        } catch (ExpressionException ex) {
            fail(ex);
            return;
        }
        session.tableProperty().set(new RecordsTable(registry, e, clause));
        loading.set(true);
        message.set("Reading " + e.name() + " records…");
        status.set(e.name() + " · reading…");
        job = runner.run("Reading " + e.name() + " records", progress -> {
            ResultCursor<DimensionRecord> c = registry.queryDimensionRecords(e.name(), clause, 0);
            progress.onCancel(c::cancel);
            return closedIfCancelled(Page.read(c, PAGE), progress);
        }, page -> {
            if (gen != generation) {
                page.cursor().close();
                return;
            }
            accept(page);
            if (selectFirst && !rows.isEmpty()) {
                selectedRecord.set(rows.get(0));
            }
            countTotal(gen, e, clause);
        }, problem -> {
            if (gen == generation) {
                fail(problem);
            }
        }, () -> stoppedFromOutside(gen));
    }

    /** The whole answer's size: known from the tree when unfiltered, else counted in the background. */
    private void countTotal(int gen, DimensionElement e, WhereClause clause) {
        if (!more.get()) {
            setTotal(e, clause, read.size());
            return;
        }
        ElementNode node = nodes.get(e.name());
        if (clause.isEmpty() && node != null && node.getCount() != null) {
            setTotal(e, clause, node.getCount());
            return;
        }
        countJob = runner.run("Counting " + e.name() + " records", progress ->
                registry.countDimensionRecords(e.name(), clause, progress::onCancel), n -> {
                    if (gen == generation) {
                        setTotal(e, clause, n);
                    }
                }, problem -> {
                    // the rows are there; only their number is unknown
                });
    }

    private void setTotal(DimensionElement e, WhereClause clause, long n) {
        total.set(n);
        ElementNode node = nodes.get(e.name());
        if (clause.isEmpty() && node != null) {
            node.setCount(n);
        }
        status.set(statusText());
    }

    /** Reads the next page, when there is one and none is being read; the table asks as it scrolls. */
    public void loadMore() {
        readMore(PAGE);
    }

    /**
     * Shows the records in this order (field keys, first key first; none: as the database gave them).
     * A sort covers every record, so the rest is read first (up to {@link #SORT_LIMIT} in all); the
     * sorting runs in the background, and each page read later is sorted in with the others.
     */
    public void sortBy(List<ColumnSort> keys) {
        order = List.copyOf(keys);
        sortJob.cancel();
        sorts++;
        if (order.isEmpty()) {
            show(read);
            loading.set(!job.isDone());
        } else if (more.get() && read.size() < SORT_LIMIT) {
            readMore(SORT_LIMIT - read.size()); // sorted when it arrives
        } else {
            sortRead();
        }
    }

    private void sortRead() {
        int gen = generation;
        int sort = ++sorts;
        List<ColumnSort> keys = order;
        List<DimensionRecord> sorted = new ArrayList<>(read); // the one copy, sorted in the background
        Comparator<DimensionRecord> comparator = comparator(keys);
        loading.set(true);
        sortJob = runner.run(String.format(Locale.ROOT, "Sorting %,d %s records", sorted.size(), element.get().name()),
                progress -> {
                    sorted.sort(comparator);
                    return sorted;
                }, done -> {
                    if (gen == generation && sort == sorts) {
                        show(done);
                        loading.set(!job.isDone());
                    }
                }, problem -> {
                    if (gen == generation) {
                        fail(problem);
                    }
                }, () -> {
                    if (gen == generation && sort == sorts) {
                        loading.set(!job.isDone());
                    }
                });
    }

    /** Shows the records in a new order; the picked record stays picked (a table forgets its selection when its rows are replaced). */
    private void show(List<DimensionRecord> records) {
        DimensionRecord picked = selectedRecord.get();
        rows.setAll(records);
        selectedRecord.set(picked);
    }

    /** The records' order for these keys: each field by its column's order; equal keys keep the database's order. */
    private Comparator<DimensionRecord> comparator(List<ColumnSort> keys) {
        Comparator<DimensionRecord> all = null;
        for (ColumnSort key : keys) {
            RecordColumn column = columns.stream().filter(c -> c.field().equals(key.key())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no column " + key.key()));
            Comparator<DimensionRecord> one = Comparator.comparing(r -> r.get(column.field()), column.comparator());
            one = key.descending() ? one.reversed() : one;
            all = all == null ? one : all.thenComparing(one);
        }
        return all;
    }

    private void readMore(int n) {
        if (!more.get() || !job.isDone() || n <= 0) {
            return;
        }
        int gen = generation;
        ResultCursor<DimensionRecord> c = cursor;
        String name = element.get().name();
        loading.set(true);
        job = runner.run("Reading more " + name + " records", progress -> {
            progress.onCancel(c::cancel);
            return closedIfCancelled(Page.read(c, n), progress);
        }, page -> {
            if (gen == generation) {
                accept(page);
            } else {
                page.cursor().close();
            }
        }, problem -> {
            if (gen == generation) {
                fail(problem);
            }
        }, () -> stoppedFromOutside(gen));
    }

    /**
     * The window's Cancel button stopped reading the shown records (a newer query would have
     * changed the generation): the rows so far stay, and no more are read.
     */
    private void stoppedFromOutside(int gen) {
        if (gen != generation || !loading.get()) {
            return;
        }
        loading.set(false);
        more.set(false);
        cursor = null; // the cancelled reader closed it
        DimensionElement e = element.get();
        if (read.isEmpty()) {
            message.set("Stopped before any " + e.name() + " record arrived.");
        }
        status.set(statusText() + " · stopped");
    }

    private void accept(Page page) {
        cursor = page.more() ? page.cursor() : null;
        read.addAll(page.rows());
        more.set(page.more());
        loading.set(false);
        if (order.isEmpty()) {
            rows.addAll(page.rows());
        } else {
            sortRead();
        }
        DimensionElement e = element.get();
        message.set(read.isEmpty() ? (where.get().isBlank() ? "The registry has no " + e.name() + " records."
                : "No " + e.name() + " records match " + where.get().strip() + ".") : "");
        status.set(statusText());
    }

    private void fail(Throwable problem) {
        session.tableProperty().set(null); // nothing to export from a query that failed
        loading.set(false);
        more.set(false);
        error.set(sentence(problem));
        message.set("");
        status.set(element.get() == null ? "" : element.get().name());
    }

    private String statusText() {
        DimensionElement e = element.get();
        if (e == null) {
            return "";
        }
        Long n = total.get();
        String shown = String.format(Locale.ROOT, "%,d", read.size());
        String count = n == null ? shown + " shown" + (more.get() ? ", more as you scroll" : "")
                : n == read.size() ? String.format(Locale.ROOT, "%,d %s", n, n == 1 ? "record" : "records")
                : String.format(Locale.ROOT, "%s of %,d records shown", shown, n);
        boolean timed = columns.stream().anyMatch(c -> c.kind() == RecordColumn.Kind.TIMESPAN);
        return e.name() + " · " + count + (timed ? " · times in " + timeScale.get() : "");
    }

    /** A cancelled job's page is never delivered, so its cursor is closed where it was read. */
    private static Page closedIfCancelled(Page page, TaskRunner.Progress progress) {
        if (progress.isCancelled()) {
            page.cursor().close();
        }
        return page;
    }

    /**
     * Stops the running query and gives its connection back. A cursor a job is still reading is
     * left to that job, which closes it once cancelled (a cursor is used by one thread at a time).
     */
    private void stop() {
        boolean idle = job.isDone();
        job.cancel();
        countJob.cancel();
        sortJob.cancel();
        if (idle && cursor != null) {
            cursor.close();
        }
        cursor = null;
    }

    /** The records as TSV with a header line, for the clipboard. */
    public String tsv(List<DimensionRecord> records) {
        DimensionElement e = element.get();
        return e == null || records.isEmpty() ? "" : RecordCells.tsv(e.recordFields(), records);
    }

    /** One sentence: an expression's message with its position, or the first line of any other error. */
    static String sentence(Throwable problem) {
        if (problem instanceof ExpressionException ex) {
            return ex.oneLine() + ".";
        }
        String text = problem.getMessage() == null || problem.getMessage().isBlank()
                ? problem.getClass().getSimpleName() : problem.getMessage().strip().lines().findFirst().orElse("");
        return text.endsWith(".") ? text : text + ".";
    }

    /** The tree's top rows. */
    public List<ElementNode> tree() {
        return tree;
    }

    /** The tree row of an element. */
    public ElementNode node(String elementName) {
        return nodes.get(elementName);
    }

    /** The element whose records are shown (null before one is chosen). */
    public ReadOnlyObjectProperty<DimensionElement> elementProperty() {
        return element.getReadOnlyProperty();
    }

    public DimensionElement getElement() {
        return element.get();
    }

    /** The where-expression, as typed; applied by {@link #applyWhere()}. */
    public StringProperty whereProperty() {
        return where;
    }

    public ObservableList<RecordColumn> columns() {
        return readOnlyColumns;
    }

    /** The records read so far, in the order asked for by {@link #sortBy} (at first the database's). */
    public ObservableList<DimensionRecord> rows() {
        return readOnlyRows;
    }

    /** The record the user picked; the detail panel shows it. */
    public ObjectProperty<DimensionRecord> selectedRecordProperty() {
        return selectedRecord;
    }

    public DimensionRecord getSelectedRecord() {
        return selectedRecord.get();
    }

    public ObjectProperty<TimeScale> timeScaleProperty() {
        return timeScale;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The database has rows beyond those read. */
    public ReadOnlyBooleanProperty moreProperty() {
        return more.getReadOnlyProperty();
    }

    public boolean hasMore() {
        return more.get();
    }

    /** How many records match, once known. */
    public ReadOnlyObjectProperty<Long> totalProperty() {
        return total.getReadOnlyProperty();
    }

    public Long getTotal() {
        return total.get();
    }

    /** e.g. "visit · 160 records · times in TAI". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public String getStatus() {
        return status.get();
    }

    /** What the empty table says instead of rows. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The last query's error as one sentence, or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String getError() {
        return error.get();
    }
}
