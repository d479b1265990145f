package org.lsst.butlerbrowser.views;

import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * Holds a tree whose rows come over a few pulses when it is shown and when its top rows are replaced, as a
 * table's rows in new columns do: the element tree's thirty rows, made and styled in one layout, held the FX
 * thread for 30-75 ms when the Dimensions screen was first shown. The tree needs a fixed cell size. Put this
 * pane where the tree would go; it keeps the tree at its top while the tree is shorter.
 */
public final class StepwiseTree extends HBox {

    public StepwiseTree(TreeView<?> tree) {
        super(tree);
        HBox.setHgrow(tree, Priority.ALWAYS);
        tree.setMaxHeight(Double.MAX_VALUE);
        StepwiseReveal.install(tree);
    }
}
