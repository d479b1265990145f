package org.lsst.butlerbrowser.views;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Pane;

/** What is done to a tree of nodes as a whole. */
public final class NodeTrees {

    private NodeTrees() {
    }

    /**
     * Takes a closed screen's nodes apart: every control loses its skin (and with it the cells,
     * rows and texts the skin made), every table, list and tree its items (which a cell still reaches
     * through its control), every pane and group its children, every split pane, tab pane and scroll
     * pane its content. JavaFX may keep a node it last painted for long after its screen has left
     * the scene (the renderer's root paths, {@code ViewPainter.ROOT_PATHS}, keep the path of nodes
     * to what was repainted in each dirty region, and the path of a region that came out empty is
     * not cleared); taken apart, such a node reaches its own small piece instead of the whole screen.
     * Call it on the FX thread once the nodes have left the scene; they cannot be shown again.
     */
    public static void dismantle(Node root) {
        if (root == null) {
            return;
        }
        // the whole tree first: taking a node apart takes its children out of its child list
        List<Node> nodes = new ArrayList<>();
        collect(root, nodes);
        for (int i = nodes.size() - 1; i >= 0; i--) {
            Node node = nodes.get(i);
            if (node instanceof SplitPane split) {
                split.getItems().clear();
            } else if (node instanceof TabPane tabs) {
                tabs.getTabs().stream().filter(t -> !t.contentProperty().isBound()).forEach(t -> t.setContent(null));
                tabs.getTabs().clear();
            } else if (node instanceof ScrollPane scroll && !scroll.contentProperty().isBound()) {
                scroll.setContent(null);
            }
            if (node instanceof Control control) {
                control.setSkin(null); // first: no cells updated for the emptied items below
                emptyItems(control);
            } else if (node instanceof Pane pane) {
                pane.getChildren().clear();
            } else if (node instanceof Group group) {
                group.getChildren().clear();
            }
        }
    }

    /** A table's, list's or tree's items replaced by none, unless bound (then whoever binds them empties them). */
    private static void emptyItems(Control control) {
        if (control instanceof TableView<?> table && !table.itemsProperty().isBound()) {
            table.setItems(FXCollections.observableArrayList());
        } else if (control instanceof ListView<?> list && !list.itemsProperty().isBound()) {
            list.setItems(FXCollections.observableArrayList());
        } else if (control instanceof TreeView<?> tree && !tree.rootProperty().isBound()) {
            tree.setRoot(null);
        } else if (control instanceof TreeTableView<?> tree && !tree.rootProperty().isBound()) {
            tree.setRoot(null);
        }
    }

    /** The tree in pre-order: shown children, and the content of tabs and scroll panes not shown. */
    private static void collect(Node node, List<Node> out) {
        out.add(node);
        if (node instanceof Parent parent) {
            for (Node child : List.copyOf(parent.getChildrenUnmodifiable())) {
                collect(child, out);
            }
        }
        if (node instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                if (tab.getContent() != null && tab.getContent().getParent() == null) {
                    collect(tab.getContent(), out);
                }
            }
        } else if (node instanceof SplitPane split) {
            for (Node item : split.getItems()) {
                if (item.getParent() == null) {
                    collect(item, out);
                }
            }
        } else if (node instanceof ScrollPane scroll && scroll.getContent() != null && scroll.getContent().getParent() == null) {
            collect(scroll.getContent(), out);
        }
    }
}
