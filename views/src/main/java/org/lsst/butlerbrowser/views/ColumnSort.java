package org.lsst.butlerbrowser.views;

/** One term of the order a user asked for by clicking column headers: a column key and direction. */
public record ColumnSort(String key, boolean descending) {
}
