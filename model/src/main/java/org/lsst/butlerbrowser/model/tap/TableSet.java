package org.lsst.butlerbrowser.model.tap;

import java.util.List;
import java.util.Optional;

/**
 * Everything a TAP service says it serves: schemas, their tables and columns.
 *
 * @param schemas the schemas in the service's order
 * @param source  where the metadata came from: "VOSI tables" or "TAP_SCHEMA"
 */
public record TableSet(List<TapSchema> schemas, String source) {

    public TableSet {
        schemas = List.copyOf(schemas);
    }

    public List<TapTable> tables() {
        return schemas.stream().flatMap(s -> s.tables().stream()).toList();
    }

    /** The table with this qualified name, ignoring case (the RSP lists ivoa.ObsCore, DaCHS ivoa.obscore). */
    public Optional<TapTable> table(String qualifiedName) {
        return tables().stream().filter(t -> t.name().equalsIgnoreCase(qualifiedName)).findFirst();
    }

    /** The ObsCore table, preferring {@code ivoa.ObsCore} when a service has several. */
    public Optional<TapTable> obsCoreTable() {
        return table("ivoa.ObsCore").or(() -> tables().stream().filter(TapTable::isObsCore).findFirst());
    }
}
