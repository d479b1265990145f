package org.lsst.butlerbrowser.app.detail;

import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The side panel with the selected row's details: every field, a drawing of any region, the stored
 * values on demand, and buttons that copy the row as TSV, as a {@code butler} command and as
 * Python. It only binds to a {@link DetailViewModel}.
 */
public final class DetailPanel extends BorderPane {

    private final DetailViewModel model;

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
        VBox stored = new VBox(4, storedHeading, new FieldGrid("detail-stored", model.storedFields()));
        stored.visibleProperty().bind(model.showStoredProperty());
        stored.managedProperty().bind(stored.visibleProperty());

        VBox body = new VBox(10, head, new FieldGrid("detail-fields", model.fields()), stored,
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

    /** A button that copies the value's text to the clipboard. */
    public static Button copyButton(String text, String tip, ObservableStringValue value) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(value.get());
            Clipboard.getSystemClipboard().setContent(content);
        });
        return b;
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
        l.setStyle(FieldGrid.MONOSPACE + " -fx-background-color: #f4f4f4; -fx-padding: 6;");
        l.textProperty().bind(text);
        return l;
    }
}
