package org.lsst.butlerbrowser.views;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * A pane's filter field over its tree: Shortcut+F anywhere in the window focuses the field while the
 * pane is on screen (the pane of an unselected tab is hidden, not removed, so several panes may
 * listen at once); in the field, Escape clears it and Down or Enter moves to the tree.
 */
public final class FindShortcut {

    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private FindShortcut() {
    }

    /** Listens on whatever scene {@code pane} is in, now and later. */
    public static void install(Node pane, TextField filter, TreeView<?> tree) {
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                filter.clear();
                tree.requestFocus();
            } else if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                tree.requestFocus();
                if (tree.getSelectionModel().isEmpty()) {
                    tree.getSelectionModel().selectFirst();
                }
            }
        });
        EventHandler<KeyEvent> find = e -> {
            if (FIND.match(e) && isShowing(pane)) {
                filter.requestFocus();
                filter.selectAll();
                e.consume();
            }
        };
        pane.sceneProperty().addListener((obs, was, now) -> {
            if (was != null) {
                was.removeEventFilter(KeyEvent.KEY_PRESSED, find);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, find);
            }
        });
        if (pane.getScene() != null) {
            pane.getScene().addEventFilter(KeyEvent.KEY_PRESSED, find);
        }
    }

    /** Visible with all its ancestors, and in a scene. */
    public static boolean isShowing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
