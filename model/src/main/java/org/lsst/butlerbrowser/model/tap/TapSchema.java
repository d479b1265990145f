package org.lsst.butlerbrowser.model.tap;

import java.util.List;

/** A schema of a TAP service and its tables. */
public record TapSchema(String name, String description, List<TapTable> tables) {

    public TapSchema {
        tables = List.copyOf(tables);
    }
}
