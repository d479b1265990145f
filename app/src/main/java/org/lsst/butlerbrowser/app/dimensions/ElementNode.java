package org.lsst.butlerbrowser.app.dimensions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.lsst.butlerbrowser.model.universe.DimensionElement;
import org.lsst.butlerbrowser.model.universe.ElementGroups;

/**
 * One row of the element tree: a stored element with its record count (null until counted), a
 * computed skypix dimension, or a heading that groups skypix dimensions.
 */
public final class ElementNode {

    public enum Kind { STORED, COMPUTED, HEADING }

    private final String label;
    private final DimensionElement element;
    private final Kind kind;
    private final List<ElementNode> children;
    private final ReadOnlyObjectWrapper<Long> count = new ReadOnlyObjectWrapper<>(this, "count");
    private final ReadOnlyStringWrapper countError = new ReadOnlyStringWrapper(this, "countError");

    private ElementNode(String label, DimensionElement element, Kind kind, List<ElementNode> children) {
        this.label = label;
        this.element = element;
        this.kind = kind;
        this.children = List.copyOf(children);
    }

    /** The tree's top rows: the stored roots in universe order, then the computed skypix dimensions. */
    static List<ElementNode> tree(ElementGroups groups) {
        List<ElementNode> roots = new ArrayList<>();
        groups.roots().forEach(e -> roots.add(stored(groups, e)));
        List<ElementNode> families = new ArrayList<>();
        for (Map.Entry<String, List<DimensionElement>> f : groups.skypixFamilies().entrySet()) {
            List<ElementNode> levels = f.getValue().stream()
                    .map(e -> new ElementNode(e.name(), e, Kind.COMPUTED, List.of())).toList();
            families.add(new ElementNode(f.getKey(), null, Kind.HEADING, levels));
        }
        if (!families.isEmpty()) {
            roots.add(new ElementNode("computed (skypix)", null, Kind.HEADING, families));
        }
        return roots;
    }

    private static ElementNode stored(ElementGroups groups, DimensionElement e) {
        List<ElementNode> children = groups.children(e.name()).stream().map(c -> stored(groups, c)).toList();
        return new ElementNode(e.name(), e, Kind.STORED, children);
    }

    public String label() {
        return label;
    }

    /** The element, or null for a heading. */
    public DimensionElement element() {
        return element;
    }

    public Kind kind() {
        return kind;
    }

    public List<ElementNode> children() {
        return children;
    }

    /** The grey words after the name: what a dimension implies, or what a heading holds. */
    public String note() {
        return switch (kind) {
            case STORED -> element.implied().isEmpty() ? "" : "→ " + String.join(", ", element.implied());
            case COMPUTED -> "computed";
            case HEADING -> children.size() + (children.get(0).kind() == Kind.COMPUTED ? " levels" : " pixelizations");
        };
    }

    /** The number of records, null until counted (always null for computed and heading rows). */
    public ReadOnlyObjectProperty<Long> countProperty() {
        return count.getReadOnlyProperty();
    }

    public Long getCount() {
        return count.get();
    }

    void setCount(long n) {
        count.set(n);
        countError.set(null);
    }

    /** Why the count is unknown, when counting failed. */
    public ReadOnlyStringProperty countErrorProperty() {
        return countError.getReadOnlyProperty();
    }

    void countFailed(String sentence) {
        countError.set(sentence);
    }

    @Override
    public String toString() {
        return label;
    }
}
