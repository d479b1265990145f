package org.lsst.butlerbrowser.app.sky;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * The sky's layers, top first: each with a box that shows or hides it, its colour and size; under
 * the list, the selected layer's colour, opacity, what it is coloured by, and buttons that move it
 * up or down or remove it.
 */
final class LayersPanel extends VBox {

    private static final String ONE_COLOUR = "(one colour)";

    private final SkyScreenModel model;
    private final ListView<SkyLayerModel> list = new ListView<>();
    private final ColorPicker colour = new ColorPicker();
    private final Slider opacity = new Slider(0, 1, 1);
    private final ComboBox<String> colourBy = new ComboBox<>();
    private final GridPane options = new GridPane();
    private final ChangeListener<String> colourByFollower = (obs, was, now) -> showColourBy(now);
    private SkyLayerModel bound;
    private boolean updating;

    LayersPanel(SkyScreenModel model) {
        super(6);
        this.model = model;
        setId("sky-layers");
        Label title = new Label("Layers (top drawn over those below)");
        title.setStyle("-fx-font-weight: bold;");
        list.setId("sky-layer-list");
        list.setItems(model.layers());
        list.setCellFactory(v -> new LayerCell());
        list.setPrefHeight(150);
        list.setPlaceholder(new Label("No layers yet."));
        VBox.setVgrow(list, Priority.SOMETIMES);
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null && !updating) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, was, now) -> showSelected(now));
        colour.setId("sky-layer-colour");
        opacity.setId("sky-layer-opacity");
        colourBy.setId("sky-layer-colour-by");
        colourBy.setMaxWidth(Double.MAX_VALUE);
        colourBy.setOnAction(e -> {
            if (!updating && bound != null && colourBy.getValue() != null) {
                model.colourBy(bound, ONE_COLOUR.equals(colourBy.getValue()) ? null : colourBy.getValue());
            }
        });
        Button up = button("▲", "sky-layer-up", "Draw this layer over the one above it", () -> model.raise(bound));
        Button down = button("▼", "sky-layer-down", "Draw this layer under the one below it", () -> model.lower(bound));
        Button remove = button("Remove", "sky-layer-remove", "Take this layer off the sky", () -> model.remove(bound));
        options.setHgap(6);
        options.setVgap(4);
        options.addRow(0, new Label("Colour"), colour);
        options.addRow(1, new Label("Opacity"), opacity);
        options.addRow(2, new Label("Colour by"), colourBy);
        HBox buttons = new HBox(6, up, down, remove);
        buttons.setAlignment(Pos.CENTER_LEFT);
        options.add(buttons, 0, 3, 2, 1);
        GridPane.setHgrow(colourBy, Priority.ALWAYS);
        getChildren().addAll(title, list, options);
        setPadding(new Insets(6));
        showSelected(model.selectedProperty().get());
    }

    private Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> {
            if (bound != null) {
                action.run();
            }
        });
        return b;
    }

    /** Points the options at the selected layer. */
    private void showSelected(SkyLayerModel layer) {
        updating = true;
        try {
            if (bound != null) {
                colour.valueProperty().unbindBidirectional(bound.layer().colorProperty());
                opacity.valueProperty().unbindBidirectional(bound.layer().opacityProperty());
                bound.colourByProperty().removeListener(colourByFollower);
            }
            bound = layer;
            options.setDisable(layer == null);
            list.getSelectionModel().select(layer);
            if (layer == null) {
                colourBy.getItems().clear();
                return;
            }
            colour.valueProperty().bindBidirectional(layer.layer().colorProperty());
            opacity.valueProperty().bindBidirectional(layer.layer().opacityProperty());
            colourBy.getItems().setAll(ONE_COLOUR);
            colourBy.getItems().addAll(layer.colourColumns());
            layer.colourByProperty().addListener(colourByFollower);
            showColourBy(layer.colourByProperty().get());
        } finally {
            updating = false;
        }
    }

    /** Shows what the layer is coloured by, also when it was chosen elsewhere than in this box. */
    private void showColourBy(String column) {
        boolean was = updating;
        updating = true;
        try {
            colourBy.setValue(column == null ? ONE_COLOUR : column);
        } finally {
            updating = was;
        }
    }

    /** A layer in the list: shown or not, its colour, its name and size. */
    private static final class LayerCell extends ListCell<SkyLayerModel> {
        private final CheckBox visible = new CheckBox();
        private final Rectangle swatch = new Rectangle(12, 12);
        private final Label name = new Label();
        private final Label size = new Label();
        private final HBox box;
        private SkyLayerModel shown;

        LayerCell() {
            size.setStyle("-fx-text-fill: #707070; -fx-font-size: 0.9em;");
            name.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(name, Priority.ALWAYS);
            box = new HBox(6, visible, swatch, new VBox(1, name, size));
            box.setAlignment(Pos.CENTER_LEFT);
            getStyleClass().add("sky-layer-cell");
        }

        @Override
        protected void updateItem(SkyLayerModel layer, boolean empty) {
            super.updateItem(layer, empty);
            if (shown != null) {
                visible.selectedProperty().unbindBidirectional(shown.layer().visibleProperty());
                swatch.fillProperty().unbind();
            }
            shown = empty ? null : layer;
            if (shown == null) {
                setGraphic(null);
                return;
            }
            visible.selectedProperty().bindBidirectional(shown.layer().visibleProperty());
            swatch.fillProperty().bind(shown.layer().colorProperty().map(c -> (javafx.scene.paint.Paint) c)
                    .orElse(Color.GRAY));
            name.setText(shown.name());
            size.setText(shown.summary());
            setGraphic(box);
        }
    }
}
