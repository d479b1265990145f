package org.lsst.butlerbrowser.app.dimensions;

import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;
import org.lsst.butlerbrowser.app.detail.FieldText;
import org.lsst.butlerbrowser.app.detail.RegionSummary;
import org.lsst.butlerbrowser.model.registry.DimensionRecord;
import org.lsst.butlerbrowser.model.region.Region;
import org.lsst.butlerbrowser.model.time.Timespan;
import org.lsst.butlerbrowser.views.region.RegionThumbnail;

/**
 * A records-table cell: a link for a foreign key, a drawing and summary for a region, a timespan
 * in the chosen time scale, a hash in hex, None dimmed.
 */
final class RecordCell extends TableCell<DimensionRecord, Object> {

    private final DimensionsViewModel model;
    private final RecordColumn column;
    private final Hyperlink link = new Hyperlink();
    /** The height of a region's drawing: the tallest thing a cell shows. */
    static final double THUMBNAIL_HEIGHT = 20;

    private final RegionThumbnail thumbnail = new RegionThumbnail(30, THUMBNAIL_HEIGHT);
    private final Label regionText = new Label();
    private final HBox regionBox = new HBox(6, thumbnail, regionText);

    RecordCell(DimensionsViewModel model, RecordColumn column) {
        this.model = model;
        this.column = column;
        link.getStyleClass().add("record-link");
        link.setPadding(javafx.geometry.Insets.EMPTY);
        link.setOnAction(e -> {
            DimensionRecord record = getTableRow() == null ? null : getTableRow().getItem();
            if (record != null) {
                model.follow(record, column.field());
            }
        });
        regionBox.setAlignment(Pos.CENTER_LEFT);
    }

    @Override
    protected void updateItem(Object value, boolean empty) {
        super.updateItem(value, empty);
        setGraphic(null);
        setText(null);
        setStyle("");
        if (empty) {
            return;
        }
        if (value == null) {
            setText("None");
            setStyle("-fx-text-fill: #9a9a9a;");
            return;
        }
        switch (column.kind()) {
            case LINK -> {
                link.setText(FieldText.value(value));
                link.setVisited(false);
                setGraphic(link);
            }
            case REGION -> {
                thumbnail.setRegion((Region) value);
                regionText.setText(RegionSummary.of((Region) value).text());
                setGraphic(regionBox);
            }
            case TIMESPAN -> setText(FieldText.timespan((Timespan) value, model.timeScaleProperty().get(), true));
            case HASH -> setText(FieldText.hash((String) value));
            default -> setText(FieldText.value(value));
        }
    }
}
