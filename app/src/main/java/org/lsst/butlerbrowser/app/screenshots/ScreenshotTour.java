package org.lsst.butlerbrowser.app.screenshots;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.lsst.butlerbrowser.app.session.RegistrySession;
import org.lsst.butlerbrowser.app.sky.AddLayerModel;
import org.lsst.butlerbrowser.app.sky.FootprintTable;
import org.lsst.butlerbrowser.app.sky.SkyLayerModel;
import org.lsst.butlerbrowser.app.sky.SkyScreen;
import org.lsst.butlerbrowser.model.region.UnitVector3d;
import org.lsst.butlerbrowser.model.sky.Projection;
import org.lsst.butlerbrowser.model.repo.Environment;
import org.lsst.butlerbrowser.model.tap.TapConnection;

/**
 * A hidden debug entry point for the README's screenshots: started with
 * {@code -Dbutler.browser.screenshot=DIR}, the app waits for the demo registry to open, visits each
 * screen as a person would, saves a PNG of each in DIR and quits. scripts/screenshots.sh runs it.
 *
 * <p>Screens are found by what they show, not by how they are built, so the tour takes what
 * exists: a screen tab is found by its title, a row (collection, dataset type, dimension element)
 * in whatever list, table or tree the screen has ({@link ItemPicker}). A step whose screen or row
 * is missing is reported on stderr and its picture taken as the screen is, or skipped when there
 * is nothing to show (no Connect dialog). The pictures:
 * <ol>
 *   <li>{@code main-window.png}: collection HSC/runs/RC2, the Datasets screen on calexp;</li>
 *   <li>{@code dimensions.png}: the Dimensions screen on visit;</li>
 *   <li>{@code registry-tab.png}: the Registry screen;</li>
 *   <li>{@code connect-dialog.png}: the window File → Connect… opens;</li>
 *   <li>{@code tap-window.png}: when a TAP service answers at {@value #TAP_URL}, a TAP tab on it
 *       after an ObsCore cone search with its first row selected (skipped otherwise);</li>
 *   <li>{@code sky-all-sky.png}: View → Sky with the registry's visits in Hammer-Aitoff, coloured by band;</li>
 *   <li>{@code sky-tan.png}: the same sky zoomed in TAN onto the tracts' patches and one visit's
 *       detector footprints;</li>
 *   <li>{@code sky-linked-chart.png}: a bar of the band chart clicked, its rows selected in the
 *       table and highlighted on the sky.</li>
 * </ol>
 */
public final class ScreenshotTour {

    /** The system property naming the folder for the pictures. */
    public static final String PROPERTY = "butler.browser.screenshot";

    /** The local TAP service of the test kit (shared/tap). */
    static final String TAP_URL = "http://127.0.0.1:18080/tap";
    /** The query the TAP picture runs: the cone search template's kind, on the ECDFS field, cut at MAXREC. */
    private static final String TAP_QUERY = "SELECT obs_id, dataproduct_subtype, calib_level, lsst_band, s_ra, s_dec,"
            + " t_min, s_region\nFROM ivoa.obscore\nWHERE CONTAINS(POINT('ICRS', s_ra, s_dec),"
            + " CIRCLE('ICRS', 53.13, -28.1, 0.5)) = 1\nORDER BY obs_id";
    private static final String TAP_MAXREC = "200";

    private static final double SKY_TAN_FOV_DEG = 1.8;
    private static final double SKY_WIDTH = 1600;
    private static final double SKY_HEIGHT = 1000;
    /** The band chart's bar clicked in the linked-chart picture (the third band). */
    private static final int SKY_CHART_BAR = 2;

    private static final long OPEN_TIMEOUT_MS = 90_000;
    private static final long IDLE_TIMEOUT_MS = 30_000;
    private static final long DIALOG_TIMEOUT_MS = 5_000;
    /** Time for layout, images and cell text to settle after the last background job ends. */
    private static final long SETTLE_MS = 800;

    private final Stage stage;
    private final Path folder;
    private final Supplier<RegistrySession> session;
    private final BiConsumer<String, TapConnection> openTap;

    /** {@code openTap} opens a TAP tab (name, service) as File → Connect… would. */
    public ScreenshotTour(Stage stage, Path folder, Supplier<RegistrySession> session,
                          BiConsumer<String, TapConnection> openTap) {
        this.stage = stage;
        this.folder = folder;
        this.session = session;
        this.openTap = openTap;
    }

    /** The folder the property names, when the tour was asked for. */
    public static Optional<Path> requested() {
        String dir = System.getProperty(PROPERTY);
        return dir == null || dir.isBlank() ? Optional.empty() : Optional.of(Path.of(dir).toAbsolutePath());
    }

