package org.lsst.butlerbrowser.app.tap;

import java.util.List;
import org.lsst.butlerbrowser.model.tap.TapColumn;

/**
 * One row of the schema tree: a schema, a table or a column, with what the service says about it.
 *
 * @param name        the name to use in ADQL (a table's qualified name)
 * @param description the service's description, or empty
 * @param detail      a short line beside the name: a column's datatype and unit, a table's column count
 * @param column      the service's description of a column; null for schemas and tables
 * @param children    tables of a schema, columns of a table (those matching the filter)
 */
public record SchemaNode(Kind kind, String name, String description, String detail, TapColumn column,
                         List<SchemaNode> children) {

    public enum Kind { SCHEMA, TABLE, COLUMN }

    public SchemaNode {
        children = List.copyOf(children);
        description = description == null ? "" : description.strip();
    }
}
