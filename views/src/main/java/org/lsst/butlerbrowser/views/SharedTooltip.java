package org.lsst.butlerbrowser.views;

import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;

/**
 * One tooltip for all the cells of a tree or list, showing the text of the cell it is shown over. A
 * tooltip is a popup window of its own: one made with each cell of a tree of some 30 rows was a good
 * part of the FX thread's time when the tree was first shown.
 */
public final class SharedTooltip {

    /** The key of a control's text in its properties. */
    private static final Object TEXT = new Object();

    private final Tooltip tooltip = new Tooltip();

    public SharedTooltip() {
        tooltip.setOnShowing(e -> tooltip.setText(textOf(tooltip.getOwnerNode())));
    }

    /** The tooltip itself, for its settings (delay, width, wrapping). */
    public Tooltip tooltip() {
        return tooltip;
    }

    /** Shows {@code text} over {@code control} when the pointer rests on it; null or blank: no tooltip. */
    public void show(Control control, String text) {
        if (text == null || text.isBlank()) {
            control.getProperties().remove(TEXT);
            control.setTooltip(null);
            return;
        }
        control.getProperties().put(TEXT, text);
        control.setTooltip(tooltip);
        if (tooltip.isShowing() && tooltip.getOwnerNode() == control) {
            tooltip.setText(text); // e.g. a count's error that came while the pointer rested on its row
        }
    }

    private static String textOf(Node owner) {
        Object text = owner == null ? null : owner.getProperties().get(TEXT);
        return text == null ? "" : text.toString();
    }
}
