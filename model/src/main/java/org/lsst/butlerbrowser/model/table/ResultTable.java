package org.lsst.butlerbrowser.model.table;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import uk.ac.starlink.table.ColumnStarTable;
import uk.ac.starlink.table.DescribedValue;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.TableSink;

/**
 * A result held in memory column by column (see {@link ColumnStore}), filled while it streams in
 * through {@link Builder}, a STIL {@link TableSink}, so rows are never buffered a second time. It
 * keeps STIL's full column metadata (UCD, utype, xtype, unit, VOTable datatype) and is itself a STIL
 * table through {@link #asStarTable()}, so any STIL writer can save it.
 */
public final class ResultTable implements TableRows {

    private final String title;
    private final List<ColumnInfo> columns;
    private final List<uk.ac.starlink.table.ColumnInfo> starColumns;
    private final List<DescribedValue> parameters;
    private final ColumnStore[] stores;
    private final int rowCount;

    private ResultTable(String title, List<uk.ac.starlink.table.ColumnInfo> starColumns,
            List<DescribedValue> parameters, ColumnStore[] stores, int rowCount) {
        this.title = title;
        this.starColumns = List.copyOf(starColumns);
        this.columns = this.starColumns.stream().map(ResultTable::modelColumn).toList();
        this.parameters = List.copyOf(parameters);
        this.stores = stores;
        this.rowCount = rowCount;
    }

    private static ColumnInfo modelColumn(uk.ac.starlink.table.ColumnInfo c) {
        return new ColumnInfo(c.getName(), c.getContentClass(), c.getUnitString(), c.getUCD(), c.getXtype(),
                c.getDescription());
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public List<ColumnInfo> columns() {
        return columns;
    }

    /** STIL's metadata for each column: everything {@link #columns()} has, plus utype and VOTable aux data. */
    public List<uk.ac.starlink.table.ColumnInfo> starColumns() {
        return starColumns;
    }

    /** The table's PARAMs and INFOs as STIL read them. */
    public List<DescribedValue> parameters() {
        return parameters;
    }

    public int rowCount() {
        return rowCount;
    }

    /** The value in a cell: boxed as STIL reads it (Long, Double, String, double[], ...), or null. */
    public Object value(int row, int column) {
        if (row < 0 || row >= rowCount) {
            throw new IndexOutOfBoundsException("row " + row + " of " + rowCount);
        }
        return stores[column].get(row);
    }

    /** The index of the column with this name (case-insensitive, as ADQL names are), or -1. */
    public int columnIndex(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    /** A view of this table as a random-access STIL table sharing the same column storage. */
    public StarTable asStarTable() {
        ColumnStarTable table = ColumnStarTable.makeTableWithRows(rowCount);
        table.setName(title);
        table.setParameters(new ArrayList<>(parameters));
        for (ColumnStore store : stores) {
            table.addColumn(store);
        }
        return table;
    }

    @Override
    public RowIterator open() {
        return new RowIterator() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < rowCount;
            }

            @Override
            public Object[] next() {
                if (next >= rowCount) {
                    throw new NoSuchElementException();
                }
                Object[] row = new Object[stores.length];
                for (int c = 0; c < row.length; c++) {
                    row[c] = stores[c].get(next);
                }
                next++;
                return row;
            }

            @Override
            public void close() {
            }
        };
    }

    /**
     * Receives a table from any STIL reader (metadata, then rows) and builds the {@link ResultTable}.
     * Not thread-safe: one reader fills it, then {@link #build()} hands the table over.
     */
    public static final class Builder implements TableSink {

        private String title = "";
        private List<uk.ac.starlink.table.ColumnInfo> starColumns;
        private List<DescribedValue> parameters = List.of();
        private ColumnStore[] stores;
        private int rowCount;
        private boolean built;

        @Override
        public void acceptMetadata(StarTable meta) {
            title = meta.getName() == null ? "" : meta.getName();
            parameters = new ArrayList<>(meta.getParameters());
            starColumns = new ArrayList<>(meta.getColumnCount());
            stores = new ColumnStore[meta.getColumnCount()];
            for (int c = 0; c < stores.length; c++) {
                uk.ac.starlink.table.ColumnInfo info = new uk.ac.starlink.table.ColumnInfo(meta.getColumnInfo(c));
                starColumns.add(info);
                stores[c] = ColumnStore.forColumn(info);
            }
        }

        @Override
        public void acceptRow(Object[] row) {
            if (stores == null || built) {
                throw new IllegalStateException(built ? "a row arrived after the table was built"
                        : "a row arrived before the table's columns");
            }
            if (rowCount == Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("more rows than one table can hold in memory");
            }
            for (int c = 0; c < stores.length; c++) {
                stores[c].append(c < row.length ? row[c] : null);
            }
            rowCount++;
        }

        @Override
        public void endRows() {
        }

        /** Whether the column metadata has arrived. */
        public boolean hasMetadata() {
            return stores != null;
        }

        public int rowCount() {
            return rowCount;
        }

        /** The table, once the reader has finished: no rows can follow. */
        public ResultTable build() {
            if (stores == null) {
                throw new IllegalStateException("no table was read");
            }
            if (!built) {
                built = true;
                for (ColumnStore store : stores) {
                    store.trim();
                }
            }
            return new ResultTable(title, starColumns, parameters, stores, rowCount);
        }
    }
}
