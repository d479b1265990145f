package org.lsst.butlerbrowser.app.bench;

import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.shape.Rectangle;

/**
 * Times one click until its answer is on screen in a table. The clock reads four times: when the
 * click's handlers return, when the rows reach the table, after the first layout pass that shows the
 * first of them in a visible row, and once the renderer has painted that pass's frame. Used on the
 * FX thread only; the result is read from any thread.
 */
final class FirstRowsProbe {

    private final TableView<?> table;
    private final int rows;
    private final Scene scene;
    private final CompletableFuture<RunTimes> result = new CompletableFuture<>();
    private final InvalidationListener arrival = o -> arrived();
    private final Runnable afterLayout = this::laidOut;
    private long start;
    private long clicked;
    private long arrived;
    private long laidOut;

    /** Watches {@code table} until it holds {@code rows} rows. */
    FirstRowsProbe(TableView<?> table, int rows) {
        this.table = table;
        this.rows = rows;
        this.scene = table.getScene();
    }

    /** Starts the clock and clicks; the result completes when the rows are painted. */
    CompletableFuture<RunTimes> click(Runnable click) {
        if (table.getItems().size() >= rows) {
            throw new IllegalStateException("the table already holds " + table.getItems().size() + " rows before the click");
        }
        table.getItems().addListener(arrival);
        scene.addPostLayoutPulseListener(afterLayout);
        start = System.nanoTime();
        click.run();
        clicked = System.nanoTime();
        return result;
    }

    private void arrived() {
        if (arrived == 0 && table.getItems().size() >= rows) {
            arrived = System.nanoTime();
        }
    }

    private void laidOut() {
        if (arrived == 0 || laidOut != 0 || !firstRowShown(table)) {
            return;
        }
        laidOut = System.nanoTime();
        // Runs after this pulse, which hands its frame to the renderer thread before it returns.
        Platform.runLater(() -> {
            scene.removePostLayoutPulseListener(afterLayout);
            table.getItems().removeListener(arrival);
            awaitRenderer();
            long painted = System.nanoTime();
            result.complete(new RunTimes(ms(start, painted), ms(start, clicked), ms(clicked, arrived), ms(arrived, laidOut),
                    ms(laidOut, painted), table.getItems().size()));
        });
    }

    /**
     * Returns once the renderer has finished every frame handed to it: a snapshot is rendered on the
     * same single renderer thread, after them, and waited for. A 1×1 one costs next to nothing.
     */
    static void awaitRenderer() {
        new Rectangle(1, 1).snapshot(null, null);
    }

    /** Whether a visible row shows the table's first item, with its cells filled. */
    static boolean firstRowShown(TableView<?> table) {
        if (table.getItems().isEmpty()) {
            return false;
        }
        Object first = table.getItems().get(0);
        for (Node node : table.lookupAll(".table-row-cell")) {
            if (node instanceof TableRow<?> row && row.isVisible() && row.getIndex() == 0 && row.getItem() == first
                    && row.getChildrenUnmodifiable().stream().anyMatch(c -> c instanceof TableCell<?, ?> cell
                    && cell.getIndex() == 0 && !cell.isEmpty())) {
                return true;
            }
        }
        return false;
    }

    private static double ms(long from, long to) {
        return (to - from) / 1e6;
    }
}
