package org.lsst.butlerbrowser.app.dimensions;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.lsst.butlerbrowser.views.ColumnSort;
import org.lsst.butlerbrowser.views.FixedRows;
import org.lsst.butlerbrowser.views.ExpressionField;
import org.lsst.butlerbrowser.views.SharedTooltip;
import org.lsst.butlerbrowser.views.StepwiseTree;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.lsst.butlerbrowser.app.detail.TimeScale;
import org.lsst.butlerbrowser.model.registry.DimensionRecord;
import org.lsst.butlerbrowser.views.RowWindow;

/**
 * The dimensions screen: the element tree with record counts on the left; on the right the
 * selected element's records with a where-field, a TAI/UTC switch and links between records.
 * Enter opens the selected element's records, Backspace returns to the tree, Ctrl+C copies rows.
 * It only binds to a {@link DimensionsViewModel}.
 */
public final class DimensionsView extends BorderPane {

    /** Links stay readable on a selected (blue) row. */
    private static final String CSS = ".table-row-cell:selected .record-link { -fx-text-fill: white; -fx-underline: true; }";
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    /** Rows from the end of what is loaded at which the next page is asked for. */
    private static final int READ_AHEAD = 50;

    private final DimensionsViewModel model;
    private final TreeView<ElementNode> tree = new TreeView<>(new TreeItem<>());
    private final Map<String, TreeItem<ElementNode>> items = new HashMap<>();
    private final TableView<DimensionRecord> table = new TableView<>();
    private final RowWindow<DimensionRecord> records = RowWindow.of(table);

    public DimensionsView(DimensionsViewModel model) {
        this.model = model;
        setId("dimensions-view");
        getStylesheets().add("data:text/css;base64,"
                + Base64.getEncoder().encodeToString(CSS.getBytes(StandardCharsets.UTF_8)));
        StackPane recordsHolder = new StackPane();
        SplitPane split = new SplitPane(elementPane(), recordsHolder);
        split.setDividerPositions(0.34);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        setCenter(split);
        addAfterTheFirstPulse(recordsHolder, recordsPane());
        model.loadCounts();
    }

