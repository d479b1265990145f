package org.lsst.butlerbrowser.app.tap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lsst.butlerbrowser.model.tap.TableSet;
import org.lsst.butlerbrowser.model.tap.TapColumn;
import org.lsst.butlerbrowser.model.tap.TapSchema;
import org.lsst.butlerbrowser.model.tap.TapTable;

/**
 * The TAP service's schemas, tables and columns as a tree, narrowed by a filter that matches names
 * and descriptions (a table whose name matches keeps all its columns; otherwise only matching
 * columns stay), and what the service says about the selected node.
 */
public final class SchemaBrowserViewModel {

    private final TableSet tables;
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObservableList<SchemaNode> roots = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper shown = new ReadOnlyStringWrapper(this, "shown", "");
    private final ObjectProperty<SchemaNode> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper about = new ReadOnlyStringWrapper(this, "about", "");

    public SchemaBrowserViewModel(TableSet tables) {
        this.tables = tables;
        filter.addListener((obs, was, now) -> refilter());
        selected.addListener((obs, was, now) -> about.set(now == null ? "" : about(now)));
        refilter();
    }

    private void refilter() {
        String term = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        List<SchemaNode> out = new ArrayList<>();
        int tableCount = 0;
        int columnCount = 0;
        for (TapSchema schema : tables.schemas()) {
            boolean schemaMatches = matches(term, schema.name(), schema.description());
            List<SchemaNode> tableNodes = new ArrayList<>();
            for (TapTable table : schema.tables()) {
                boolean tableMatches = schemaMatches || matches(term, table.name(), table.description());
                List<SchemaNode> columns = table.columns().stream()
                        .filter(c -> tableMatches || matches(term, c.name(), c.description()))
                        .map(SchemaBrowserViewModel::column).toList();
                if (tableMatches || !columns.isEmpty()) {
                    tableNodes.add(new SchemaNode(SchemaNode.Kind.TABLE, table.name(), table.description(),
                            count(table.columns().size(), "column"), null, columns));
                    columnCount += columns.size();
                }
            }
            if (schemaMatches || !tableNodes.isEmpty()) {
                out.add(new SchemaNode(SchemaNode.Kind.SCHEMA, schema.name(), schema.description(),
                        count(schema.tables().size(), "table"), null, tableNodes));
                tableCount += tableNodes.size();
            }
        }
        roots.setAll(out);
        shown.set(count(tableCount, "table") + " · " + count(columnCount, "column")
                + (term.isEmpty() ? "" : " match") + " · from " + tables.source());
    }

    private static SchemaNode column(TapColumn c) {
        StringJoiner detail = new StringJoiner(" · ");
        detail.add(c.datatype() == null ? "?" : c.datatype() + (c.arraysize() == null ? "" : "[" + c.arraysize() + "]"));
        if (c.unit() != null && !c.unit().isBlank()) {
            detail.add(c.unit());
        }
        return new SchemaNode(SchemaNode.Kind.COLUMN, c.name(), c.description(), detail.toString(), c, List.of());
    }

    private static boolean matches(String term, String name, String description) {
        return term.isEmpty() || name.toLowerCase(Locale.ROOT).contains(term)
                || description != null && description.toLowerCase(Locale.ROOT).contains(term);
    }

    private static String count(int n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    /** Everything the service says about a node, one item a line. */
    private static String about(SchemaNode node) {
        List<String> lines = new ArrayList<>();
        lines.add(node.name() + " (" + node.kind().name().toLowerCase(Locale.ROOT) + ")");
        TapColumn c = node.column();
        if (c != null) {
            add(lines, "datatype", c.datatype() == null ? null : c.datatype() + (c.arraysize() == null ? "" : " [" + c.arraysize() + "]"));
            add(lines, "xtype", c.xtype());
            add(lines, "unit", c.unit());
            add(lines, "UCD", c.ucd());
            add(lines, "utype", c.utype());
            List<String> flags = new ArrayList<>();
            if (c.principal()) {
                flags.add("principal");
            }
            if (c.indexed()) {
                flags.add("indexed");
            }
            if (c.std()) {
                flags.add("standard");
            }
            add(lines, "flags", flags.isEmpty() ? null : String.join(", ", flags));
        } else {
            lines.add(node.detail());
        }
        if (!node.description().isEmpty()) {
            lines.add(node.description());
        }
        return String.join("\n", lines);
    }

    private static void add(List<String> lines, String key, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(key + ": " + value);
        }
    }

    /** Matched against names and descriptions, ignoring case; empty shows everything. */
    public StringProperty filterProperty() {
        return filter;
    }

    /** The schemas left by the filter, each with its matching tables and columns. */
    public ObservableList<SchemaNode> roots() {
        return roots;
    }

    /** "3 tables · 120 columns · from VOSI tables", or how many match. */
    public ReadOnlyStringProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ObjectProperty<SchemaNode> selectedProperty() {
        return selected;
    }

    /** What the service says about the selected node, several lines. */
    public ReadOnlyStringProperty aboutProperty() {
        return about.getReadOnlyProperty();
    }
}
