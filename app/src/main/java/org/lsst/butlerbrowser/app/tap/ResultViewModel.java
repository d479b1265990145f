package org.lsst.butlerbrowser.app.tap;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lsst.butlerbrowser.app.detail.DetailField;
import org.lsst.butlerbrowser.app.detail.RegionSummary;
import org.lsst.butlerbrowser.app.session.FootprintSink;
import org.lsst.butlerbrowser.app.tasks.ProblemText;
import org.lsst.butlerbrowser.app.tasks.TaskRunner;
import org.lsst.butlerbrowser.model.region.Region;
import org.lsst.butlerbrowser.model.table.ColumnInfo;
import org.lsst.butlerbrowser.model.table.ResultTable;
import org.lsst.butlerbrowser.model.table.TableRows;
import org.lsst.butlerbrowser.model.tap.TapResult;
import org.lsst.butlerbrowser.views.ColumnSort;
import org.lsst.butlerbrowser.views.ColumnSpec;

/**
 * The latest result as the window shows it: columns with their units in the headers, the rows (by
 * index into the result, which stays the one copy in memory), a line on what came back, the
 * "truncated at MAXREC=N" warning, the selected row's fields and footprint, and the footprints of
 * every row for the footprint list or the sky view.
 */
public final class ResultViewModel {