    /**
     * Puts {@code pane} in {@code holder} at the second pulse from now: the screen's first showing is styled
     * and laid out in two pulses, the element tree's rows first. In one, the first showing held the FX
     * thread for 60–120 ms in the load run.
     */
    private static void addAfterTheFirstPulse(StackPane holder, Node pane) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    holder.getChildren().add(pane);
                }
            }
        }.start();
    }

    private VBox elementPane() {
        model.tree().forEach(n -> tree.getRoot().getChildren().add(item(n)));
        tree.setId("elements-tree");
        tree.setShowRoot(false);
        tree.setFixedCellSize(FixedRows.height(0)); // rows of one height: none is measured, and they come stepwise
        SharedTooltip tips = new SharedTooltip();
        tree.setCellFactory(t -> new ElementCell(tips));
        tree.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null && now.getValue().element() != null) {
                model.open(now.getValue().element().name());
            }
        });
        model.elementProperty().addListener((obs, was, now) -> {
            TreeItem<ElementNode> item = now == null ? null : items.get(now.name());
            if (item != null && tree.getSelectionModel().getSelectedItem() != item) {
                tree.getSelectionModel().select(item);
                tree.scrollTo(tree.getRow(item));
            }
        });
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && model.getElement() != null) {
                enterTable();
                e.consume();
            }
        });
        Label heading = new Label("Dimension elements");
        heading.setStyle("-fx-font-weight: bold;");
        heading.setPadding(new Insets(6, 8, 6, 8));
        StepwiseTree rows = new StepwiseTree(tree);
        VBox.setVgrow(rows, Priority.ALWAYS);
        VBox pane = new VBox(heading, rows);
        pane.setMinWidth(160);
        return pane;
    }

    private TreeItem<ElementNode> item(ElementNode node) {
        TreeItem<ElementNode> item = new TreeItem<>(node);
        node.children().forEach(c -> item.getChildren().add(item(c)));
        item.setExpanded(node.kind() != ElementNode.Kind.HEADING);
        if (node.element() != null) {
            items.put(node.element().name(), item);
        }
        return item;
    }

    private BorderPane recordsPane() {
        Label title = new Label();
        title.setId("records-title");
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 1.1em;");
        title.textProperty().bind(Bindings.createStringBinding(
                () -> model.getElement() == null ? "Records" : model.getElement().name(), model.elementProperty()));
        ExpressionField whereField = new ExpressionField();
        whereField.vocabularyProperty().set(model.vocabulary());
        TextField where = whereField.field();
        where.setId("records-where");
        where.setPromptText("where, e.g. instrument='HSC' AND visit=318");
        where.textProperty().bindBidirectional(model.whereProperty());
        where.setOnAction(e -> model.applyWhere());
        where.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.getElement() == null || model.getElement().isSkypix(), model.elementProperty()));
        HBox.setHgrow(whereField, Priority.ALWAYS);
        Button apply = new Button("Apply");
        apply.setOnAction(e -> model.applyWhere());
        apply.disableProperty().bind(where.disableProperty());
        Button clear = new Button("Clear");
        clear.setOnAction(e -> model.clearWhere());
        clear.disableProperty().bind(where.disableProperty());
        HBox filter = new HBox(6, whereField, apply, clear);
        filter.setAlignment(Pos.CENTER_LEFT);

        HBox head = new HBox(8, title, new HBox(), timeScaleSwitch());
        HBox.setHgrow(head.getChildren().get(1), Priority.ALWAYS);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, head, filter);
        top.setPadding(new Insets(6, 8, 6, 8));

        BorderPane pane = new BorderPane(recordsTable());
        pane.setTop(top);
        pane.setBottom(statusLine());
        return pane;
    }

    private HBox timeScaleSwitch() {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox();
        for (TimeScale scale : TimeScale.values()) {
            ToggleButton b = new ToggleButton(scale.name());
            b.setId("time-" + scale.name().toLowerCase());
            b.setToggleGroup(group);
            b.setUserData(scale);
            b.setSelected(model.timeScaleProperty().get() == scale);
            b.setTooltip(new Tooltip("Show timespans in " + scale.name()));
            box.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                group.selectToggle(was); // one scale is always chosen
            } else {
                model.timeScaleProperty().set((TimeScale) now.getUserData());
            }
        });
        model.timeScaleProperty().addListener((obs, was, now) -> showTimes());
        return box;
    }

    /** The records table, given a window of the records at a time (an element may have hundreds of thousands). */
    private RowWindow<DimensionRecord> recordsTable() {
        table.setId("records-table");
        records.setId("records-rows");
        records.setRows(model.rows());
        // the header arrows stay; the model sorts every record in the background (on the FX thread
        // a hundred thousand records kept it busy for a second)
        table.setSortPolicy(t -> true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setFixedCellSize(FixedRows.height(RecordCell.THUMBNAIL_HEIGHT));
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.setPadding(new Insets(12));
        placeholder.textProperty().bind(model.messageProperty());
        table.setPlaceholder(placeholder);
        model.columns().addListener((ListChangeListener<RecordColumn>) c -> rebuildColumns());
        table.getSortOrder().addListener((ListChangeListener<TableColumn<DimensionRecord, ?>>) c -> sortAsShown());
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            public void updateIndex(int index) {
                super.updateIndex(index);
                if (index >= 0 && records.row(index) >= records.rows().size() - READ_AHEAD && model.hasMore()) {
                    Platform.runLater(model::loadMore);
                }
            }
        });
        records.selectedItemProperty().addListener((obs, was, now) -> model.selectedRecordProperty().set(now));
        model.selectedRecordProperty().addListener((obs, was, now) -> {
            int row = now == null ? -1 : model.rows().indexOf(now);
            if (row >= 0 && records.selectedItemProperty().get() != now) {
                records.select(row);
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.BACK_SPACE) {
                tree.requestFocus();
                e.consume();
            } else if (COPY.match(e)) {
                ClipboardContent content = new ClipboardContent();
                content.putString(model.tsv(IntStream.of(records.selectedRows()).mapToObj(records.rows()::get).toList()));
                Clipboard.getSystemClipboard().setContent(content);
                e.consume();
            }
        });
        return records;
    }

    /** Asks the model for the order the headers show, first key first. */
    private void sortAsShown() {
        model.sortBy(table.getSortOrder().stream().map(c -> new ColumnSort(((RecordColumn) c.getUserData()).field(),
                c.getSortType() == TableColumn.SortType.DESCENDING)).toList());
    }

    private void rebuildColumns() {
        table.getSortOrder().clear();
        table.getColumns().setAll(model.columns().stream().map(this::column).toList());
    }

    /** Relabels the timespan column and redraws its cells; the sort order stays. */
    private void showTimes() {
        table.getColumns().stream()
                .filter(col -> ((RecordColumn) col.getUserData()).kind() == RecordColumn.Kind.TIMESPAN)
                .forEach(col -> col.setText(header((RecordColumn) col.getUserData())));
        table.refresh();
    }

    private String header(RecordColumn c) {
        return c.kind() == RecordColumn.Kind.TIMESPAN ? c.field() + " (" + model.timeScaleProperty().get() + ")" : c.field();
    }

    private TableColumn<DimensionRecord, Object> column(RecordColumn c) {
        TableColumn<DimensionRecord, Object> column = new TableColumn<>(header(c));
        column.setId("column-" + c.field());
        column.setUserData(c);
        column.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().get(c.field())));
        column.setCellFactory(col -> new RecordCell(model, c));
        column.setSortable(c.sortable());
        column.sortTypeProperty().addListener(o -> {
            if (table.getSortOrder().contains(column)) {
                sortAsShown();
            }
        });
        column.setPrefWidth(switch (c.kind()) {
            case REGION -> 300;
            case TIMESPAN -> 380;
            case HASH -> 200;
            case KEY, LINK -> 80;
            default -> 100;
        });
        return column;
    }

    private HBox statusLine() {
        Label status = new Label();
        status.setId("records-status");
        status.textProperty().bind(model.statusProperty());
        status.setMinWidth(Region.USE_PREF_SIZE);
        Label error = new Label();
        error.setId("records-error");
        error.setStyle("-fx-text-fill: #b00020;");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        ProgressIndicator reading = new ProgressIndicator();
        reading.setPrefSize(14, 14);
        reading.visibleProperty().bind(model.loadingProperty());
        reading.managedProperty().bind(reading.visibleProperty());
        HBox line = new HBox(8, reading, status, error);
        line.setAlignment(Pos.CENTER_LEFT);
        line.setPadding(new Insets(4, 8, 4, 8));
        return line;
    }

    /** Enter: into the records of the selected element, on its first row. */
    private void enterTable() {
        table.requestFocus();
        if (records.selectedRows().length == 0 && !records.rows().isEmpty()) {
            records.select(0);
        }
    }
}
