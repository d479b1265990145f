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
 * in the chosen time scale, a hash in hex, None dimmed. A cell makes only the nodes its column's kind
 * shows: a table's first rows are made in a pulse of the FX thread.
 */
final class RecordCell extends TableCell<DimensionRecord, Object> {

    private final DimensionsViewModel model;
    private final RecordColumn column;
    /** The height of a region's drawing: the tallest thing a cell shows. */
    static final double THUMBNAIL_HEIGHT = 20;

    /** In a LINK column only. */
    private final Hyperlink link;
    /** In a REGION column only: the drawing and summary, side by side. */
    private final RegionThumbnail thumbnail;
    private final Label regionText;
    private final HBox regionBox;

    RecordCell(DimensionsViewModel model, RecordColumn column) {
        this.model = model;
        this.column = column;
        boolean region = column.kind() == RecordColumn.Kind.REGION;
        link = column.kind() == RecordColumn.Kind.LINK ? link() : null;
        thumbnail = region ? new RegionThumbnail(30, THUMBNAIL_HEIGHT) : null;
        regionText = region ? new Label() : null;
        regionBox = region ? new HBox(6, thumbnail, regionText) : null;
        if (region) {
            regionBox.setAlignment(Pos.CENTER_LEFT);
        }
    }

    private Hyperlink link() {
        Hyperlink link = new Hyperlink();
        link.getStyleClass().add("record-link");
        link.setPadding(javafx.geometry.Insets.EMPTY);
        link.setOnAction(e -> {
            DimensionRecord record = getTableRow() == null ? null : getTableRow().getItem();
            if (record != null) {
                model.follow(record, column.field());
            }
        });
        return link;
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
