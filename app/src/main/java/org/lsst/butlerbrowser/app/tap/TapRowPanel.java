package org.lsst.butlerbrowser.app.tap;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.lsst.butlerbrowser.app.detail.FieldGrid;

/** The side panel with the selected result row: every field with its unit, the footprint drawn. */
public final class TapRowPanel extends BorderPane {

    public TapRowPanel(ResultViewModel model) {
        setId("tap-row-panel");
        setMinWidth(200);
        Label title = new Label();
        title.setId("tap-row-title");
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 1.15em;");
        title.setWrapText(true);
        title.textProperty().bind(model.rowTitleProperty());
        VBox body = new VBox(10, title, new FieldGrid("tap-row-fields", model.fields()));
        body.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.visibleProperty().bind(Bindings.isNotEmpty(model.fields()));
        Label none = new Label("Select a row to see its fields.");
        none.setStyle("-fx-text-fill: #808080;");
        none.visibleProperty().bind(Bindings.isEmpty(model.fields()));
        setCenter(new StackPane(scroll, none));
    }
}
