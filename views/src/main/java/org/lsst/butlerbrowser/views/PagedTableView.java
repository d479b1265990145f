package org.lsst.butlerbrowser.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.util.Callback;

/**
 * A table for answers too long to hold at once. Rows arrive page by page: scrolling near the end of
 * the loaded rows asks the owner for the next page. Sorting is done either here (short lists held in
 * full) or by the owner, who hears the order the user clicked and re-queries, because sorting a
 * partial page would show a wrong order. Shortcut+C copies the selected rows as TSV. The table is
 * virtualized (only visible rows have cells) and knows nothing of where its rows come from. Its
 * control holds at most a {@link RowWindow} of the rows: owners select, scroll and read the selection
 * here, by absolute row index, not through the control.
 */
public final class PagedTableView<R> extends StackPane {

    /** Showing a row this close to the end of the loaded rows asks for the next page. */
    private static final int NEAR_END = 100;
    /** Column widths are measured on this many rows, enough to be representative and still quick. */
    private static final int MEASURED_ROWS = 200;
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final TableView<R> table = new TableView<>();
    private final RowWindow<R> window = RowWindow.of(table);
    private final Label placeholder = new Label();
    private final boolean sortsItself;
    private final ReadOnlyObjectWrapper<List<ColumnSort>> sortOrder =
            new ReadOnlyObjectWrapper<>(this, "sortOrder", List.of());
    private Runnable onNearEnd = () -> { };
    private Predicate<? super R> dimmed = r -> false;
    private boolean nearEndQueued;
    private boolean widthsMeasured;
    private boolean sortOrderQueued;

    private PagedTableView(boolean sortsItself) {
        this.sortsItself = sortsItself;
        getChildren().add(window);
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(520);
        placeholder.setStyle("-fx-text-fill: #6a6a6a;");
        table.setPlaceholder(placeholder);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setTableMenuButtonVisible(true);
        table.setRowFactory(t -> new Row());
        table.setFixedCellSize(FixedRows.height(0));
        table.setOnKeyPressed(e -> {
            if (COPY.match(e)) {
                copySelection();
                e.consume();
            }
        });
        MenuItem copy = new MenuItem("Copy Rows as TSV");
        copy.setAccelerator(COPY);
        copy.setOnAction(e -> copySelection());
        table.setContextMenu(new ContextMenu(copy));
        // keep the header arrows: the rows are sorted by the SortedList bound to the table's comparator
        // (setRows), or by the owner, who re-queries in that order; the control's items may be a window
        table.setSortPolicy(t -> true);
        if (!sortsItself) {
            table.getSortOrder().addListener((ListChangeListener<TableColumn<R, ?>>) c -> sortOrderChanged());
        }
    }

    /** A table that sorts its rows itself: for short lists that are loaded in full. */
    public static <R> PagedTableView<R> sortedHere() {
        return new PagedTableView<>(true);
    }

    /** A table that only reports the order the user asks for; its owner fetches rows in that order. */
    public static <R> PagedTableView<R> sortedByOwner() {
        return new PagedTableView<>(false);
    }

    /**
     * Shows these rows from the first; the list may grow as pages arrive. The columns keep the widths measured on
     * the first rows they showed, so that rows in a new order (an owner's sort) do not move them.
     */
    public void setRows(ObservableList<R> rows) {
        if (sortsItself) {
            SortedList<R> sorted = new SortedList<>(rows);
            sorted.comparatorProperty().bind(table.comparatorProperty());
            window.setRows(sorted);
        } else {
            window.setRows(rows); // in the order asked for: the headers keep showing it (RowWindow)
        }
        rows.addListener((ListChangeListener<R>) c -> measureWidthsOnce());
        measureWidthsOnce(); // rows that came whole, not page by page
    }

    /** Replaces the columns (the same keys and titles again keep the columns, reading anew); any sort order goes. */
    @SuppressWarnings("unchecked")
    public void setColumns(List<ColumnSpec<R>> specs) {
        table.getSortOrder().clear();
        if (sameColumns(specs)) {
            // a query run again: the columns the table has read the new rows, and it keeps their cells;
            // new columns would have it make every cell anew (most of 100 ms of the FX thread for 24)
            for (int i = 0; i < specs.size(); i++) {
                ((TableColumn<R, Object>) table.getColumns().get(i)).setCellValueFactory(reader(specs.get(i)));
            }
            return;
        }
        List<TableColumn<R, ?>> columns = new ArrayList<>();
        for (ColumnSpec<R> spec : specs) {
            TableColumn<R, Object> column = new TableColumn<>(spec.title());
            column.setUserData(spec.key());
            column.setCellValueFactory(reader(spec));
            column.setCellFactory(c -> new ValueCell<>());
            column.setComparator(CellOrder.VALUES);
            if (!sortsItself) {
                column.sortTypeProperty().addListener(o -> sortOrderChanged());
            }
            columns.add(column);
        }
        table.getColumns().setAll(columns);
        widthsMeasured = false;
        measureWidthsOnce();
    }

    /** Whether these are the columns shown, by key and title, in the same order. */
    private boolean sameColumns(List<ColumnSpec<R>> specs) {
        List<TableColumn<R, ?>> shown = table.getColumns();
        if (shown.size() != specs.size() || specs.isEmpty()) {
            return false;
        }
        for (int i = 0; i < specs.size(); i++) {
            if (!specs.get(i).key().equals(shown.get(i).getUserData()) || !specs.get(i).title().equals(shown.get(i).getText())) {
                return false;
            }
        }
        return true;
    }

