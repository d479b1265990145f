package org.lsst.butlerbrowser.app.tap;

/**
 * A stable sort of row indices held as ints, so that sorting a million rows makes no Integer per
 * row (see {@link RowOrder#sorted}). A merge sort that copies between the array and one work array
 * of the same length, with insertion sort for short runs and no merge where two runs are already in order.
 */
final class RowIndexSort {

    private static final int INSERTION_RUN = 16;

    /** The order of two rows, given by their indices. */
    @FunctionalInterface
    interface RowComparator {
        int compare(int a, int b);
    }

    private RowIndexSort() {
    }

    /** Sorts {@code rows} in place; rows that compare equal keep their order. */
    static void sort(int[] rows, RowComparator order) {
        mergeSort(rows.clone(), rows, 0, rows.length, order);
    }

    /** Sorts {@code src[low, high)} into {@code dest[low, high)}; the two ranges hold the same rows on entry. */
    private static void mergeSort(int[] src, int[] dest, int low, int high, RowComparator order) {
        if (high - low < INSERTION_RUN) {
            for (int i = low + 1; i < high; i++) {
                int row = dest[i];
                int j = i;
                for (; j > low && order.compare(dest[j - 1], row) > 0; j--) {
                    dest[j] = dest[j - 1];
                }
                dest[j] = row;
            }
            return;
        }
        int mid = (low + high) >>> 1;
        mergeSort(dest, src, low, mid, order);
        mergeSort(dest, src, mid, high, order);
        if (order.compare(src[mid - 1], src[mid]) <= 0) {
            System.arraycopy(src, low, dest, low, high - low);
            return;
        }
        for (int i = low, p = low, q = mid; i < high; i++) {
            dest[i] = q >= high || p < mid && order.compare(src[p], src[q]) <= 0 ? src[p++] : src[q++];
        }
    }
}
