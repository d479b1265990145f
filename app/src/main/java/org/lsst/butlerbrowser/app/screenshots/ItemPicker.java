package org.lsst.butlerbrowser.app.screenshots;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionModel;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;
import org.lsst.butlerbrowser.app.collections.CollectionNode;
import org.lsst.butlerbrowser.app.datasets.DatasetTypeRow;
import org.lsst.butlerbrowser.app.tap.SchemaNode;
import org.lsst.butlerbrowser.model.registry.DatasetType;
import org.lsst.butlerbrowser.model.universe.DimensionElement;

/**
 * Selects, as a click would, the row naming something (a collection, dataset type or dimension
 * element) in whatever list, table, tree or drop-down a screen has: the tour does not know how
 * screens are built, so it looks at their items, not their layout. The GUI benchmark clicks with it too.
 */
public final class ItemPicker {

    private ItemPicker() {
    }

    /** Selects the first item named {@code name} under {@code root}; false when no control has one. */
    public static boolean pick(Node root, String name) {
        for (Node node : nodes(root)) {
            if (node instanceof ListView<?> list
                    && select(list.getItems(), list.getSelectionModel(), name, row -> bringIntoView(list, row, list::scrollTo))) {
                return true;
            } else if (node instanceof TableView<?> table
                    && select(table.getItems(), table.getSelectionModel(), name, row -> bringIntoView(table, row, table::scrollTo))) {
                return true;
            } else if (node instanceof TreeView<?> tree && select(tree, name)) {
                return true;
            } else if (node instanceof ComboBox<?> combo && select(combo.getItems(), combo.getSelectionModel(), name, row -> { })) {
                return true;
            } else if (node instanceof ChoiceBox<?> choice
                    && select(choice.getItems(), choice.getSelectionModel(), name, row -> { })) {
                return true;
            }
        }
        return false;
    }

    /** Selects the first row of the last table under {@code root} that has rows: the screen's result table. */
    static boolean selectFirstResultRow(Node root) {
        TableView<?> last = null;
        for (Node node : nodes(root)) {
            if (node instanceof TableView<?> table && !table.getItems().isEmpty()) {
                last = table;
            }
        }
        if (last == null) {
            return false;
        }
        last.getSelectionModel().clearAndSelect(0);
        last.requestFocus();
        return true;
    }

    /** {@code root} and everything below it, depth first. */
    private static List<Node> nodes(Node root) {
        List<Node> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node node, List<Node> out) {
        out.add(node);
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, out));
        }
    }

    /** Selects the first of {@code items} named {@code name} and hands its row to {@code shown}; false when none is. */
    private static boolean select(List<?> items, SelectionModel<?> selection, String name, IntConsumer shown) {
        int row = find(items, name);
        if (row >= 0) {
            selection.select(row);
            shown.accept(row);
        }
        return row >= 0;
    }

    private static <T> boolean select(TreeView<T> tree, String name) {
        return findItem(tree.getRoot(), name).map(item -> {
            for (TreeItem<T> p = item.getParent(); p != null; p = p.getParent()) {
                p.setExpanded(true);
            }
            tree.getSelectionModel().select(item);
            bringIntoView(tree, tree.getRow(item), row -> tree.scrollTo(Math.max(0, row - 3)));
            return true;
        }).orElse(false);
    }

    /**
     * Scrolls to {@code row} only when it is not shown, as a person clicks a row they see. Any scroll
     * makes the flow hand its rows to other cells, and cells never shown are styled then for the first
     * time, work a benchmarked click must not add.
     */
    private static void bringIntoView(Control control, int row, IntConsumer scroll) {
        if (!(control.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) || !shows(flow, row)) {
            scroll.accept(row);
        }
    }

    private static boolean shows(VirtualFlow<?> flow, int row) {
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        return first != null && last != null && first.getIndex() <= row && row <= last.getIndex();
    }

    /**
     * Level by level, as a person reads a tree: the children of a row are asked for only when no row
     * above their level has the name. A collection chain's children are read from the registry when
     * first asked for, which a click on a shown row does not do either.
     */
    private static <T> Optional<TreeItem<T>> findItem(TreeItem<T> root, String name) {
        List<TreeItem<T>> level = root == null ? List.of() : List.of(root);
        while (!level.isEmpty()) {
            for (TreeItem<T> item : level) {
                if (names(item.getValue(), name)) {
                    return Optional.of(item);
                }
            }
            level = level.stream().flatMap(item -> item.getChildren().stream()).toList();
        }
        return Optional.empty();
    }

    /** The index of the first item named {@code name}; -1 when none is. */
    private static int find(List<?> items, String name) {
        for (int i = 0; i < items.size(); i++) {
            if (names(items.get(i), name)) {
                return i;
            }
        }
        return -1;
    }

    /** The model's named things by name; other items by their text ("calexp", "calexp (1,132)", or a record's "name=calexp,"). */
    static boolean names(Object item, String name) {
        if (item instanceof CollectionNode n) {
            return n.name().equals(name);
        } else if (item instanceof DatasetType t) {
            return t.name().equals(name);
        } else if (item instanceof DatasetTypeRow r) {
            return r.name().equals(name); // not by text: a record's first toString costs the FX thread ~30 ms
        } else if (item instanceof DimensionElement e) {
            return e.name().equals(name);
        } else if (item instanceof SchemaNode n) {
            return n.name().equals(name);
        }
        String text = String.valueOf(item);
        return text.equals(name) || text.startsWith(name + " ") || text.contains("name=" + name + ",");
    }
}
