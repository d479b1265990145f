package org.lsst.butlerbrowser.app.tap;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.lsst.butlerbrowser.views.FindShortcut;
import org.lsst.butlerbrowser.views.SharedTooltip;

/**
 * The TAP service's schemas, tables and columns: a filter (Shortcut+F), the tree with each
 * column's datatype and unit, and below it what the service says about the selected node. A
 * double click puts the table's or column's name into the query. It only binds to a
 * {@link SchemaBrowserViewModel}.
 */
public final class SchemaBrowserView extends BorderPane {

    private final SchemaBrowserViewModel model;
    private final TreeView<SchemaNode> tree = new TreeView<>(new TreeItem<>());
    private final TextField filter = new TextField();

    /** {@code insert} receives the name a double click asks to put into the query. */
    public SchemaBrowserView(SchemaBrowserViewModel model, Consumer<String> insert) {
        this.model = model;
        Label heading = new Label("Tables");
        heading.setStyle("-fx-font-weight: bold;");
        Label shown = new Label();
        shown.setId("tap-schema-shown");
        shown.setStyle("-fx-text-fill: #606060;");
        shown.textProperty().bind(model.shownProperty());
        filter.setId("tap-schema-filter");
        filter.setPromptText("Filter: table or column name, or words of a description  (Ctrl+F)");
        filter.textProperty().bindBidirectional(model.filterProperty());
        shown.setMinWidth(0);
        VBox filterBar = new VBox(3, filter, shown);
        filterBar.setPadding(new Insets(4, 6, 4, 6));
        FindShortcut.install(this, filter, tree);
        setTop(new VBox(new ToolBar(heading), filterBar));

        tree.setId("tap-schema-tree");
        tree.setShowRoot(false);
        SharedTooltip tips = new SharedTooltip();
        tree.setCellFactory(t -> new NodeCell(tips));
        tree.getSelectionModel().selectedItemProperty().addListener((obs, was, now) ->
                model.selectedProperty().set(now == null ? null : now.getValue()));
        tree.setOnMouseClicked(e -> {
            TreeItem<SchemaNode> item = tree.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && item != null
                    && item.getValue().kind() != SchemaNode.Kind.SCHEMA) {
                insert.accept(item.getValue().name());
            }
        });
        setCenter(tree);

        Label about = new Label();
        about.setId("tap-schema-about");
        about.setWrapText(true);
        about.setMinHeight(Region.USE_PREF_SIZE);
        about.textProperty().bind(model.aboutProperty());
        about.setPadding(new Insets(6));
        ScrollPane aboutPane = new ScrollPane(about);
        aboutPane.setFitToWidth(true);
        aboutPane.setPrefHeight(130);
        setBottom(aboutPane);

        model.roots().addListener((ListChangeListener<SchemaNode>) c -> showRoots());
        showRoots();
    }

    /** Rebuilds the tree; while filtering every match is open, else only the schemas. */
    private void showRoots() {
        boolean filtering = !model.filterProperty().get().isBlank();
        tree.getRoot().getChildren().setAll(model.roots().stream().map(n -> item(n, filtering, 0)).toList());
    }

    private static TreeItem<SchemaNode> item(SchemaNode node, boolean expandAll, int depth) {
        TreeItem<SchemaNode> item = new TreeItem<>(node);
        item.getChildren().setAll(node.children().stream().map(c -> item(c, expandAll, depth + 1)).toList());
        item.setExpanded(expandAll ? node.kind() != SchemaNode.Kind.COLUMN : depth == 0);
        return item;
    }

    private static final class NodeCell extends TreeCell<SchemaNode> {
        private final Label name = new Label();
        private final Label detail = new Label();
        private final HBox box = new HBox(6, name, detail);

        private final SharedTooltip tips;

        NodeCell(SharedTooltip tips) {
            this.tips = tips;
            detail.setStyle("-fx-text-fill: #7a7a7a;");
            name.setMinWidth(Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(SchemaNode node, boolean empty) {
            super.updateItem(node, empty);
            setText(null);
            if (empty || node == null) {
                setGraphic(null);
                tips.show(this, null);
                return;
            }
            name.setText(node.name());
            name.setStyle(node.kind() == SchemaNode.Kind.COLUMN ? "" : "-fx-font-weight: bold;");
            detail.setText(node.detail());
            setGraphic(box);
            tips.show(this, node.description());
        }
    }
}
