package org.lsst.butlerbrowser.views;

import java.util.function.Function;

/**
 * One column of a {@link PagedTableView}: a key its owner recognises (e.g. for sorting), the
 * header text, and how to read the column's value from a row (null shows as an empty cell).
 */
public record ColumnSpec<R>(String key, String title, Function<? super R, ?> value) {
}