    private final TapSession session;
    private final TaskRunner runner;
    private final ReadOnlyObjectWrapper<List<ColumnSpec<Integer>>> columns = new ReadOnlyObjectWrapper<>(this, "columns", List.of());
    private final ReadOnlyObjectWrapper<ObservableList<Integer>> rows =
            new ReadOnlyObjectWrapper<>(this, "rows", FXCollections.observableArrayList());
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "Run a query to see its rows here.");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper(this, "warning", "");
    private final ReadOnlyBooleanWrapper hasFootprints = new ReadOnlyBooleanWrapper(this, "hasFootprints");
    private final ReadOnlyStringWrapper footprintNote = new ReadOnlyStringWrapper(this, "footprintNote", "");
    private final ReadOnlyStringWrapper rowTitle = new ReadOnlyStringWrapper(this, "rowTitle", "");
    private final ObservableList<DetailField> fields = FXCollections.observableArrayList();
    private ResultFootprints footprints;
    private Runnable onListFootprints = () -> { };
    private final RowSorter sorter;
    private ShownTable shown = new ShownTable(null);
    /** The rows as the table shows them: as they came, or sorted. */
    private RowOrder order = RowOrder.natural(0);

    public ResultViewModel(TapSession session, TaskRunner runner) {
        this.session = session;
        this.runner = runner;
        this.sorter = new RowSorter(runner);
        session.resultProperty().addListener((obs, was, now) -> {
            if (now == null) {
                clear();
            } else {
                show(now);
            }
        });
        session.selectedRowProperty().addListener((obs, was, now) -> showRow(now.intValue()));
    }

    private void show(QueryOutcome outcome) {
        session.selectedRowProperty().set(-1);
        TapResult result = outcome.result();
        ResultTable table = result.table();
        shown.release();
        shown = new ShownTable(table);
        ShownTable values = shown;
        List<ColumnSpec<Integer>> specs = new ArrayList<>();
        List<ColumnInfo> info = table.columns();
        for (int c = 0; c < info.size(); c++) {
            int column = c;
            specs.add(new ColumnSpec<>(info.get(c).name(), header(info.get(c)), row -> cell(values.value(row, column))));
        }
        sorter.cancel();
        rows.set(FXCollections.observableArrayList()); // first: the new columns would read the old rows
        columns.set(List.copyOf(specs));
        showRows(RowOrder.natural(result.rowCount()));
        footprints = ResultFootprints.of(result).orElse(null);
        hasFootprints.set(footprints != null);
        footprintNote.set(footprints == null ? "This result has no footprint column."
                : "Footprints from " + footprints.columnName() + ", read as " + footprints.how() + ".");
        summary.set(String.format(Locale.ROOT, "%,d rows · %d columns · %.1f MB in %.1f s%s%s", result.rowCount(),
                info.size(), result.bytesRead() / 1e6, outcome.seconds(), outcome.async() ? " (async)" : "",
                result.isObsCore() ? " · ObsCore" : ""));
        warning.set(result.warning().map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1)).orElse(""));
    }

    /**
     * No result (the session closed): nothing shown, and the columns of the last result read it no
     * more, since the nodes of a closed tab, which may stay reachable for a while, hold them.
     */
    private void clear() {
        sorter.cancel();
        session.selectedRowProperty().set(-1);
        shown.release();
        rows.set(FXCollections.observableArrayList());
        columns.set(List.of());
        order = RowOrder.natural(0);
        footprints = null;
        hasFootprints.set(false);
        summary.set("");
        warning.set("");
    }

    /** The result the columns read, until it is released; then its cells read as empty. */
    private static final class ShownTable {
        private volatile ResultTable table;

        ShownTable(ResultTable table) {
            this.table = table;
        }

        Object value(int row, int column) {
            ResultTable t = table;
            return t == null ? null : t.value(row, column);
        }

        void release() {
            table = null;
        }
    }

    /** "s_ra [deg]": the name, and the unit when the service gives one. */
    static String header(ColumnInfo column) {
        return column.unit() == null || column.unit().isBlank() ? column.name() : column.name() + " [" + column.unit() + "]";
    }

    /** Numbers stay numbers (sorted and aligned as such); arrays (DALI geometry) show their elements. */
    public static Object cell(Object value) {
        if (value == null || !value.getClass().isArray()) {
            return value;
        }
        StringJoiner j = new StringJoiner(" ");
        for (int i = 0; i < Array.getLength(value); i++) {
            j.add(String.valueOf(Array.get(value, i)));
        }
        return j.toString();
    }

    private void showRow(int row) {
        QueryOutcome outcome = session.resultProperty().get();
        fields.clear();
        if (outcome == null || row < 0 || row >= outcome.result().rowCount()) {
            rowTitle.set("");
            return;
        }
        ResultTable table = outcome.result().table();
        rowTitle.set(footprints != null ? footprints.label(row) : "Row " + (row + 1));
        List<DetailField> out = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            Object value = table.value(row, c);
            String name = header(table.columns().get(c));
            if (footprints != null && c == footprints.column() && value != null) {
                out.add(footprintField(name, row));
            } else {
                Object shown = cell(value);
                out.add(new DetailField(name, shown == null ? "null" : shown.toString(), null, shown == null));
            }
        }
        fields.setAll(out);
    }

    private DetailField footprintField(String name, int row) {
        try {
            Region region = footprints.region(row);
            return new DetailField(name, describe(region), region, false);
        } catch (IllegalArgumentException e) {
            return new DetailField(name, "cannot be read: " + e.getMessage(), null, true);
        }
    }

    /** "ConvexPolygon · 4 vertices · RA 53.1300 Dec -28.1000 · 0.1006 deg²": type and vertex count first. */
    public static String describe(Region region) {
        RegionSummary s = RegionSummary.of(region);
        return s.vertexCount() > 0 ? s.type() + " · " + s.text() : s.text();
    }

    /** One row of the footprint list: its label, and its footprint or why it has none. */
    public record FootprintEntry(String label, Region region, String text) {
    }

    /**
     * Shows the rows in this order (keys of {@link #columnsProperty()}), sorted in the background
     * with the window's progress and Cancel; an empty order shows them as they came.
     */
    public void sortBy(List<ColumnSort> order) {
        QueryOutcome outcome = session.resultProperty().get();
        if (outcome == null || rows.get().isEmpty()) {
            sorter.cancel();
            return;
        }
        sorter.sort("rows", outcome.result().rowCount(), order, columns.get(), sorted -> {
            // not the rows of a newer result, and not the rows as they came again (the table would start anew)
            if (session.resultProperty().get() == outcome && !(sorted.isNatural() && this.order.isNatural())) {
                showRows(sorted);
            }
        }, summary::set);
    }

    private void showRows(RowOrder shown) {
        order = shown;
        rows.set(FXCollections.observableList(shown));
    }

    /** Shows a row's fields and footprint (and in other views of the session); -1 for none. */
    public void select(int row) {
        session.selectedRowProperty().set(row);
    }

    /** The footprint of a row, parsed now (the list asks only for the rows it shows). */
    public FootprintEntry footprint(int row) {
        String label = footprints.label(row);
        try {
            Region region = footprints.region(row);
            return new FootprintEntry(label, region, region == null ? "no footprint" : describe(region));
        } catch (IllegalArgumentException e) {
            return new FootprintEntry(label, null, "cannot be read: " + e.getMessage());
        }
    }

    /**
     * Hands every row's footprint to the sky view. Without one (a TAP session outside a window), the footprint
     * list is shown instead: each row's footprint parsed, with its type, vertices and outline.
     */
    public void showOnSky() {
        QueryOutcome outcome = session.resultProperty().get();
        if (footprints == null || outcome == null) {
            return;
        }
        FootprintSink sink = session.sky().sinkProperty().get();
        if (sink == null) {
            onListFootprints.run();
            return;
        }
        ResultFootprints these = footprints;
        String title = outcome.adql().lines().findFirst().orElse("") + " on " + session.connection().title();
        runner.run("Reading footprints", progress -> these.all(title), parsed -> {
            footprintNote.set(parsed.unreadable() == 0 ? String.format(Locale.ROOT, "%,d footprints sent to the sky view.",
                    parsed.footprints().rows().size())
                    : String.format(Locale.ROOT, "%,d footprints sent to the sky view; %,d could not be read (%s).",
                    parsed.footprints().rows().size(), parsed.unreadable(), parsed.firstProblem()));
            sink.show(parsed.footprints());
        }, problem -> footprintNote.set(ProblemText.sentence(problem)));
    }

    /** What "Show on sky" does while there is no sky view: the view shows its footprint list. */
    public void setOnListFootprints(Runnable action) {
        onListFootprints = action == null ? () -> { } : action;
    }

    /** The result as File → Export writes it, or null before the first result. */
    public TableRows table() {
        return Optional.ofNullable(session.resultProperty().get()).map(o -> (TableRows) o.result().table()).orElse(null);
    }

    public ReadOnlyObjectProperty<List<ColumnSpec<Integer>>> columnsProperty() {
        return columns.getReadOnlyProperty();
    }

    /** Row indices into the result, 0 to n−1 (the table sorts its own view of them). */
    public ReadOnlyObjectProperty<ObservableList<Integer>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** "1,980 rows · 24 columns · 0.1 MB in 0.4 s · ObsCore". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** "Truncated at MAXREC=N" when the service cut the result short, else empty. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasFootprintsProperty() {
        return hasFootprints.getReadOnlyProperty();
    }

    /** Which column the footprints come from and how it is read, or what happened to the last "Show on sky". */
    public ReadOnlyStringProperty footprintNoteProperty() {
        return footprintNote.getReadOnlyProperty();
    }

    /** The selected row's obs_id (or number), or empty. */
    public ReadOnlyStringProperty rowTitleProperty() {
        return rowTitle.getReadOnlyProperty();
    }

    /** The selected row's fields, its footprint drawn. */
    public ObservableList<DetailField> fields() {
        return fields;
    }
}
