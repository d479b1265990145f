package org.lsst.butlerbrowser.views;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableListBase;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.FocusModel;
import javafx.scene.control.ListView;
import javafx.scene.control.MultipleSelectionModel;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A table or list of up to millions of rows that hands its control only a window of them. JavaFX 21's
 * {@code VirtualFlow} sums the heights of every row above the first one it shows on each layout, so a
 * control scrolled deep into a million rows spends tens to hundreds of milliseconds of the FX thread per
 * layout. Lists no longer than {@link #SIZE} rows are given to the control whole, as they are; a longer
 * list is shown {@code SIZE} rows at a time, with a scroll bar of this pane's own over all the rows (the
 * control's own vertical bar hidden). The window moves (outside layout, keeping the same rows on screen)
 * when the rows shown come within a quarter of its edges, so that scrolling back and forth near an edge
 * does not move it on every step. Selection and focus are kept by absolute row index here: the window's
 * part is mirrored into the control. Rows need a fixed height ({@code setFixedCellSize}).
 */
public final class RowWindow<T> extends HBox {

    /**
     * Rows the control holds at most. At 10,000 rows the FX thread's work per layout at the window's end is
     * a few milliseconds (docs/reliability.md), and a window move replaces the control's rows about every
     * 5,000 rows scrolled.
     */
    public static final int SIZE = 10_000;
    private static final int MARGIN = SIZE / 4;
    private static final String WINDOWED = "row-window-windowed";
    /** The control's own vertical bar takes no room and is not seen while the pane's bar stands for it. */
    private static final String CSS = "." + WINDOWED + " .virtual-flow > .scroll-bar:vertical {"
            + " -fx-opacity: 0; -fx-pref-width: 0; -fx-min-width: 0; -fx-max-width: 0; -fx-padding: 0; }";

    private final Control control;
    private final ObjectProperty<ObservableList<T>> items;
    private final MultipleSelectionModel<T> selection;
    private final FocusModel<T> focus;
    /** Told when the rows shown are replaced rather than added to (a table's {@link StepwiseReveal}). */
    private final Runnable rowsReplaced;
    private final ScrollBar bar = new ScrollBar();
    private final Slice slice = new Slice();
    private final ListChangeListener<T> rowsListener = this::rowsChanged;
    private final BitSet selected = new BitSet();
    private final ReadOnlyIntegerWrapper selectedRow = new ReadOnlyIntegerWrapper(this, "selectedRow", -1);
    private final ReadOnlyObjectWrapper<T> selectedItem = new ReadOnlyObjectWrapper<>(this, "selectedItem");
    /** Counts changes of the selection, so that owners can listen to one observable. */
    private final SimpleIntegerProperty selectionChanges = new SimpleIntegerProperty();
    private ObservableList<T> rows = FXCollections.observableArrayList();
    private VirtualFlow<?> flow;
    private boolean windowed;
    private int offset;
    private int anchor = -1;
    /** The row last selected (absolute), published as the selected row while it stays selected. */
    private int lead = -1;
    /** Set while this class changes the control, so that the control's changes are not taken for the user's. */
    private boolean mirroring;
    private boolean moveQueued;
    private boolean rangeGesture;
    private boolean toggleGesture;
    private boolean syncingBar;

    private RowWindow(Control control, ObjectProperty<ObservableList<T>> items, MultipleSelectionModel<T> selection,
                      FocusModel<T> focus, Runnable rowsReplaced) {
        this.control = control;
        this.items = items;
        this.selection = selection;
        this.focus = focus;
        this.rowsReplaced = rowsReplaced;
        getStylesheets().add("data:text/css;base64," + Base64.getEncoder().encodeToString(CSS.getBytes(StandardCharsets.UTF_8)));
        HBox.setHgrow(control, Priority.ALWAYS);
        control.setMaxHeight(Double.MAX_VALUE);
        bar.setOrientation(Orientation.VERTICAL);
        bar.setMin(0);
        bar.setUnitIncrement(1);
        bar.setMaxHeight(Double.MAX_VALUE);
        showBar(false);
        getChildren().addAll(control, bar);

        items.set(rows);
        items.addListener(o -> {
            if (items.get() != rows && items.get() != slice) {
                letGo(); // someone else gave the control its items (NodeTrees.dismantle of a closed screen)
            }
        });
        selection.getSelectedIndices().addListener((ListChangeListener<Integer>) c -> fromControl());
        control.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> gesture(e.isShiftDown(), e.isShortcutDown()));
        control.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        control.skinProperty().addListener(o -> findFlow());
        bar.valueProperty().addListener(o -> fromBar());
        bar.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (flow != null) {
                flow.scrollPixels(-e.getDeltaY());
            }
            e.consume();
        });
    }

    /** A window over a table's rows; the table's items are set here from now on. */
    public static <T> RowWindow<T> of(TableView<T> table) {
        StepwiseReveal reveal = StepwiseReveal.install(table); // the table sits at the top of this pane, as the reveal needs
        return new RowWindow<>(table, table.itemsProperty(), table.getSelectionModel(), table.getFocusModel(),
                reveal::rowsReplaced);
    }

    /** A window over a list's rows; the list's items are set here from now on. */
    public static <T> RowWindow<T> of(ListView<T> list) {
        return new RowWindow<>(list, list.itemsProperty(), list.getSelectionModel(), list.getFocusModel(), () -> { });
    }

    /** Shows these rows from the first, with nothing selected; the list may change (grow, sort) later. */
    public void setRows(ObservableList<T> newRows) {
        rows.removeListener(rowsListener);
        rows = Objects.requireNonNull(newRows);
        rows.addListener(rowsListener);
        rowsReplaced.run();
        selected.clear();
        anchor = -1;
        lead = -1;
        offset = 0;
        mirror(() -> {
            // no selection of the old rows kept: the control would look for it among the new rows, a
            // walk over every row (twice: selection and focus)
            selection.clearSelection();
            focus.focus(-1);
            fitWindow();
            setFlowTop(0); // else the new rows open where the old ones were scrolled to
        });
        selectionChanged();
    }

    /**
     * Forgets the rows, so that the control, which a closed screen's node may keep reachable, does
     * not keep them (and whatever they hold) through this pane's listeners.
     */
    private void letGo() {
        rows.removeListener(rowsListener);
        rows = FXCollections.observableArrayList();
        selected.clear();
        anchor = -1;
        lead = -1;
        offset = 0;
        windowed = false;
        showBar(false);
        selectedItem.set(null);
        selectedRow.set(-1);
    }

    /** All the rows, not only the window's. */
    public ObservableList<T> rows() {
        return rows;
    }

    /** The absolute row shown at a position of the control's items. */
    public int row(int controlIndex) {
        return controlIndex < 0 ? -1 : offset + controlIndex;
    }

    /** Whether the control holds only a window of the rows (and this pane's bar is shown). */
    public boolean isWindowed() {
        return windowed;
    }

    /** The selected rows, ascending, by absolute index. */
    public int[] selectedRows() {
        return selected.stream().toArray();
    }

    /** Selects these rows (absolute indices) alone; the first is brought into view. */
    public void select(int... absoluteRows) {
        selected.clear();
        for (int r : absoluteRows) {
            if (r >= 0 && r < rows.size()) {
                selected.set(r);
            }
        }
        lead = absoluteRows.length == 0 ? -1 : absoluteRows[absoluteRows.length - 1];
        anchor = lead;
        if (absoluteRows.length > 0) {
            scrollTo(absoluteRows[0]);
        }
        mirror(this::mirrorSelection);
        selectionChanged();
    }

    /** Selects every row. */
    public void selectAll() {
        selected.set(0, rows.size());
        mirror(selection::selectAll);
        selectionChanged();
    }

    /** Clears the selection. */
    public void clearSelection() {
        selected.clear();
        mirror(selection::clearSelection);
        selectionChanged();
    }

    /** Shows this row (absolute index) at the top, or as near as the end of the rows allows. */
    public void scrollTo(int row) {
        if (row < 0 || row >= rows.size()) {
            return;
        }
        if (!windowed) {
            control.layout(); // the flow needs its size to place the row
            if (control instanceof TableView<?> t) {
                t.scrollTo(row);
            } else if (control instanceof ListView<?> l) {
                l.scrollTo(row);
            }
            return;
        }
        showTop(row);
    }

    /** The lead selected row by absolute index, −1 when none; it does not flicker when the window moves. */
    public ReadOnlyIntegerProperty selectedRowProperty() {
        return selectedRow.getReadOnlyProperty();
    }

    /** The lead selected row's item, null when none; it does not flicker when the window moves. */
    public ReadOnlyObjectProperty<T> selectedItemProperty() {
        return selectedItem.getReadOnlyProperty();
    }

    /** Invalidated whenever the selection changes. */
    public Observable selectionChanges() {
        return selectionChanges;
    }

    /** The pane's own scroll bar over all the rows (shown only while windowed), for tests. */
    ScrollBar bar() {
        return bar;
    }

    private void findFlow() {
        Node node = control.lookup(".virtual-flow");
        if (node instanceof VirtualFlow<?> f && f != flow) {
            flow = f;
            InvalidationListener follow = o -> fromFlow();
            f.positionProperty().addListener(follow);
            f.heightProperty().addListener(follow);
            // the bar beside the rows only, as the control's own: below a table's header, above its horizontal bar
            InvalidationListener align = o -> alignBar();
            Node header = control.lookup(".column-header-background");
            if (header instanceof Region r) {
                r.heightProperty().addListener(align);
            }
            f.getChildrenUnmodifiable().stream()
                    .filter(n -> n instanceof ScrollBar b && b.getOrientation() == Orientation.HORIZONTAL)
                    .forEach(n -> {
                        n.visibleProperty().addListener(align);
                        ((Region) n).heightProperty().addListener(align);
                    });
            alignBar();
        }
    }

    private void alignBar() {
        Node header = control.lookup(".column-header-background");
        double top = header instanceof Region r && r.isVisible() ? r.getHeight() : 0;
        double bottom = flow == null ? 0 : flow.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof ScrollBar b && b.getOrientation() == Orientation.HORIZONTAL && b.isVisible())
                .mapToDouble(n -> ((Region) n).getHeight()).sum();
        Insets padding = control.getInsets();
        HBox.setMargin(bar, new Insets(top + padding.getTop(), 0, bottom + padding.getBottom(), 0));
    }

    private double rowHeight() {
        double h = control instanceof TableView<?> t ? t.getFixedCellSize() : ((ListView<?>) control).getFixedCellSize();
        return h > 0 ? h : FixedRows.height(0);
    }

    private double viewportHeight() {
        Node clip = flow == null ? null : flow.lookup(".clipped-container");
        return clip != null ? clip.getLayoutBounds().getHeight() : control.getHeight();
    }

    /** How many rows the viewport shows, at least one. */
    private double visibleRows() {
        return Math.max(1, viewportHeight() / rowHeight());
    }

    /** Control-relative top row (fractional) from the flow's position. */
    private double flowTop() {
        if (flow == null) {
            return 0;
        }
        double h = rowHeight();
        double scrollable = Math.max(0, items.get().size() * h - viewportHeight());
        return flow.getPosition() * scrollable / h;
    }

    private void setFlowTop(double controlTop) {
        if (flow == null) {
            return;
        }
        double h = rowHeight();
        double scrollable = items.get().size() * h - viewportHeight();
        flow.setPosition(scrollable <= 0 ? 0 : Math.max(0, Math.min(1, controlTop * h / scrollable)));
    }

    /** Puts the absolute row {@code top} at the top of the viewport, moving the window when it is not inside. */
    private void showTop(double top) {
        double visible = visibleRows();
        double last = Math.max(0, rows.size() - visible);
        top = Math.max(0, Math.min(top, last));
        if (top < offset || top + visible > offset + slice.size()) {
            moveWindow(centredOffset(top), top);
        } else {
            double t = top;
            mirror(() -> setFlowTop(t - offset));
        }
        syncBar();
    }

    private int centredOffset(double top) {
        int wanted = (int) (top + visibleRows() / 2) - SIZE / 2;
        return Math.max(0, Math.min(wanted, rows.size() - SIZE));
    }

    /** The rows list changed: new rows at its end need nothing but the bar; others refill the window. */
    private void rowsChanged(ListChangeListener.Change<? extends T> c) {
        boolean appended = true;
        boolean replaced = false;
        int[] permutation = null;
        int permutedFrom = 0;
        while (c.next()) {
            if (c.wasPermutated()) {
                permutedFrom = c.getFrom();
                permutation = new int[c.getTo() - c.getFrom()];
                for (int i = c.getFrom(); i < c.getTo(); i++) {
                    permutation[i - c.getFrom()] = c.getPermutation(i);
                }
                appended = false;
            } else if (c.wasRemoved() || c.getFrom() != c.getList().size() - c.getAddedSize()) {
                appended = false;
            }
            replaced |= c.wasRemoved() && c.getFrom() == 0;
        }
        if (replaced) {
            rowsReplaced.run();
        }
        if (!windowed && rows.size() <= SIZE) {
            return; // the control holds the rows themselves and follows them
        }
        if (!windowed) {
            queueMove(); // grown past the window; not within the change, which the control hears too
            return;
        }
        if (permutation != null) {
            // a sort of all the rows: the same rows stay selected where they went
            BitSet moved = new BitSet();
            for (int r = selected.nextSetBit(0); r >= 0; r = selected.nextSetBit(r + 1)) {
                int i = r - permutedFrom;
                moved.set(i >= 0 && i < permutation.length ? permutation[i] : r);
            }
            selected.clear();
            selected.or(moved);
            anchor = -1;
        } else if (!appended) {
            selected.clear();
            anchor = -1;
        }
        if (appended) {
            syncBar();
        } else {
            // now: the window's rows are no longer those the control was told of
            double top = offset + flowTop();
            moveWindow(centredOffset(top), top);
        }
    }

    /** Makes the control hold the rows whole or a window of them, as their number asks. */
    private void fitWindow() {
        boolean wanted = rows.size() > SIZE;
        if (wanted != windowed) {
            windowed = wanted;
            showBar(wanted);
        }
        offset = Math.max(0, Math.min(offset, rows.size() - SIZE));
        if (windowed) {
            slice.refill();
            if (items.get() != slice) {
                giveItems(slice);
            }
        } else if (items.get() != rows) {
            giveItems(rows);
        }
    }

    /**
     * Gives the control these items. A table keeps the sort order its headers show: TableView drops it
     * whenever its items become a list that is not a SortedList, but the window, or rows an owner gives in
     * the order asked for, are no new order.
     */
    private void giveItems(ObservableList<T> list) {
        if (control instanceof TableView<?> table) {
            keepingSortOrder(table, () -> items.set(list));
        } else {
            items.set(list);
        }
    }

    private static <S> void keepingSortOrder(TableView<S> table, Runnable change) {
        List<TableColumn<S, ?>> order = List.copyOf(table.getSortOrder());
        change.run();
        if (!table.getSortOrder().equals(order)) {
            table.getSortOrder().setAll(order);
        }
    }

    private void showBar(boolean shown) {
        bar.setVisible(shown);
        bar.setManaged(shown);
        if (shown) {
            control.getStyleClass().add(WINDOWED);
        } else {
            control.getStyleClass().remove(WINDOWED);
        }
    }

    private void queueMove() {
        if (!moveQueued) {
            moveQueued = true;
            Platform.runLater(() -> {
                moveQueued = false;
                double top = windowed ? offset + flowTop() : flowTop();
                moveWindow(centredOffset(top), top);
            });
        }
    }

    /** Moves the window to start at {@code newOffset}, with absolute row {@code top} at the viewport's top. */
    private void moveWindow(int newOffset, double top) {
        int focused = focus.getFocusedIndex() < 0 ? -1 : offset + focus.getFocusedIndex();
        mirror(() -> {
            offset = newOffset;
            fitWindow();
            mirrorSelection();
            if (focused >= offset && focused < offset + slice.size()) {
                focus.focus(focused - offset);
            }
            setFlowTop(top - offset);
        });
        syncBar();
        selectionChanged();
    }

    /** Copies the window's part of the absolute selection into the control, {@code lead} last. */
    private void mirrorSelection() {
        selection.clearSelection();
        int from = offset;
        int to = offset + items.get().size();
        List<Integer> shown = new ArrayList<>();
        for (int r = selected.nextSetBit(from); r >= 0 && r < to; r = selected.nextSetBit(r + 1)) {
            if (r != lead) {
                shown.add(r - offset);
            }
        }
        if (lead >= from && lead < to && selected.get(lead)) {
            shown.add(lead - offset);
        }
        if (!shown.isEmpty()) {
            selection.selectIndices(shown.get(0), shown.stream().skip(1).mapToInt(Integer::intValue).toArray());
        }
    }

    /** The user changed the control's selection (a click, a key): the absolute selection follows. */
    private void fromControl() {
        if (mirroring) {
            return;
        }
        lead = row(selection.getSelectedIndex());
        if (windowed && rangeGesture && anchor >= 0 && lead >= 0) {
            // the control's own anchor is an index of an older window: the range is taken from ours
            selected.clear();
            selected.set(Math.min(anchor, lead), Math.max(anchor, lead) + 1);
            mirror(this::mirrorSelection);
        } else {
            if (!toggleGesture || !windowed) {
                selected.clear();
            } else {
                selected.clear(offset, offset + slice.size());
            }
            for (Integer i : List.copyOf(selection.getSelectedIndices())) {
                if (i != null && i >= 0) {
                    selected.set(offset + i);
                }
            }
            anchor = lead;
        }
        selectionChanged();
    }

    private void selectionChanged() {
        if (lead < 0 || lead >= rows.size() || !selected.get(lead)) {
            lead = selected.previousSetBit(rows.size() - 1);
        }
        selectedRow.set(lead);
        T item = lead < 0 ? null : rows.get(lead);
        if (!Objects.equals(item, selectedItem.get())) { // rows may box their items anew on each get
            selectedItem.set(item);
        }
        selectionChanges.set(selectionChanges.get() + 1);
    }

    /** Notes the modifiers of a click or key press, until the press has been handled. */
    private void gesture(boolean range, boolean toggle) {
        rangeGesture = range;
        toggleGesture = toggle;
        if (range || toggle) {
            Platform.runLater(() -> gesture(false, false));
        }
    }

    private void key(KeyEvent e) {
        gesture(e.isShiftDown(), e.isShortcutDown());
        if (!windowed) {
            return;
        }
        if (e.getCode() == KeyCode.A && e.isShortcutDown()) {
            selectAll();
            e.consume();
        } else if (e.getCode() == KeyCode.HOME || e.getCode() == KeyCode.END) {
            int target = e.getCode() == KeyCode.HOME ? 0 : rows.size() - 1;
            selected.clear();
            if (e.isShiftDown() && anchor >= 0) {
                selected.set(Math.min(anchor, target), Math.max(anchor, target) + 1);
            } else {
                selected.set(target);
                anchor = target;
            }
            lead = target;
            showTop(target == 0 ? 0 : rows.size());
            mirror(() -> {
                mirrorSelection();
                focus.focus(target - offset);
            });
            selectionChanged();
            e.consume();
        }
    }

    /** The flow scrolled (wheel, keys, a drag in it): the bar follows, and the window moves near its edges. */
    private void fromFlow() {
        if (!windowed || mirroring) {
            return;
        }
        syncBar();
        double top = flowTop();
        boolean nearStart = top < MARGIN && offset > 0;
        boolean nearEnd = top + visibleRows() > slice.size() - MARGIN && offset + slice.size() < rows.size();
        if (nearStart || nearEnd) {
            queueMove(); // not during the flow's layout
        }
    }

    private void syncBar() {
        if (!windowed) {
            return;
        }
        double visible = visibleRows();
        syncingBar = true;
        try {
            bar.setMax(Math.max(0, rows.size() - visible));
            bar.setVisibleAmount(bar.getMax() * visible / Math.max(1, rows.size()));
            bar.setBlockIncrement(Math.max(1, visible - 1));
            bar.setValue(Math.min(bar.getMax(), offset + flowTop()));
        } finally {
            syncingBar = false;
        }
    }

    private void fromBar() {
        if (syncingBar || mirroring || !windowed) {
            return;
        }
        showTop(bar.getValue());
    }

    private void mirror(Runnable change) {
        boolean was = mirroring;
        mirroring = true;
        try {
            change.run();
        } finally {
            mirroring = was;
        }
    }

    /** The window's rows: a view of {@code SIZE} rows from {@code offset}, as the control's items. */
    private final class Slice extends ObservableListBase<T> {
        private int size;

        @Override
        public T get(int index) {
            Objects.checkIndex(index, size);
            return rows.get(offset + index);
        }

        @Override
        public int size() {
            return size;
        }

        /**
         * Tells the control that its rows are others now (the window moved or the rows under it changed).
         * As updates in place, not a replacement: a replacement makes a table build all its row and cell
         * nodes anew (over 100 ms of the FX thread for a TAP result's columns), while updated places
         * keep their cells and are shown again; the control's selection is set afresh from the absolute
         * one after this anyway.
         */
        void refill() {
            int old = size;
            size = Math.min(SIZE, rows.size());
            beginChange();
            for (int i = 0; i < Math.min(old, size); i++) {
                nextUpdate(i);
            }
            if (size > old) {
                nextAdd(old, size);
            } else if (size < old) {
                nextRemove(size, Collections.nCopies(old - size, null)); // the rows they were may be gone
            }
            endChange();
        }
    }
}
