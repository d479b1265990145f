package org.lsst.butlerbrowser.app;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.lsst.butlerbrowser.app.collections.CollectionsViewModel;

/** The window's bottom line: a spinner while opening, backend · collection count · open time, and where. */
final class StatusBar extends HBox {

    StatusBar(CollectionsViewModel model) {
        super(8);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(14, 14);
        busy.visibleProperty().bind(model.loadingProperty());
        busy.managedProperty().bind(model.loadingProperty());
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.statusProperty());
        status.setMinWidth(Region.USE_PREF_SIZE); // the location gives way first
        Label location = new Label();
        location.setId("location");
        location.textProperty().bind(model.locationProperty());
        location.setStyle("-fx-text-fill: #777777;");
        location.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(busy, status, spacer, location);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 10, 4, 10));
        setStyle("-fx-background-color: #ececec; -fx-border-color: #c8c8c8 transparent transparent transparent;");
    }
}
