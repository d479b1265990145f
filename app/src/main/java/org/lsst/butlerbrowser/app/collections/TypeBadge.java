package org.lsst.butlerbrowser.app.collections;

import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.lsst.butlerbrowser.model.registry.CollectionType;

/** A small rounded, colour-coded tag naming a collection type, drawn with shapes (no images). */
final class TypeBadge extends StackPane {

    static final double WIDTH = 50;

    private final Rectangle shape = new Rectangle(WIDTH, 16);
    private final Text label = new Text();

    TypeBadge() {
        shape.setArcWidth(8);
        shape.setArcHeight(8);
        label.setFill(Color.WHITE);
        label.setFont(Font.font("System", FontWeight.BOLD, 9.5));
        getStyleClass().add("type-badge");
        getChildren().addAll(shape, label);
        setMinWidth(WIDTH);
        setMaxSize(WIDTH, 16);
    }

    void show(CollectionType type) {
        label.setText(shortName(type));
        shape.setFill(color(type));
        setAccessibleText(type.name());
    }

    static String shortName(CollectionType type) {
        return switch (type) {
            case RUN -> "RUN";
            case TAGGED -> "TAGGED";
            case CHAINED -> "CHAIN";
            case CALIBRATION -> "CALIB";
        };
    }

    static Color color(CollectionType type) {
        return switch (type) {
            case RUN -> Color.web("#2f6db5");
            case TAGGED -> Color.web("#23875f");
            case CHAINED -> Color.web("#7d4fb8");
            case CALIBRATION -> Color.web("#c0760c");
        };
    }
}
