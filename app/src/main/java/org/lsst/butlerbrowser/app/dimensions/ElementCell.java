package org.lsst.butlerbrowser.app.dimensions;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;
import org.lsst.butlerbrowser.views.SharedTooltip;

/**
 * A row of the element tree: name, its record count ("…" until known), and what it implies (grey); the
 * element's doc (or why it was not counted) in the tree's one tooltip. No spinner and no tooltip of its
 * own: a spinner in each of some 30 rows, and a tooltip made with each, were most of the FX thread's
 * time in showing the Dimensions screen the first time.
 */
final class ElementCell extends TreeCell<ElementNode> {

    private final Label name = new Label();
    private final Label note = new Label();
    private final Label count = new Label();
    private final SharedTooltip tips;
    private final HBox row = new HBox(6, name, count, note);

    ElementCell(SharedTooltip tips) {
        this.tips = tips;
        name.getStyleClass().add("element-name");
        note.setStyle("-fx-text-fill: #8a8a8a; -fx-font-size: 0.9em;");
        count.getStyleClass().add("element-count");
        count.setStyle("-fx-text-fill: white; -fx-background-color: #8c96a0; -fx-background-radius: 7;"
                + " -fx-padding: 0 5 0 5; -fx-font-size: 0.85em;");
        row.setAlignment(Pos.CENTER_LEFT);
    }

    @Override
    protected void updateItem(ElementNode node, boolean empty) {
        super.updateItem(node, empty);
        setText(null);
        count.textProperty().unbind();
        count.visibleProperty().unbind();
        if (empty || node == null) {
            setGraphic(null);
            tips.show(this, null);
            return;
        }
        name.setText(node.label());
        name.setStyle(node.kind() == ElementNode.Kind.HEADING ? "-fx-font-weight: bold;" : "");
        note.setText(node.note());
        boolean stored = node.kind() == ElementNode.Kind.STORED;
        if (stored) {
            count.textProperty().bind(Bindings.createStringBinding(() -> node.countErrorProperty().get() != null ? "?"
                    : node.getCount() == null ? "…" : String.format(Locale.ROOT, "%,d", node.getCount()),
                    node.countProperty(), node.countErrorProperty()));
        } else {
            count.setText("");
        }
        count.visibleProperty().bind(count.textProperty().isNotEmpty());
        count.managedProperty().bind(count.visibleProperty());
        String doc = node.element() == null || node.element().doc().isBlank() ? null : node.element().doc().strip();
        String error = stored ? node.countErrorProperty().get() : null;
        tips.show(this, error != null ? error : doc);
        setGraphic(row);
    }
}
