package org.lsst.butlerbrowser.model.table;

/**
 * One column of a result table with the metadata VOTable and FITS carry: the Java type of its
 * values (String, Long, Double, Boolean, ...), unit, UCD, xtype and a description (each may be null).
 */
public record ColumnInfo(String name, Class<?> type, String unit, String ucd, String xtype, String description) {

    public static ColumnInfo of(String name, Class<?> type) {
        return new ColumnInfo(name, type, null, null, null, null);
    }
}
