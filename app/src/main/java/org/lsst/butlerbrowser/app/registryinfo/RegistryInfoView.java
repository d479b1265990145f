package org.lsst.butlerbrowser.app.registryinfo;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.lsst.butlerbrowser.app.registryinfo.RegistryInfoViewModel.Finding;
import org.lsst.butlerbrowser.app.registryinfo.RegistryInfoViewModel.TableStats;
import org.lsst.butlerbrowser.model.registry.ManagerVersion;
import org.lsst.butlerbrowser.views.SharedTooltip;

/**
 * The staff view: the registry's identity and health at the top, its managers, and every table
 * with rows and size. It only binds to a {@link RegistryInfoViewModel}.
 */
public final class RegistryInfoView extends BorderPane {

    private static final String HEADING = "-fx-font-weight: bold;";
    private static final String MUTED = "-fx-text-fill: #666666;";

    private final RegistryInfoViewModel model;

    public RegistryInfoView(RegistryInfoViewModel model) {
        this.model = model;
        setId("registry-info");
        setTop(toolbar());
        GridPane facts = facts();
        VBox health = health();
        HBox.setHgrow(facts, Priority.ALWAYS);
        facts.setPrefWidth(0); // the facts take what the health column leaves
        health.setMinWidth(240);
        health.setMaxWidth(320);
        HBox identity = new HBox(20, facts, health);
        identity.setPadding(new Insets(10));
        ScrollPane overview = new ScrollPane(identity);
        overview.setFitToWidth(true);
        overview.setStyle("-fx-background-color: transparent;");
        SplitPane parts = new SplitPane(overview, titled("Managers", managers()), titled("Tables", tables()));
        parts.setOrientation(Orientation.VERTICAL);
        parts.setDividerPositions(0.27, 0.56);
        setCenter(parts);
    }

    private ToolBar toolbar() {
        Label heading = new Label("Registry");
        heading.setStyle(HEADING);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(model.loadingProperty());
        busy.managedProperty().bind(model.loadingProperty());
        Label status = new Label();
        status.setId("registry-info-status");
        status.textProperty().bind(Bindings.when(model.errorProperty().isNull())
                .then(model.statusProperty()).otherwise(model.errorProperty()));
        status.styleProperty().bind(Bindings.when(model.errorProperty().isNull())
                .then(MUTED).otherwise("-fx-text-fill: #b3261e;"));
        status.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button refresh = new Button("Refresh");
        refresh.setId("registry-info-refresh");
        refresh.setTooltip(new Tooltip("Count every table's rows and check the registry again"));
        refresh.disableProperty().bind(model.loadingProperty());
        refresh.setOnAction(e -> model.reload());
        return new ToolBar(heading, busy, status, spacer, refresh);
    }

    private GridPane facts() {
        GridPane grid = new GridPane();
        grid.setId("registry-facts");
        grid.setHgap(16);
        grid.setVgap(4);
        for (int i = 0; i < model.facts().size(); i++) {
            RegistryInfoViewModel.Fact fact = model.facts().get(i);
            Label name = new Label(fact.name());
            name.setStyle(MUTED);
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label value = new Label(fact.value());
            value.setId("fact-" + fact.name().toLowerCase(Locale.ROOT).replace(' ', '-'));
            value.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS); // a long path keeps its file name in view
            value.setTooltip(new Tooltip(fact.value()));
            value.setMinWidth(0);
            grid.addRow(i, name, value);
        }
        return grid;
    }

    private VBox health() {
        VBox box = new VBox(6);
        box.setId("registry-health");
        Label heading = new Label("Health");
        heading.setStyle(HEADING);
        Label pending = new Label("Not checked yet.");
        pending.setStyle(MUTED);
        Runnable fill = () -> {
            box.getChildren().setAll(heading);
            if (model.findings().isEmpty()) {
                box.getChildren().add(pending);
            }
            model.findings().forEach(f -> box.getChildren().add(finding(f)));
        };
        model.findings().addListener((ListChangeListener<Finding>) c -> fill.run());
        fill.run();
        return box;
    }

    private static Node finding(Finding finding) {
        Label mark = new Label(switch (finding.severity()) {
            case OK -> "✔";
            case NOTE -> "●";
            case PROBLEM -> "✖";
        });
        mark.setMinWidth(16);
        mark.setStyle(switch (finding.severity()) {
            case OK -> "-fx-text-fill: #1b7a2f;";
            case NOTE -> "-fx-text-fill: #b26a00;";
            case PROBLEM -> "-fx-text-fill: #b3261e;";
        });
        Label heading = new Label(finding.heading());
        heading.getStyleClass().add("health-finding");
        HBox line = new HBox(6, mark, heading);
        if (finding.items().isEmpty()) {
            return line;
        }
        Label items = new Label(String.join(", ", finding.items()));
        items.setWrapText(true);
        items.setStyle(MUTED);
        items.setPadding(new Insets(0, 0, 0, 22));
        return new VBox(2, line, items);
    }

    private TableView<ManagerVersion> managers() {
        TableView<ManagerVersion> table = new TableView<>(FXCollections.observableList(model.managers()));
        table.setId("registry-managers");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Manager", ManagerVersion::kind, 110));
        TableColumn<ManagerVersion, String> cls = column("Class", ManagerVersion::shortName, 300);
        table.getColumns().add(cls);
        table.getColumns().add(column("Version", ManagerVersion::version, 70));
        // the short name fits the column; the module it lives in is a hover away
        SharedTooltip tips = new SharedTooltip();
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ManagerVersion item, boolean empty) {
                super.updateItem(item, empty);
                tips.show(this, empty || item == null ? null : item.className());
            }
        });
        return table;
    }

    private TableView<TableStats> tables() {
        TableView<TableStats> table = new TableView<>(model.tables());
        table.setId("registry-tables");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Table", TableStats::name, 280));
        TableColumn<TableStats, Long> rows = column("Rows", TableStats::rows, 100);
        rows.setCellFactory(c -> rightAligned(n -> String.format(Locale.ROOT, "%,d", n)));
        TableColumn<TableStats, Long> size = column("Size", TableStats::bytes, 100);
        size.setCellFactory(c -> rightAligned(Sizes::format));
        table.getColumns().add(rows);
        table.getColumns().add(size);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(40, 40);
        busy.visibleProperty().bind(model.loadingProperty());
        busy.managedProperty().bind(model.loadingProperty());
        Label text = new Label();
        text.textProperty().bind(Bindings.when(model.loadingProperty()).then(model.statusProperty())
                .otherwise("Rows are counted when this tab is first shown."));
        VBox placeholder = new VBox(10, busy, text);
        placeholder.setAlignment(Pos.CENTER);
        table.setPlaceholder(placeholder);
        return table;
    }

    private static <S, T> TableColumn<S, T> column(String title, Function<S, T> value, double width) {
        TableColumn<S, T> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static <S> TableCell<S, Long> rightAligned(Function<Long, String> format) {
        TableCell<S, Long> cell = new TableCell<>() {
            @Override
            protected void updateItem(Long value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? (empty ? null : "—") : format.apply(value));
            }
        };
        cell.setAlignment(Pos.CENTER_RIGHT);
        return cell;
    }

    private static VBox titled(String title, Node content) {
        Label heading = new Label(title);
        heading.setStyle(HEADING);
        VBox.setVgrow(content, Priority.ALWAYS);
        VBox box = new VBox(4, heading, content);
        box.setPadding(new Insets(6, 0, 0, 0));
        return box;
    }
}
