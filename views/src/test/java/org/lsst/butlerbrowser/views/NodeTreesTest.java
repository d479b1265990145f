package org.lsst.butlerbrowser.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.ref.Reference;
import java.lang.ref.WeakReference;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A screen taken apart after it left the window: one of its nodes kept alive (as JavaFX's renderer
 * may keep the last node it repainted) no longer keeps the rest of the screen or its table's rows.
 */
@ExtendWith(ApplicationExtension.class)
class NodeTreesTest {

    private static final int ROWS = 1_000;

    private final StackPane window = new StackPane();

    /** What the test keeps of a closed screen: one text of a table cell, strongly; the screen and the rows weakly. */
    private record Closed(Text keptText, WeakReference<Node> screen, WeakReference<ObservableList<Integer>> rows) {
    }

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(window, 600, 400));
        stage.show();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    /** Shows a screen of the usual parts, then closes it: out of the window, taken apart when {@code dismantle}. */
    private Closed showAndClose(boolean dismantle) throws Exception {
        ObservableList<Integer> rows = FXCollections.observableList(new RowIndices(ROWS));
        TableView<Integer> table = new TableView<>(rows);
        TableColumn<Integer, Integer> row = new TableColumn<>("row");
        row.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        table.getColumns().add(row);
        TabPane tabs = new TabPane(new Tab("Rows", table), new Tab("Notes", new ScrollPane(new Label("not shown"))));
        SplitPane screen = new SplitPane(new VBox(new Label("query"), new TextField("SELECT 1")), tabs);
        onFx(() -> window.getChildren().setAll(screen));
        WaitForAsyncUtils.waitForFxEvents();
        Text kept = onFx(() -> {
            window.layout();
            return (Text) table.lookup(".table-cell .text");
        });
        assertNotNull(kept, "a shown cell's text");
        onFx(() -> {
            window.getChildren().clear();
            if (dismantle) {
                NodeTrees.dismantle(screen);
            }
            return null;
        });
        return new Closed(kept, new WeakReference<>(screen), new WeakReference<>(rows));
    }

    /** Collects until the screen's weak reference is cleared, a few times at most; whether it was. */
    private static boolean collected(WeakReference<?> ref) throws InterruptedException {
        for (int i = 0; i < 10 && ref.get() != null; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return ref.get() == null;
    }

    @Test
    void aKeptNodeOfAScreenTakenApartKeepsNeitherTheScreenNorItsRows() throws Exception {
        Closed closed = showAndClose(true);

        assertEquals(List.of(true, true), List.of(collected(closed.screen()), collected(closed.rows())),
                "screen and rows collected");
        assertNull(closed.keptText().getParent());
        Reference.reachabilityFence(closed.keptText());
    }

    @Test
    void aKeptNodeOfAScreenNotTakenApartKeepsItAll() throws Exception {
        // the test's own check: without dismantling, the kept text reaches the whole screen
        Closed closed = showAndClose(false);

        assertEquals(List.of(false, false), List.of(collected(closed.screen()), collected(closed.rows())),
                "screen and rows kept");
        Reference.reachabilityFence(closed.keptText());
    }
}
