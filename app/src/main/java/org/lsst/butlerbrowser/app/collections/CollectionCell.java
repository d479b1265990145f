package org.lsst.butlerbrowser.app.collections;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/** A tree row: search position (under a chain), type badge, name, a grey note; the doc as tooltip. */
final class CollectionCell extends TreeCell<CollectionNode> {

    private final CollectionsViewModel model;
    private final Label position = new Label();
    private final TypeBadge badge = new TypeBadge();
    private final Label name = new Label();
    private final Label detail = new Label();
    private final HBox row = new HBox(6, position, badge, name, detail);
    private final Tooltip tooltip = new Tooltip();

    CollectionCell(CollectionsViewModel model) {
        this.model = model;
        position.getStyleClass().add("collection-position");
        position.setStyle("-fx-text-fill: #808080; -fx-font-size: 0.85em;");
        position.setMinWidth(18);
        position.setAlignment(Pos.CENTER_RIGHT);
        name.getStyleClass().add("collection-name");
        detail.getStyleClass().add("collection-detail");
        detail.setStyle("-fx-text-fill: #8a8a8a; -fx-font-size: 0.9em;");
        row.setAlignment(Pos.CENTER_LEFT);
        tooltip.setShowDelay(Duration.millis(400));
        tooltip.setMaxWidth(480);
        tooltip.setWrapText(true);
    }

    @Override
    protected void updateItem(CollectionNode node, boolean empty) {
        super.updateItem(node, empty);
        setText(null);
        if (empty || node == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        boolean underChain = node.position() > 0;
        position.setText(underChain ? node.position() + "." : "");
        position.setVisible(underChain);
        position.setManaged(underChain);
        badge.show(node.type());
        name.setText(node.name());
        detail.setText(node.detail());
        tooltip.setText(model.tooltip(node));
        setGraphic(row);
        setTooltip(tooltip);
    }
}
