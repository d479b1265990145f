package org.lsst.butlerbrowser.app.detail;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.lsst.butlerbrowser.views.region.RegionThumbnail;

/**
 * A row's fields as names and values, following a list of {@link DetailField}s: a region is drawn
 * above its summary, and values of several lines or with a drawing take the grid's whole width.
 */
public final class FieldGrid extends GridPane {

    static final String MONOSPACE = "-fx-font-family: monospace; -fx-font-size: 0.9em;";

    public FieldGrid(String id, ObservableList<DetailField> fields) {
        setId(id);
        setHgap(10);
        setVgap(4);
        ColumnConstraints names = new ColumnConstraints();
        names.setHalignment(HPos.RIGHT);
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        getColumnConstraints().setAll(names, values);
        fields.addListener((ListChangeListener<DetailField>) c -> fill(fields));
        fill(fields);
    }

    private void fill(ObservableList<DetailField> fields) {
        getChildren().clear();
        int row = 0;
        for (DetailField f : List.copyOf(fields)) {
            Label name = new Label(f.name());
            name.setStyle("-fx-text-fill: #606060;");
            name.setMinWidth(Region.USE_PREF_SIZE);
            GridPane.setValignment(name, VPos.TOP);
            if (f.region() == null && !f.value().contains("\n")) {
                addRow(row++, name, value(f));
            } else {
                GridPane.setHalignment(name, HPos.LEFT);
                add(name, 0, row++, 2, 1);
                add(value(f), 0, row++, 2, 1);
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
}
