package org.lsst.butlerbrowser.app.collections;

import java.util.OptionalLong;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;
import org.lsst.butlerbrowser.views.SharedTooltip;

/**
 * A tree row: search position (under a chain), type badge, name, a grey note, and the number of
 * datasets ("…" until counted); the doc in the tree's one tooltip. No spinner: one in each row, made
 * with the row, was most of the FX thread's time in showing a registry's collections the first time.
 */
final class CollectionCell extends TreeCell<CollectionNode> {

    private final CollectionsViewModel model;
    private final SharedTooltip tips;
    private final Label position = new Label();
    private final TypeBadge badge = new TypeBadge();
    private final Label name = new Label();
    private final Label detail = new Label();
    private final Label total = new Label();
    private final HBox row = new HBox(6, position, badge, name, detail, total);

    CollectionCell(CollectionsViewModel model, SharedTooltip tips) {
        this.model = model;
        this.tips = tips;
        position.getStyleClass().add("collection-position");
        position.setStyle("-fx-text-fill: #808080; -fx-font-size: 0.85em;");
        position.setMinWidth(18);
        position.setAlignment(Pos.CENTER_RIGHT);
        name.getStyleClass().add("collection-name");
        detail.getStyleClass().add("collection-detail");
        detail.setStyle("-fx-text-fill: #8a8a8a; -fx-font-size: 0.9em;");
        total.getStyleClass().add("collection-total");
        total.setStyle("-fx-background-color: #eceff3; -fx-background-radius: 8; -fx-padding: 0 6 0 6;"
                + " -fx-text-fill: #4a4a4a; -fx-font-size: 0.85em;");
        total.visibleProperty().bind(total.textProperty().isNotEmpty());
        total.managedProperty().bind(total.visibleProperty());
        row.setAlignment(Pos.CENTER_LEFT);
    }

    @Override
    protected void updateItem(CollectionNode node, boolean empty) {
        super.updateItem(node, empty);
        setText(null);
        if (empty || node == null) {
            setGraphic(null);
            tips.show(this, null);
            showTotal(null);
            return;
        }
        boolean underChain = node.position() > 0;
        position.setText(underChain ? node.position() + "." : "");
        position.setVisible(underChain);
        position.setManaged(underChain);
        badge.show(node.type());
        name.setText(node.name());
        detail.setText(node.detail());
        tips.show(this, model.tooltip(node));
        showTotal(model.datasetTotal(node));
        setGraphic(row);
    }

    /** Binds the count to a collection's total; null (no counting) hides it. */
    private void showTotal(ReadOnlyObjectProperty<OptionalLong> datasets) {
        total.textProperty().unbind();
        if (datasets == null) {
            total.setText("");
        } else {
            total.textProperty().bind(Bindings.createStringBinding(() -> text(datasets.get()), datasets));
        }
    }

    private static String text(OptionalLong datasets) {
        return datasets == null ? "…" : datasets.isPresent() ? String.format("%,d", datasets.getAsLong()) : "?";
    }
}
