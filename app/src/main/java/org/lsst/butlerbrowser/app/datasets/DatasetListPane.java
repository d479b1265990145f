package org.lsst.butlerbrowser.app.datasets;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.lsst.butlerbrowser.model.registry.DatasetQuery.SortKey;
import org.lsst.butlerbrowser.model.registry.DatasetRef;
import org.lsst.butlerbrowser.views.ColumnSpec;
import org.lsst.butlerbrowser.views.ExpressionField;
import org.lsst.butlerbrowser.views.PagedTableView;
import org.lsst.butlerbrowser.views.ValidityTimeline;

/**
 * The datasets of the chosen type: find-first toggle and where-filter above, the paged table, the
 * validity timeline for certified datasets, and a footer with the total and the query time. It only
 * binds to a {@link DatasetListViewModel}.
 */
final class DatasetListPane extends BorderPane {

    private final DatasetListViewModel model;
    private final PagedTableView<DatasetRef> table = PagedTableView.sortedByOwner();

    DatasetListPane(DatasetListViewModel model) {
        this.model = model;
        setTop(header());
        setCenter(table());
        setBottom(new VBox(timeline(), footer()));
    }

    private VBox header() {
        Label title = new Label();
        title.setId("datasets-title");
        title.setStyle("-fx-font-weight: bold;");
        title.textProperty().bind(model.titleProperty());
        CheckBox findFirst = new CheckBox("Find first");
        findFirst.setId("find-first");
        findFirst.setTooltip(new Tooltip("For each data ID, only the dataset from the first collection in the search"
                + " order that has one (butler query-datasets --find-first)"));
        findFirst.selectedProperty().bindBidirectional(model.findFirstProperty());
        ExpressionField filter = new ExpressionField();
        filter.setId("datasets-filter");
        filter.field().setId("datasets-filter-text");
        filter.promptTextProperty().set("Filter: a where-expression, e.g. visit > 1200 AND band = 'i'  (Enter applies)");
        filter.textProperty().bindBidirectional(model.filterTextProperty());
        filter.setOnAction(e -> model.applyFilter());
        filter.vocabularyProperty().set(model.vocabulary());
        filter.errorProperty().bind(Bindings.createStringBinding(() ->
                model.getFilterProblem() == null ? null : model.getFilterProblem().message(), model.filterProblemProperty()));
        filter.errorStartProperty().bind(Bindings.createIntegerBinding(() ->
                model.getFilterProblem() == null ? 0 : model.getFilterProblem().start(), model.filterProblemProperty()));
        filter.errorEndProperty().bind(Bindings.createIntegerBinding(() ->
                model.getFilterProblem() == null ? 0 : model.getFilterProblem().end(), model.filterProblemProperty()));
        HBox.setHgrow(filter, Priority.ALWAYS);
        HBox controls = new HBox(10, findFirst, filter);
        controls.setAlignment(Pos.TOP_LEFT);
        findFirst.setPadding(new Insets(4, 0, 0, 0));
        VBox header = new VBox(6, title, controls);
        header.setPadding(new Insets(6, 8, 6, 8));
        return header;
    }

    private PagedTableView<DatasetRef> table() {
        table.setId("datasets-table");
        table.table().setId("datasets");
        table.setRows(model.rows());
        model.columnsProperty().addListener((obs, was, now) -> showColumns());
        showColumns();
        table.sortOrderProperty().addListener((obs, was, now) -> model.sortBy(now.stream()
                .map(s -> new SortKey(s.key(), s.descending())).toList()));
        table.setOnNearEnd(model::loadMore);
        table.placeholderTextProperty().bind(model.placeholderProperty());
        table.selectedItemProperty().addListener((obs, was, now) ->
                model.selectedProperty().set(now));
        table.table().addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                model.stop();
                e.consume();
            }
        });
        return table;
    }

    private void showColumns() {
        table.setColumns(model.getColumns().stream()
                .map(c -> new ColumnSpec<DatasetRef>(c.key(), c.title(), c.value())).toList());
    }

    private ValidityTimeline timeline() {
        ValidityTimeline timeline = new ValidityTimeline();
        timeline.setId("validity-timeline");
        Bindings.bindContent(timeline.getTimespans(), model.validities());
        timeline.highlightedProperty().bind(Bindings.createObjectBinding(() ->
                model.selectedProperty().get() == null ? null : model.selectedProperty().get().validity(),
                model.selectedProperty()));
        var shown = model.showsValidityProperty().and(Bindings.isNotEmpty(model.validities()));
        timeline.visibleProperty().bind(shown);
        timeline.managedProperty().bind(shown);
        return timeline;
    }

    private HBox footer() {
        ProgressIndicator loading = new ProgressIndicator();
        loading.setPrefSize(14, 14);
        loading.visibleProperty().bind(model.loadingProperty());
        Label total = new Label();
        total.setId("datasets-total");
        total.textProperty().bind(Bindings.createStringBinding(() -> model.getTotal() == null ? ""
                : DatasetTypesViewModel.plural(model.getTotal(), "dataset"), model.totalProperty()));
        total.setStyle("-fx-font-weight: bold;");
        Label status = new Label();
        status.setId("datasets-status");
        status.textProperty().bind(model.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button stop = new Button("Stop");
        stop.setId("stop-datasets");
        stop.setTooltip(new Tooltip("Stop reading datasets (Esc); the rows so far stay"));
        stop.setOnAction(e -> model.stop());
        stop.disableProperty().bind(model.loadingProperty().not());
        HBox footer = new HBox(8, loading, total, status, spacer, stop);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.setPadding(new Insets(3, 8, 3, 8));
        footer.setStyle("-fx-background-color: #f3f3f3; -fx-border-color: #d4d4d4 transparent transparent transparent;");
        return footer;
    }

    /** The table, for keys and focus. */
    PagedTableView<DatasetRef> pagedTable() {
        return table;
    }
}
