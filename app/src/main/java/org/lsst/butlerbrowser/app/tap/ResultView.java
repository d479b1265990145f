package org.lsst.butlerbrowser.app.tap;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.lsst.butlerbrowser.views.FixedRows;
import org.lsst.butlerbrowser.views.PagedTableView;
import org.lsst.butlerbrowser.views.RowWindow;
import org.lsst.butlerbrowser.views.region.RegionThumbnail;

/**
 * The result of the last query: a line on what came back, the MAXREC warning, "Show on sky", and
 * three tabs: the rows (the registry browser's table control, units in the headers), the rows'
 * footprints (type, vertices, outline) and the async jobs. It only binds to its view models.
 */
public final class ResultView extends BorderPane {

    private final ResultViewModel model;
    private final PagedTableView<Integer> table = PagedTableView.sortedByOwner();
    private final TabPane tabs = new TabPane();
    private final Tab footprintTab;

    public ResultView(ResultViewModel model, JobsViewModel jobs) {
        this.model = model;
        setId("tap-result");
        table.setId("tap-result-table");
        table.placeholderTextProperty().set("Run a query (Ctrl+Enter) to see its rows here.");
        table.setColumns(model.columnsProperty().get());
        model.columnsProperty().addListener((obs, was, now) -> table.setColumns(now));
        model.rowsProperty().addListener((obs, was, now) -> table.setRows(now));
        table.sortOrderProperty().addListener((obs, was, now) -> model.sortBy(now));
        table.selectedItemProperty().addListener((obs, was, now) ->
                model.select(now == null ? -1 : now));

        footprintTab = new Tab("Footprints");
        footprintTab.setContent(footprints());
        footprintTab.setId("tap-footprints-tab");
        footprintTab.disableProperty().bind(model.hasFootprintsProperty().not());
        Tab jobsTab = new Tab("Jobs", new JobsView(jobs));
        jobsTab.setId("tap-jobs-tab");
        jobsTab.textProperty().bind(Bindings.size(jobs.jobs()).asString("Jobs (%d)"));
        Tab rowsTab = new Tab("Rows", table);
        rowsTab.setId("tap-rows-tab");
        tabs.getTabs().setAll(rowsTab, footprintTab, jobsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        model.setOnListFootprints(() -> tabs.getSelectionModel().select(footprintTab));

        setTop(header());
        setCenter(tabs);
    }

    private VBox header() {
        Label summary = new Label();
        summary.setId("tap-result-summary");
        summary.textProperty().bind(model.summaryProperty());
        summary.setMinWidth(0);
        Button sky = new Button("Show on sky");
        sky.setId("tap-show-on-sky");
        sky.setTooltip(new Tooltip("Draw the rows' footprints on the sky (until the sky view comes, they are listed"
                + " under Footprints)"));
        sky.disableProperty().bind(model.hasFootprintsProperty().not());
        sky.setOnAction(e -> model.showOnSky());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox line = new HBox(8, summary, spacer, sky);
        line.setAlignment(Pos.CENTER_LEFT);
        line.setPadding(new Insets(4, 8, 4, 8));

        Label warning = new Label();
        warning.setId("tap-warning");
        warning.textProperty().bind(model.warningProperty());
        warning.setMaxWidth(Double.MAX_VALUE);
        warning.setStyle("-fx-background-color: #fff4ce; -fx-text-fill: #7a4f00; -fx-padding: 4 8 4 8;"
                + " -fx-border-color: #e0b84a; -fx-border-width: 0 0 1 0; -fx-font-weight: bold;");
        warning.visibleProperty().bind(model.warningProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        return new VBox(line, warning);
    }

    /**
     * Every row's footprint, parsed as the list shows it: outline, type and vertex count, centre. The list
     * holds the rows only once its tab has been selected: JavaFX lays out a hidden tab's list too, and
     * its first cells (parsing regions, drawing outlines) were a fifth of showing a result.
     */
    private VBox footprints() {
        Label note = new Label();
        note.setId("tap-footprint-note");
        note.setWrapText(true);
        note.textProperty().bind(model.footprintNoteProperty());
        note.setPadding(new Insets(4, 8, 4, 8));
        ListView<Integer> list = new ListView<>();
        list.setId("tap-footprint-list");
        list.setCellFactory(l -> new FootprintCell());
        list.setFixedCellSize(FixedRows.height(FootprintCell.HEIGHT));
        // a window of the rows, as the rows table has: JavaFX's VirtualFlow walks every row above the
        // shown ones on each layout
        RowWindow<Integer> rows = RowWindow.of(list);
        rows.setId("tap-footprint-rows");
        ObservableList<Integer> none = FXCollections.observableArrayList();
        Runnable fill = () -> {
            ObservableList<Integer> shown = footprintTab.isSelected() && model.hasFootprintsProperty().get()
                    ? model.rowsProperty().get() : none;
            if (rows.rows() != shown) {
                rows.setRows(shown);
            }
        };
        model.rowsProperty().addListener(o -> fill.run());
        model.hasFootprintsProperty().addListener(o -> fill.run());
        footprintTab.selectedProperty().addListener(o -> {
            if (footprintTab.isSelected()) {
                fill.run();
            }
        });
        rows.selectedItemProperty().addListener((obs, was, now) -> model.select(now == null ? -1 : now));
        VBox.setVgrow(rows, Priority.ALWAYS);
        return new VBox(note, rows);
    }

    /** The rows table, for tests and focus. */
    public PagedTableView<Integer> table() {
        return table;
    }

    private final class FootprintCell extends ListCell<Integer> {
        /** The outline's height, and about that of the two lines of text beside it. */
        static final double HEIGHT = 32;

        private final RegionThumbnail thumbnail = new RegionThumbnail(44, 30);
        private final Label label = new Label();
        private final Label text = new Label();
        private final HBox box = new HBox(8, thumbnail, new VBox(1, label, text));

        FootprintCell() {
            box.setAlignment(Pos.CENTER_LEFT);
            label.setStyle("-fx-font-weight: bold;");
            text.setStyle("-fx-text-fill: #505050;");
        }

        @Override
        protected void updateItem(Integer row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            ResultViewModel.FootprintEntry entry = model.footprint(row);
            thumbnail.setRegion(entry.region());
            label.setText(entry.label());
            text.setText(entry.text());
            setGraphic(box);
        }
    }
}
