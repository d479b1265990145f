package org.lsst.butlerbrowser.model.tap;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One table of a TAP service.
 *
 * @param name        the qualified name to use in ADQL, e.g. {@code ivoa.ObsCore}
 * @param type        "table" or "view" (null when not stated)
 * @param description the service's description, or null
 * @param columns     its columns, in the service's order; empty when only a summary was fetched
 */
public record TapTable(String name, String type, String description, List<TapColumn> columns) {

    public TapTable {
        columns = List.copyOf(columns);
    }

    /** The column with this name, compared as ADQL compares unquoted names (ignoring case). */
    public Optional<TapColumn> column(String columnName) {
        return columns.stream().filter(c -> c.name().equalsIgnoreCase(columnName)).findFirst();
    }

    /** The name without its schema prefix. */
    public String simpleName() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(dot + 1);
    }

    /** Whether this is an ObsCore table: named ObsCore (any case, any schema) or with ObsCore's columns. */
    public boolean isObsCore() {
        return simpleName().toLowerCase(Locale.ROOT).equals("obscore") || ObsCoreColumns.recognises(columns);
    }
}