    /** Runs the tour on its own thread (it waits a lot), then quits the app. */
    public void start() {
        Thread thread = new Thread(() -> {
            try {
                Files.createDirectories(folder);
                tour();
            } catch (Exception e) {
                log("stopped: " + e);
            } finally {
                Platform.runLater(Platform::exit);
            }
        }, "screenshot-tour");
        thread.setDaemon(true);
        thread.start();
    }

    private void tour() throws Exception {
        if (!waitUntil(() -> lookup("#screens") != null, OPEN_TIMEOUT_MS)) {
            log("the registry did not open; taking the window as it is");
            shoot("main-window.png");
            return;
        }
        require(onFx(() -> ItemPicker.pick(lookup("#collections-tree"), "HSC/runs/RC2")), "collection HSC/runs/RC2");
        if (!showScreen("Datasets", "calexp") && session.get() != null) {
            // no list of types to pick from: tell the session, which the screens observe
            onFx(() -> {
                session.get().datasetTypeProperty().set(session.get().registry().datasetType("calexp"));
                return null;
            });
            settle();
        }
        selectFirstResultRow("Datasets");
        shoot("main-window.png");
        showScreen("Dimensions", "visit");
        selectFirstResultRow("Dimensions");
        shoot("dimensions.png");
        showScreen("Registry", null);
        shoot("registry-tab.png");
        connectDialog();
        tapWindow();
        sky();
    }

    /** View → Sky, layers added from the registry as the "add a layer" form would, and the linked chart. */
    private void sky() throws Exception {
        MenuItem show = onFx(() -> menuItem("Sky"));
        if (show == null) {
            log("skipped the sky pictures: no View → Sky item");
            return;
        }
        onFx(() -> {
            show.fire();
            // the sky screen has three columns: give them the whole virtual display
            stage.setWidth(SKY_WIDTH);
            stage.setHeight(SKY_HEIGHT);
            return null;
        });
        settle();
        SkyScreen screen = onFx(() -> (SkyScreen) lookup("#sky-screen"));
        if (!addLayer(screen, "visit", "")) {
            return;
        }
        SkyLayerModel visits = onFx(() -> screen.model().selectedProperty().get());
        onFx(() -> {
            screen.model().colourBy(visits, "band");
            screen.home();
            return null;
        });
        settle();
        shoot("sky-all-sky.png");

        addLayer(screen, "patch", "");
        // one visit's detectors over the first patch: the visit whose region holds the patch's centre
        UnitVector3d patch = onFx(() -> screen.model().selectedProperty().get().table().regions().get(0)
                .boundingCircle().center());
        Object visit = onFx(() -> {
            FootprintTable rows = visits.table();
            for (int r = 0; r < rows.rowCount(); r++) {
                if (rows.regions().get(r) != null && rows.regions().get(r).contains(patch)) {
                    return rows.value(r, rows.column("id"));
                }
            }
            return null;
        });
        if (require(visit != null, "a visit over the first patch")) {
            addLayer(screen, "visit_detector_region", "visit = " + visit);
        }
        onFx(() -> {
            visits.layer().setVisible(false); // the many visits' outlines would hide the patches
            screen.model().projectionProperty().set(Projection.TAN);
            screen.sky().goTo(patch.raDeg(), patch.decDeg(), SKY_TAN_FOV_DEG);
            return null;
        });
        settle();
        shoot("sky-tan.png");

        onFx(() -> {
            visits.layer().setVisible(true);
            screen.model().selectedProperty().set(visits);
            screen.model().bands().pick(new int[] {SKY_CHART_BAR}, false);
            screen.zoomToSelection();
            return null;
        });
        settle();
        shoot("sky-linked-chart.png");
    }

    /** Adds a layer of a spatial element's records (those the filter keeps); whether it came. */
    private boolean addLayer(SkyScreen screen, String element, String where) throws Exception {
        int before = onFx(() -> screen.model().layers().size());
        onFx(() -> {
            AddLayerModel form = screen.model().addLayer();
            form.kindProperty().set(AddLayerModel.Kind.ELEMENT);
            form.elementProperty().set(element);
            form.whereProperty().set(where);
            form.add();
            return null;
        });
        settle();
        return require(onFx(() -> screen.model().layers().size() > before), "a sky layer of " + element);
    }

    /** A TAP tab on the local service after a query, when the service answers. */
    private void tapWindow() throws Exception {
        TapConnection local = TapConnection.anonymous(TAP_URL);
        try {
            if (!local.open(Environment.system()).availability().available()) {
                throw new IllegalStateException("not available");
            }
        } catch (RuntimeException e) {
            log("skipped tap-window.png: no TAP service answers at " + TAP_URL);
            return;
        }
        onFx(() -> {
            openTap.accept("TAP · " + local.title(), local);
            return null;
        });
        if (!waitUntil(() -> onFx(() -> lookup("#tap-run") != null), OPEN_TIMEOUT_MS)) {
            log("the TAP tab did not open; taking the window as it is");
            shoot("tap-window.png");
            return;
        }
        onFx(() -> {
            ((TextInputControl) lookup("#adql-text")).setText(TAP_QUERY);
            ((TextInputControl) lookup("#tap-maxrec")).setText(TAP_MAXREC);
            ((ButtonBase) lookup("#tap-run")).fire();
            return null;
        });
        waitUntil(() -> onFx(() -> lookup("#tap-run") != null && !lookup("#tap-run").isDisabled()), IDLE_TIMEOUT_MS);
        settle();
        require(onFx(() -> ItemPicker.pick(lookup("#tap-schema-tree"), "ivoa.obscore")), "table ivoa.obscore");
        require(onFx(() -> ItemPicker.selectFirstResultRow(lookup("#tap-result"))), "a first row of the TAP result");
        settle();
        shoot("tap-window.png");
    }

