package org.lsst.butlerbrowser.model.table;

import java.util.List;
import uk.ac.starlink.table.AbstractStarTable;
import uk.ac.starlink.table.RowSequence;

/**
 * A {@link TableRows} seen as a sequential-access STIL {@link uk.ac.starlink.table.StarTable}, so
 * that every STIL writer (and anything else built on STIL) can consume it. Each row sequence is a
 * fresh {@link TableRows#open()}; cells are converted by {@link CellValues}.
 */
public final class RowsStarTable extends AbstractStarTable {

    private final TableRows rows;
    private final List<uk.ac.starlink.table.ColumnInfo> columns;
    private final Class<?>[] classes;

    public RowsStarTable(TableRows rows) {
        this.rows = rows;
        this.columns = rows.columns().stream().map(RowsStarTable::stil).toList();
        this.classes = columns.stream().map(uk.ac.starlink.table.ColumnInfo::getContentClass).toArray(Class<?>[]::new);
        setName(rows.title());
    }

    private static uk.ac.starlink.table.ColumnInfo stil(ColumnInfo column) {
        uk.ac.starlink.table.ColumnInfo info = new uk.ac.starlink.table.ColumnInfo(column.name(),
                CellValues.exportedClass(column.type()), column.description());
        info.setUnitString(column.unit());
        info.setUCD(column.ucd());
        info.setXtype(column.xtype());
        return info;
    }

    @Override
    public int getColumnCount() {
        return columns.size();
    }

    @Override
    public uk.ac.starlink.table.ColumnInfo getColumnInfo(int icol) {
        return columns.get(icol);
    }

    /**
     * Always unknown (-1), even when {@link TableRows#knownRowCount()} is given: writers lay out
     * files by a declared count, and only reading the rows makes it certain.
     */
    @Override
    public long getRowCount() {
        return -1;
    }

    @Override
    public RowSequence getRowSequence() {
        TableRows.RowIterator source = rows.open();
        return new RowSequence() {
            private Object[] current;

            @Override
            public boolean next() {
                if (!source.hasNext()) {
                    current = null;
                    return false;
                }
                Object[] raw = source.next();
                if (raw.length != classes.length) {
                    throw new IllegalArgumentException("a row of " + rows.title() + " has " + raw.length
                            + " values for " + classes.length + " columns");
                }
                Object[] row = new Object[raw.length];
                for (int i = 0; i < raw.length; i++) {
                    row[i] = CellValues.convert(raw[i], classes[i], columns.get(i).getName());
                }
                current = row;
                return true;
            }

            @Override
            public Object getCell(int icol) {
                return row()[icol];
            }

            @Override
            public Object[] getRow() {
                return row().clone();
            }

            private Object[] row() {
                if (current == null) {
                    throw new IllegalStateException("no current row");
                }
                return current;
            }

            @Override
            public void close() {
                source.close();
            }
        };
    }
}
