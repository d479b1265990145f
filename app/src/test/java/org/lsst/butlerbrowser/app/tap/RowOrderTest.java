package org.lsst.butlerbrowser.app.tap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.lsst.butlerbrowser.app.tasks.TaskRunner;
import org.lsst.butlerbrowser.views.CellOrder;
import org.lsst.butlerbrowser.views.ColumnSort;
import org.lsst.butlerbrowser.views.ColumnSpec;

/** Sorting rows, against the oracle of sorting boxed rows with {@link CellOrder} by {@code List.sort}. */
class RowOrderTest {

    private static final int ROWS = 5000;
    private static final Random RANDOM = new Random(7);

    /** Numbers of three types with many ties, NaN and empty cells. */
    private static final Object[] NUMBERS = cells(r -> switch (r % 5) {
        case 0 -> null;
        case 1 -> RANDOM.nextInt(20);
        case 2 -> RANDOM.nextInt(20) + 0.5;
        case 3 -> (long) RANDOM.nextInt(20);
        default -> RANDOM.nextInt(50) == 0 ? Double.NaN : (float) RANDOM.nextInt(20);
    });
    private static final Object[] TEXTS = cells(r -> r % 7 == 0 ? null : "band-" + (char) ('a' + RANDOM.nextInt(6)));
    /** Numbers first, then text: the sort must start again on the cells themselves. */
    private static final Object[] MIXED = cells(r -> r % 3 == 0 ? null : r < ROWS / 2 ? RANDOM.nextInt(9) : "x" + RANDOM.nextInt(9));

    private static final List<ColumnSpec<Integer>> COLUMNS = List.of(
            new ColumnSpec<>("n", "n", r -> NUMBERS[r]),
            new ColumnSpec<>("s", "s", r -> TEXTS[r]),
            new ColumnSpec<>("m", "m", r -> MIXED[r]));

    private static Object[] cells(java.util.function.IntFunction<Object> cell) {
        return IntStream.range(0, ROWS).mapToObj(cell).toArray();
    }

    private static List<Integer> oracle(List<ColumnSort> by) {
        Comparator<Integer> order = (a, b) -> 0;
        for (ColumnSort sort : by) {
            ColumnSpec<Integer> column = COLUMNS.stream().filter(c -> c.key().equals(sort.key())).findFirst().orElseThrow();
            Comparator<Object> cells = sort.descending() ? CellOrder.VALUES.reversed() : CellOrder.VALUES;
            order = order.thenComparing(r -> column.value().apply(r), cells);
        }
        List<Integer> rows = new ArrayList<>(IntStream.range(0, ROWS).boxed().toList());
        rows.sort(order);
        return rows;
    }

    private static List<Integer> sorted(List<ColumnSort> by, boolean cancelled) {
        return RowOrder.sorted(ROWS, by, COLUMNS, new TaskRunner.Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }

            @Override
            public void onCancel(Runnable action) {
            }

            @Override
            public void publish(Runnable update) {
            }
        });
    }

    @Test
    void aNumberColumnSortsByValueWithEmptyCellsLastAndTiesInTheirOrder() {
        for (boolean descending : new boolean[] {false, true}) {
            List<ColumnSort> by = List.of(new ColumnSort("n", descending));
            assertEquals(oracle(by), sorted(by, false), "descending " + descending);
        }
    }

    @Test
    void textAndMixedColumnsSortAsTheirCellsCompare() {
        for (String key : List.of("s", "m")) {
            for (boolean descending : new boolean[] {false, true}) {
                List<ColumnSort> by = List.of(new ColumnSort(key, descending));
                assertEquals(oracle(by), sorted(by, false), key + " descending " + descending);
            }
        }
    }

    @Test
    void laterKeysOrderTheRowsTheEarlierOnesTie() {
        List<ColumnSort> by = List.of(new ColumnSort("s", false), new ColumnSort("n", true), new ColumnSort("m", false));
        assertEquals(oracle(by), sorted(by, false));
    }

    @Test
    void noKeysKeepTheRowsAsTheyCame() {
        assertEquals(IntStream.range(0, ROWS).boxed().toList(), sorted(List.of(), false));
    }

    @Test
    void aCancelledSortStops() {
        assertThrows(CancellationException.class, () -> sorted(List.of(new ColumnSort("n", false)), true));
    }
}
