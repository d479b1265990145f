package org.lsst.butlerbrowser.app.collections;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
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
import javafx.util.Duration;
import org.lsst.butlerbrowser.views.FindShortcut;
import org.lsst.butlerbrowser.views.FixedRows;
import org.lsst.butlerbrowser.views.SharedTooltip;
import org.lsst.butlerbrowser.views.StepwiseTree;

/**
 * The collections pane: a "Top-level only" toggle, a name filter (Shortcut+F), the tree (chains open
 * in search order, each row with its dataset count) and a progress indicator while the registry
 * opens. It only binds to a {@link CollectionsViewModel}.
 */
public final class CollectionsView extends BorderPane {

    private final CollectionsViewModel model;
    private final TreeView<CollectionNode> tree = new TreeView<>(new TreeItem<>());
    private final TextField filter = new TextField();
    private boolean refreshing;

    public CollectionsView(CollectionsViewModel model) {
        this.model = model;
        setTop(new VBox(toolbar(), filterBar()));
        setCenter(new StackPane(new StepwiseTree(tree), loadingOverlay()));
        tree.setId("collections-tree");
        tree.setShowRoot(false);
        tree.setFixedCellSize(FixedRows.height(0)); // rows of one height: none is measured, and they come stepwise
        SharedTooltip tips = new SharedTooltip();
        tips.tooltip().setShowDelay(Duration.millis(400));
        tips.tooltip().setMaxWidth(480);
        tips.tooltip().setWrapText(true);
        tree.setCellFactory(t -> new CollectionCell(model, tips));
        tree.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (!refreshing) {
                model.selectedProperty().set(now == null ? null : now.getValue());
            }
        });
        model.roots().addListener((ListChangeListener<CollectionNode>) change -> showRoots());
        showRoots();
    }

    private ToolBar toolbar() {
        CheckBox topLevel = new CheckBox("Top-level only");
        topLevel.setId("top-level-only");
        topLevel.setTooltip(new Tooltip("Show only collections that no chain includes; clear to list every collection"));
        topLevel.selectedProperty().bindBidirectional(model.topLevelOnlyProperty());
        topLevel.disableProperty().bind(model.filteringProperty()); // a filter searches every collection
        Label shown = new Label();
        shown.setId("collections-shown");
        shown.textProperty().bind(model.shownProperty());
        Label heading = new Label("Collections");
        heading.setStyle("-fx-font-weight: bold;");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new ToolBar(heading, topLevel, spacer, shown);
    }

    private HBox filterBar() {
        filter.setId("collections-filter");
        filter.setPromptText("Filter: name or glob, e.g. HSC/calib*  (Ctrl+F)");
        filter.textProperty().bindBidirectional(model.filterProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        HBox bar = new HBox(filter);
        bar.setPadding(new Insets(4, 6, 4, 6));
        FindShortcut.install(this, filter, tree);
        return bar;
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

    /**
     * Rebuilds the top of the tree. The selected collection stays selected (in the session too) when
     * it is still at the top, and the session keeps it when it is not: filtering is not choosing.
     */
    private void showRoots() {
        CollectionNode selected = model.selectedProperty().get();
        refreshing = true;
        try {
            tree.getRoot().getChildren().setAll(model.roots().stream().map(NodeItem::new).toList());
            if (selected != null) {
                tree.getRoot().getChildren().stream()
                        .filter(item -> item.getValue().name().equals(selected.name()))
                        .findFirst()
                        .ifPresent(item -> tree.getSelectionModel().select(item));
            }
        } finally {
            refreshing = false;
        }
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