    /**
     * Selects the screen tab titled {@code title}, then the row naming {@code row} in it.
     *
     * @return whether the screen and the row (if asked for) were found
     */
    private boolean showScreen(String title, String row) throws Exception {
        Tab tab = onFx(() -> {
            TabPane screens = (TabPane) lookup("#screens");
            for (Tab t : screens.getTabs()) {
                if (t.getText().equalsIgnoreCase(title)) {
                    screens.getSelectionModel().select(t);
                    return t;
                }
            }
            return null;
        });
        settle();
        if (tab == null) {
            log("no " + title + " screen");
            return false;
        }
        if (row == null) {
            return true;
        }
        boolean picked = require(onFx(() -> tab.getContent() != null && ItemPicker.pick(tab.getContent(), row)),
                title + " row " + row);
        settle();
        return picked;
    }

    /** Selects the first row of a screen's result table so that the detail panel shows it. */
    private void selectFirstResultRow(String title) throws Exception {
        require(onFx(() -> {
            TabPane screens = (TabPane) lookup("#screens");
            Tab tab = screens.getSelectionModel().getSelectedItem();
            return tab != null && tab.getText().equalsIgnoreCase(title) && ItemPicker.selectFirstResultRow(tab.getContent());
        }), "a first row on the " + title + " screen");
        settle();
    }

    /** Opens File → Connect…, takes the window it shows, and closes it. */
    private void connectDialog() throws Exception {
        List<Window> before = onFx(() -> List.copyOf(Window.getWindows()));
        MenuItem connect = onFx(() -> menuItem("Connect"));
        if (connect == null) {
            log("no File → Connect… item");
            return;
        }
        // fire without waiting: a modal dialog runs its own event loop until it closes
        Platform.runLater(connect::fire);
        Callable<Window> opened = () -> onFx(() -> Window.getWindows().stream()
                .filter(w -> w.isShowing() && !before.contains(w)).findFirst().orElse(null));
        if (!waitUntil(() -> opened.call() != null, DIALOG_TIMEOUT_MS)) {
            log("skipped connect-dialog.png: File → Connect… showed no window");
            return;
        }
        Thread.sleep(SETTLE_MS);
        Window dialog = opened.call();
        shoot(dialog.getScene(), "connect-dialog.png");
        onFx(() -> {
            dialog.hide();
            return null;
        });
    }

    private MenuItem menuItem(String prefix) {
        Node bar = stage.getScene().lookup(".menu-bar");
        if (bar instanceof MenuBar menus) {
            for (var menu : menus.getMenus()) {
                for (MenuItem item : menu.getItems()) {
                    if (item.getText() != null && item.getText().startsWith(prefix)) {
                        return item;
                    }
                }
            }
        }
        return null;
    }

    private Node lookup(String selector) {
        return stage.getScene().lookup(selector);
    }

    /** Waits for background jobs (the window's progress bar) to end, then for drawing to settle. */
    private void settle() throws Exception {
        waitUntil(() -> onFx(() -> {
            Node busy = lookup("#task-progress");
            return busy == null || !busy.isVisible();
        }), IDLE_TIMEOUT_MS);
        Thread.sleep(SETTLE_MS);
    }

    private void shoot(String name) throws Exception {
        shoot(stage.getScene(), name);
    }

    private void shoot(Scene scene, String name) throws Exception {
        Path file = folder.resolve(name);
        PngWriter.write(onFx(() -> scene.snapshot(null)), file);
        log("wrote " + file);
    }

    private static boolean require(boolean found, String what) {
        if (!found) {
            log("not found: " + what + "; taking the screen as it is");
        }
        return found;
    }

    private static void log(String message) {
        System.err.println("screenshots: " + message);
    }

    private static boolean waitUntil(Callable<Boolean> condition, long timeoutMs) throws Exception {
        long end = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < end) {
            if (condition.call()) {
                return true;
            }
            Thread.sleep(100);
        }
        return condition.call();
    }

    private static <T> T onFx(Callable<T> query) throws Exception {
        FutureTask<T> task = new FutureTask<>(query);
        Platform.runLater(task);
        try {
            return task.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
