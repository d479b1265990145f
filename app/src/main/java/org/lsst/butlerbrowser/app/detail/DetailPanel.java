package org.lsst.butlerbrowser.app.detail;

import java.util.List;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.lsst.butlerbrowser.views.region.RegionThumbnail;

/**
 * The side panel with the selected row's details: every field, a drawing of any region, the stored
 * values on demand, and buttons that copy the row as TSV, as a {@code butler} command and as
 * Python. It only binds to a {@link DetailViewModel}.
 */
public final class DetailPanel extends BorderPane {

    private static final String MONOSPACE = "-fx-font-family: monospace; -fx-font-size: 0.9em;";

    private final DetailViewModel model;
    private final GridPane fieldGrid = grid("detail-fields");
    private final GridPane storedGrid = grid("detail-stored");

    public DetailPanel(DetailViewModel model) {
        this.model = model;
        setId("detail-panel");
        setMinWidth(200);

        Label title = new Label();
        title.setId("detail-title");
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 1.15em;");
        title.textProperty().bind(model.titleProperty());
        Label subtitle = new Label();
        subtitle.setId("detail-subtitle");
        subtitle.setStyle("-fx-text-fill: #606060;");
        subtitle.setWrapText(true);
        subtitle.textProperty().bind(model.subtitleProperty());
        VBox head = new VBox(2, title, subtitle);

        Label storedHeading = heading("Stored values");
        VBox stored = new VBox(4, storedHeading, storedGrid);
        stored.visibleProperty().bind(model.showStoredProperty());
        stored.managedProperty().bind(stored.visibleProperty());

        VBox body = new VBox(10, head, fieldGrid, stored,
                heading("butler command"), code(model.butlerCommandProperty(), "detail-command"),
                heading("Python"), code(model.pythonCodeProperty(), "detail-python"));
        body.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.visibleProperty().bind(model.emptyProperty().not());

        Label none = new Label("Select a row to see its details.");
        none.setStyle("-fx-text-fill: #808080;");
        none.visibleProperty().bind(model.emptyProperty());
        setCenter(new StackPane(scroll, none));
        setBottom(actions());

        model.fields().addListener((ListChangeListener<DetailField>) c -> fill(fieldGrid, model.fields()));
        model.storedFields().addListener((ListChangeListener<DetailField>) c -> fill(storedGrid, model.storedFields()));
        fill(fieldGrid, model.fields());
        fill(storedGrid, model.storedFields());
    }

    private FlowPane actions() {
        Button tsv = copyButton("Copy row", "The row as tab-separated values with a header line", model.tsvProperty());
        Button command = copyButton("Copy butler command", "The butler command that lists this row",
                model.butlerCommandProperty());
        Button python = copyButton("Copy Python", "The daf_butler Python that finds this row", model.pythonCodeProperty());
        CheckBox stored = new CheckBox("Stored values");
        stored.setId("detail-show-stored");
        stored.setTooltip(new Tooltip("Also show the values as the registry's tables hold them"));
        stored.selectedProperty().bindBidirectional(model.showStoredProperty());
        FlowPane bar = new FlowPane(6, 6, tsv, command, python, stored);
        bar.setPadding(new Insets(6, 8, 6, 8));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.disableProperty().bind(model.emptyProperty());
        return bar;
    }

    private static Button copyButton(String text, String tip, ObservableStringValue value) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(value.get());
            Clipboard.getSystemClipboard().setContent(content);
        });
        return b;
    }

    private static GridPane grid(String id) {
        GridPane grid = new GridPane();
        grid.setId(id);
        grid.setHgap(10);
        grid.setVgap(4);
        ColumnConstraints names = new ColumnConstraints();
        names.setHalignment(HPos.RIGHT);
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        grid.getColumnConstraints().setAll(names, values);
        return grid;
    }

    private static void fill(GridPane grid, ObservableList<DetailField> fields) {
        grid.getChildren().clear();
        int row = 0;
        for (DetailField f : List.copyOf(fields)) {
            Label name = new Label(f.name());
            name.setStyle("-fx-text-fill: #606060;");
            name.setMinWidth(Region.USE_PREF_SIZE);
            GridPane.setValignment(name, VPos.TOP);
            if (f.region() == null && !f.value().contains("\n")) {
                grid.addRow(row++, name, value(f));
            } else {
                // drawings and several lines get the panel's whole width, under their name
                GridPane.setHalignment(name, HPos.LEFT);
                grid.add(name, 0, row++, 2, 1);
                grid.add(value(f), 0, row++, 2, 1);
            }
        }
    }

    private static Node value(DetailField f) {
        Label text = new Label(f.value());
        text.getStyleClass().add("detail-value");
        text.setWrapText(true);
        text.setMinHeight(Label.USE_PREF_SIZE);
        if (f.missing()) {
            text.setStyle("-fx-text-fill: #9a9a9a;");
        } else if (f.value().contains("\n")) {
            text.setStyle(MONOSPACE);
        }
        if (f.region() == null) {
            return text;
        }
        RegionThumbnail drawing = new RegionThumbnail(160, 110);
        drawing.setRegion(f.region());
        return new VBox(4, drawing, text);
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    private static Label code(ObservableStringValue text, String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        l.setStyle(MONOSPACE + " -fx-background-color: #f4f4f4; -fx-padding: 6;");
        l.textProperty().bind(text);
        return l;
    }
}
