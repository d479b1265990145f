package org.lsst.butlerbrowser.app.tap;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.lsst.butlerbrowser.app.tasks.Job;
import org.lsst.butlerbrowser.app.tasks.ProblemText;
import org.lsst.butlerbrowser.app.tasks.TaskRunner;
import org.lsst.butlerbrowser.views.ColumnSort;
import org.lsst.butlerbrowser.views.ColumnSpec;

/**
 * Puts a table's rows (a TAP result's, a sky layer's) in the order its headers ask for, sorting in the
 * background with the window's progress and Cancel ({@link RowOrder#sorted}). A newer order cancels the
 * sort still running: its rows would not be shown, and a million of them take seconds.
 */
public final class RowSorter {

    private final TaskRunner runner;
    private Job running = Job.DONE;

    public RowSorter(TaskRunner runner) {
        this.runner = runner;
    }

    /**
     * Hands {@code show} the {@code rows} rows in this order of {@code columns}' keys: at once as they came
     * for no order, else when sorted. {@code failed} hears why a sort failed. {@code what} names the rows
     * in the job's title ("Sorting 1,000 rows of visit").
     */
    public Job sort(String what, int rows, List<ColumnSort> order, List<ColumnSpec<Integer>> columns,
                    Consumer<RowOrder> show, Consumer<String> failed) {
        running.cancel();
        if (order.isEmpty()) {
            running = Job.DONE;
            show.accept(RowOrder.natural(rows));
        } else {
            running = runner.run(String.format(Locale.ROOT, "Sorting %,d %s", rows, what),
                    progress -> RowOrder.sorted(rows, order, columns, progress), show,
                    problem -> failed.accept("The rows could not be sorted: " + ProblemText.sentence(problem)));
        }
        return running;
    }

    /** Cancels the sort still running, if any: its rows are not wanted any more. */
    public void cancel() {
        running.cancel();
    }
}
