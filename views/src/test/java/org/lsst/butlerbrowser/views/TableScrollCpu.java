package org.lsst.butlerbrowser.views;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;

/**
 * Not a test: the FX thread's CPU time per scroll and the layout and paint it causes, in a
 * {@link PagedTableView} of N rows and C columns (arguments; 2 columns unless given; 800 × 600),
 * worst of 20 each: a wheel step at the top, in the middle and at the end; the first wheel step
 * past 95% of fresh rows; a jump from the top to the middle and to the end. Figures in
 * docs/reliability.md ("Load and memory"). Run on Monocle with the test classpath, e.g.
 * {@code java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw
 * -cp views/target/classes:views/target/test-classes:JAVAFX_AND_MONOCLE_JARS
 * org.lsst.butlerbrowser.views.TableScrollCpu 1000000 30}.
 */
public final class TableScrollCpu {
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
    private static volatile Thread fx;
    private static PagedTableView<Integer> table;
    private static int n;

    static void fx(Runnable r) throws Exception {
        CompletableFuture<Void> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                r.run();
                f.complete(null);
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        f.get();
    }

    private TableScrollCpu() {
    }

    static void scrollTo(int row) {
        table.scrollTo(row); // before RowWindow: table.table().scrollTo(row)
    }

    static void wheel(double px) {
        ((VirtualFlow<?>) table.table().lookup(".virtual-flow")).scrollPixels(px);
    }

    /** FX CPU ms of the action plus the pulses that follow it. */
    static double measure(Runnable action) throws Exception {
        AtomicLong before = new AtomicLong();
        fx(() -> {
            before.set(MX.getThreadCpuTime(fx.getId()));
            action.run();
        });
        Thread.sleep(120);
        fx(() -> { });
        Thread.sleep(60);
        return (MX.getThreadCpuTime(fx.getId()) - before.get()) / 1e6;
    }

    static double worst(int times, Runnable setup, Runnable action) throws Exception {
        double w = 0;
        for (int i = 0; i < times; i++) {
            if (setup != null) {
                fx(setup);
                Thread.sleep(150);
            }
            w = Math.max(w, measure(action));
        }
        return w;
    }

    public static void main(String[] args) throws Exception {
        n = Integer.parseInt(args[0]);
        int columns = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int times = 20;
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(() -> {
            fx = Thread.currentThread();
            table = PagedTableView.sortedByOwner();
            table.setColumns(IntStream.range(0, columns).mapToObj(c -> new ColumnSpec<Integer>("c" + c, "column " + c,
                    r -> (long) r * (c + 1))).toList());
            Stage stage = new Stage();
            stage.setScene(new Scene(table, 800, 600));
            stage.show();
            up.countDown();
        });
        up.await();
        fx(() -> table.setRows(FXCollections.observableList(new RowIndices(n))));
        Thread.sleep(500);
        // warm up
        for (int i = 0; i < 10; i++) {
            measure(() -> wheel(40));
            measure(() -> wheel(-40));
        }
        int[] flip = {0};
        Runnable wheelStep = () -> wheel((flip[0]++ % 2 == 0) ? 40 : -40);
        double top = worst(times, null, wheelStep);
        fx(() -> scrollTo(n / 2));
        Thread.sleep(300);
        double middle = worst(times, null, wheelStep);
        fx(() -> scrollTo(n - 40));
        Thread.sleep(300);
        double end = worst(times, null, wheelStep);
        // first wheel step past 95% after fresh rows, jumped to just below 95%
        double past95 = 0;
        for (int i = 0; i < 5; i++) {
            fx(() -> table.setRows(FXCollections.observableList(new RowIndices(n))));
            Thread.sleep(300);
            fx(() -> scrollTo((int) (n * 0.95) - 5));
            Thread.sleep(300);
            past95 = Math.max(past95, measure(() -> wheel(400)));
        }
        double jumpMiddle = worst(times, () -> scrollTo(0), () -> scrollTo(n / 2));
        double jumpEnd = worst(times, () -> scrollTo(0), () -> scrollTo(n - 1));
        System.out.printf("rows %,d, " + columns + " columns: top %.1f, middle %.1f, end %.1f, first wheel past 95%% %.1f, jump to middle %.1f, jump to end %.1f ms (worst of %d; load average %.1f)%n",
                n, top, middle, end, past95, jumpMiddle, jumpEnd, times, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Platform.exit();
        System.exit(0);
    }
}
