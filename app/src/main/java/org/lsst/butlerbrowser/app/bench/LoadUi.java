package org.lsst.butlerbrowser.app.bench;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.lsst.butlerbrowser.app.screenshots.ItemPicker;
import org.lsst.butlerbrowser.views.PagedTableView;
import org.lsst.butlerbrowser.views.RowWindow;

/** What the load runs do to the window from their own thread, through {@link Fx}. */
final class LoadUi {

    /** Long enough for a few pulses: the layout and paint an action causes fall into its step. */
    private static final long PULSES_MS = 250;

    private LoadUi() {
    }

    static void pulses() throws Exception {
        Thread.sleep(PULSES_MS);
        Fx.run(() -> { }); // behind a pulse still running: a big first layout can outlast the sleep
    }

    /** Waits until a TAP tab's editor is there; the tab's result table. */
    static PagedTableView<?> tapResultTable(Scene scene, long timeoutMs) throws Exception {
        Fx.await(() -> scene.lookup("#adql-text") != null, timeoutMs, "the TAP tab's editor");
        return Fx.call(() -> (PagedTableView<?>) node(scene, "#tap-result-table"));
    }

    /** Types the query into the TAP tab's editor, runs it and waits until its result table has this many rows. */
    static void runQuery(Scene scene, PagedTableView<?> table, String adql, long rows, long timeoutMs) throws Exception {
        Fx.run(() -> {
            ((TextArea) node(scene, "#adql-text")).setText(adql);
            ((Button) node(scene, "#tap-run")).fire();
        });
        Fx.await(() -> table.rows().size() == rows, timeoutMs, rows + " rows in the result table");
    }

    /** A node of the window; on the FX thread. */
    static Node node(Scene scene, String selector) {
        Node node = scene.lookup(selector);
        if (node == null) {
            throw new IllegalStateException("the window has no " + selector);
        }
        return node;
    }

    /** Selects the row or tree item called {@code name} in a list, table or tree, as a click does; on the FX thread. */
    static void pick(Node control, String name) {
        if (!ItemPicker.pick(control, name)) {
            throw new IllegalStateException("no " + name + " in " + control.getId());
        }
    }

    /** Chooses an item of the window's menus, as a click on it does; on the FX thread. */
    static void choose(Scene scene, String item) {
        MenuBar bar = (MenuBar) node(scene, ".menu-bar");
        bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> item.equals(i.getText())).findFirst()
                .orElseThrow(() -> new IllegalStateException("the window has no menu item " + item)).fire();
    }

    /** The tab with this id in any tab pane of the window; on the FX thread. */
    static Tab tab(Scene scene, String id) {
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(scene.getRoot());
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (n instanceof TabPane pane) {
                for (Tab t : pane.getTabs()) {
                    if (id.equals(t.getId())) {
                        return t;
                    }
                }
            }
            if (n instanceof Parent p) {
                p.getChildrenUnmodifiable().forEach(todo::push);
            }
        }
        throw new IllegalStateException("the window has no tab " + id);
    }

    /** A paged table's rows, all of them (a {@link PagedTableView} holds only a window of them in its control). */
    static Rows rows(PagedTableView<?> table) {
        return new Rows(() -> table.rows().size(), table::scrollTo);
    }

    /** A windowed table's or list's rows, all of them. */
    static Rows rows(RowWindow<?> window) {
        return new Rows(() -> window.rows().size(), window::scrollTo);
    }

    /** How many rows a table has loaded, and how to scroll it to one of them; on the FX thread. */
    record Rows(IntSupplier count, IntConsumer scrollTo) {
    }

    /**
     * Scrolls a paged table to its last row, as a person dragging the scroll bar down does, until
     * {@code complete} (checked on the FX thread) says every row is there: each scroll shows rows near
     * the end, which asks for the next page.
     */
    static void pageThrough(Rows table, Callable<Boolean> complete, long pageTimeoutMs) throws Exception {
        while (!Fx.call(complete)) {
            int before = Fx.call(() -> table.count().getAsInt());
            Fx.run(() -> table.scrollTo().accept(Math.max(0, before - 1)));
            Fx.await(() -> table.count().getAsInt() > before || complete.call(), pageTimeoutMs,
                    "the page after row " + before);
        }
    }
}
