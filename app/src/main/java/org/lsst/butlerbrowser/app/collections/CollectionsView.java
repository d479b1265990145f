package org.lsst.butlerbrowser.app.collections;

import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.lsst.butlerbrowser.model.registry.Collection;
import org.lsst.butlerbrowser.model.registry.CollectionGraph;

/**
 * The collections tree: top-level collections (those no chain includes), chains expandable in
 * search order, the type beside each name and the doc string as a tooltip.
 */
public final class CollectionsView extends TreeView<Collection> {

    public CollectionsView() {
        setShowRoot(false);
        setCellFactory(tree -> new TreeCell<>() {
            @Override
            protected void updateItem(Collection c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.name() + "  [" + c.type() + "]");
                setTooltip(empty || c == null || c.doc() == null ? null : new Tooltip(c.doc()));
            }
        });
    }

    public void show(CollectionGraph graph) {
        TreeItem<Collection> root = new TreeItem<>();
        for (Collection c : graph.topLevel()) {
            root.getChildren().add(item(graph, c, java.util.Set.of()));
        }
        setRoot(root);
    }

    /** Children are built when first expanded; a chain met again on its own path is not followed. */
    private TreeItem<Collection> item(CollectionGraph graph, Collection c, java.util.Set<String> path) {
        TreeItem<Collection> item = new TreeItem<>(c);
        if (c.isChain() && !path.contains(c.name()) && !c.children().isEmpty()) {
            item.getChildren().add(new TreeItem<>());
            item.expandedProperty().addListener((obs, was, expanded) -> {
                if (expanded && item.getChildren().size() == 1 && item.getChildren().get(0).getValue() == null) {
                    java.util.Set<String> next = new java.util.HashSet<>(path);
                    next.add(c.name());
                    item.getChildren().setAll(c.children().stream()
                            .filter(graph::contains)
                            .map(child -> item(graph, graph.get(child), next)).toList());
                }
            });
        }
        return item;
    }
}
