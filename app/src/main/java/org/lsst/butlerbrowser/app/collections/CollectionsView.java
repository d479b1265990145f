package org.lsst.butlerbrowser.app.collections;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The collections pane: a "Top-level only" toggle, the tree (chains open in search order) and a
 * progress indicator while the registry opens. It only binds to a {@link CollectionsViewModel}.
 */
public final class CollectionsView extends BorderPane {

    private final CollectionsViewModel model;
    private final TreeView<CollectionNode> tree = new TreeView<>(new TreeItem<>());

    public CollectionsView(CollectionsViewModel model) {
        this.model = model;
        setTop(toolbar());
        setCenter(new StackPane(tree, loadingOverlay()));
        tree.setId("collections-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new CollectionCell(model));
        tree.getSelectionModel().selectedItemProperty().addListener((obs, was, now) ->
                model.selectedProperty().set(now == null ? null : now.getValue()));
        model.roots().addListener((ListChangeListener<CollectionNode>) change -> showRoots());
        showRoots();
    }

    private ToolBar toolbar() {
        CheckBox topLevel = new CheckBox("Top-level only");
        topLevel.setId("top-level-only");
        topLevel.setTooltip(new Tooltip("Show only collections that no chain includes; clear to list every collection"));
        topLevel.selectedProperty().bindBidirectional(model.topLevelOnlyProperty());
        Label shown = new Label();
        shown.setId("collections-shown");
        shown.textProperty().bind(model.shownProperty());
        Label heading = new Label("Collections");
        heading.setStyle("-fx-font-weight: bold;");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new ToolBar(heading, topLevel, spacer, shown);
    }

    private VBox loadingOverlay() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(48, 48);
        progress.visibleProperty().bind(model.loadingProperty());
        progress.managedProperty().bind(model.loadingProperty());
        Label text = new Label();
        text.textProperty().bind(model.statusProperty());
        VBox overlay = new VBox(12, progress, text);
        overlay.setId("collections-overlay");
        overlay.setAlignment(Pos.CENTER);
        overlay.setStyle("-fx-background-color: rgba(255,255,255,0.85);");
        // while opening: spinner and "Opening …"; after a failure: what could not be opened
        overlay.visibleProperty().bind(model.loadingProperty().or(model.errorProperty().isNotNull()));
        return overlay;
    }

    private void showRoots() {
        tree.getRoot().getChildren().setAll(model.roots().stream().map(NodeItem::new).toList());
    }

    /** A tree item whose children are asked of the model the first time the tree needs them. */
    private final class NodeItem extends TreeItem<CollectionNode> {

        private boolean loaded;

        NodeItem(CollectionNode node) {
            super(node);
        }

        @Override
        public boolean isLeaf() {
            return !getValue().isExpandable();
        }

        @Override
        public ObservableList<TreeItem<CollectionNode>> getChildren() {
            if (!loaded) {
                loaded = true;
                super.getChildren().setAll(model.children(getValue()).stream().map(NodeItem::new).toList());
            }
            return super.getChildren();
        }
    }
}