    private static <R> Callback<TableColumn.CellDataFeatures<R, Object>, ObservableValue<Object>> reader(ColumnSpec<R> spec) {
        return f -> new ReadOnlyObjectWrapper<>(spec.value().apply(f.getValue()));
    }

    /** Called (on the FX thread, once per layout pass) when rows near the end of those loaded are shown. */
    public void setOnNearEnd(Runnable action) {
        onNearEnd = action == null ? () -> { } : action;
    }

    /** Rows drawn faded, e.g. dataset types a collection's summary lists but that have no datasets. */
    public void setDimmed(Predicate<? super R> test) {
        dimmed = test == null ? r -> false : test;
        table.refresh();
    }

    /** The order the user asked for by clicking headers, first key first (only for {@link #sortedByOwner}). */
    public ReadOnlyObjectProperty<List<ColumnSort>> sortOrderProperty() {
        return sortOrder.getReadOnlyProperty();
    }

    /** What the table says when it has no rows: a hint, progress, or why the query failed. */
    public StringProperty placeholderTextProperty() {
        return placeholder.textProperty();
    }

    /**
     * The table control, for focus, keys, ids and columns. Its items and selection are a window of
     * the rows: use the row methods here ({@link #rows}, {@link #select}, {@link #scrollTo}).
     */
    public TableView<R> table() {
        return table;
    }

    /** The window over the rows, for tests. */
    RowWindow<R> window() {
        return window;
    }

    /** All the rows in table order (sorted, for {@link #sortedHere}), not only those the control holds. */
    public ObservableList<R> rows() {
        return window.rows();
    }

    /** Selects these rows alone (indices into {@link #rows}) and scrolls to the first. */
    public void select(int... rows) {
        window.select(rows);
    }

    /** Shows this row (an index into {@link #rows}) at the top, or as near as the end allows. */
    public void scrollTo(int row) {
        window.scrollTo(row);
    }

    /** The selected rows as indices into {@link #rows}, ascending. */
    public int[] selectedRows() {
        return window.selectedRows();
    }

    /** The lead selected row's item, null when none. */
    public ReadOnlyObjectProperty<R> selectedItemProperty() {
        return window.selectedItemProperty();
    }

    /** Invalidated whenever the selection changes. */
    public Observable selectionChanges() {
        return window.selectionChanges();
    }

    /** The selected rows, in table order, with a header line, as tab-separated text. */
    public String selectionAsTsv() {
        List<TableColumn<R, ?>> columns = table.getVisibleLeafColumns();
        List<String> header = columns.stream().map(TableColumn::getText).toList();
        List<List<String>> rows = new ArrayList<>();
        for (int r : window.selectedRows()) {
            R row = window.rows().get(r);
            rows.add(columns.stream().map(c -> text(c.getCellData(row))).toList());
        }
        return Tsv.of(header, rows);
    }

    private void copySelection() {
        if (window.selectedRows().length > 0) {
            Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, selectionAsTsv()));
        }
    }

    /**
     * Reports the order once the event that changed it is over: new items make TableView drop its sort
     * order and the row window give it back, which is no change to report.
     */
    private void sortOrderChanged() {
        if (!sortOrderQueued) {
            sortOrderQueued = true;
            Platform.runLater(() -> {
                sortOrderQueued = false;
                publishSortOrder();
            });
        }
    }

    private void publishSortOrder() {
        List<ColumnSort> order = table.getSortOrder().stream()
                .map(c -> new ColumnSort((String) c.getUserData(), c.getSortType() == TableColumn.SortType.DESCENDING))
                .toList();
        if (!order.equals(sortOrder.get())) {
            sortOrder.set(order);
        }
    }

    /**
     * Sizes each column to its header and the first rows, once per set of columns, when there are
     * rows. Unsized columns would be sized by the table itself, which lays out a styled cell for each
     * of 30 rows of every column: for 24 columns most of a second of the FX thread.
     */
    private void measureWidthsOnce() {
        ObservableList<R> items = window.rows();
        if (widthsMeasured || items == null || items.isEmpty() || table.getColumns().isEmpty()) {
            return;
        }
        widthsMeasured = true;
        ColumnWidth width = new ColumnWidth();
        List<R> sample = items.subList(0, Math.min(items.size(), MEASURED_ROWS));
        for (TableColumn<R, ?> column : table.getColumns()) {
            column.setPrefWidth(width.of(column.getText(), sample.stream().map(r -> text(column.getCellData(r))).toList()));
        }
    }

    private void nearEnd() {
        if (!nearEndQueued) {
            nearEndQueued = true;
            // not during layout: the owner may add rows
            Platform.runLater(() -> {
                nearEndQueued = false;
                onNearEnd.run();
            });
        }
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private final class Row extends TableRow<R> {
        @Override
        protected void updateItem(R item, boolean empty) {
            super.updateItem(item, empty);
            setOpacity(!empty && item != null && dimmed.test(item) ? 0.45 : 1);
            if (!empty && window.row(getIndex()) >= window.rows().size() - NEAR_END) {
                nearEnd();
            }
        }
    }

    private static final class ValueCell<R> extends TableCell<R, Object> {
        @Override
        protected void updateItem(Object value, boolean empty) {
            super.updateItem(value, empty);
            setText(empty ? null : text(value));
            setAlignment(value instanceof Number ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
        }
    }
}
