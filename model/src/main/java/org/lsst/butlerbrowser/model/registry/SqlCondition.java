package org.lsst.butlerbrowser.model.registry;

import java.util.List;

/** An SQL condition and the values of its '?' placeholders, in order; null sql means "no condition". */
record SqlCondition(String sql, List<Object> parameters) {

    static final SqlCondition NONE = new SqlCondition(null, List.of());

    SqlCondition {
        parameters = List.copyOf(parameters);
    }
}
