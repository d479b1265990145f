package org.lsst.butlerbrowser.views;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The rows 0, 1, … n−1 of a table as a list, without storing them: the items of a
 * {@link PagedTableView} whose cells read a table by row index, so a million-row table needs no
 * million boxed indices up front. RandomAccess, so that FXCollections wraps it as one (a sequential
 * wrapper made the table's selection walk every row, as RowOrder notes).
 */
public final class RowIndices extends AbstractList<Integer> implements RandomAccess {

    private final int size;

    public RowIndices(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("a table has 0 or more rows, not " + size);
        }
        this.size = size;
    }

    @Override
    public Integer get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return index;
    }

    @Override
    public int size() {
        return size;
    }
}
