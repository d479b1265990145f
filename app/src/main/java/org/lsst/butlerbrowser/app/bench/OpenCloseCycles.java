package org.lsst.butlerbrowser.app.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.lsst.butlerbrowser.app.ButlerBrowserApp;
import org.lsst.butlerbrowser.app.DemoRegistry;
import org.lsst.butlerbrowser.model.tap.Cancellation;
import org.lsst.butlerbrowser.model.tap.TapConnection;
import org.lsst.butlerbrowser.model.tap.TapProgress;
import org.lsst.butlerbrowser.model.tap.TapResult;

/**
 * Registries and TAP results opened and closed again and again in one window, as a long session
 * does. A registry cycle opens the demo registry from the File menu, lists its calexps and closes
 * the tab (File → Close Tab); a TAP cycle opens a TAP tab on a service that answers with a recorded
 * ObsCore result (with footprints), runs a query and closes the tab. After {@link #WARM_UP} cycles of
 * each (the classes loaded, the caches filled) the heap after full collections, the threads, the files open on
 * the registry and the sockets are noted; after the cycles they must be back there, and every tab closed in
 * the cycles must have had its screens collected ({@link LoadFigures.Leaks}).
 * Reads /proc/self/fd, so Linux only.
 */
final class OpenCloseCycles {

    /** The recorded ObsCore result every query is answered with. */
    static final String ANSWER = "fixtures/tap/obscore-sync-binary2.vot";
    private static final String COLLECTION = "HSC/runs/RC2";
    private static final String DATASET_TYPE = "calexp";
    private static final long TIMEOUT_MS = 120_000;
    /** How long threads and sockets of closed tabs get to end once nothing reaches them (an HTTP client's selector). */
    private static final long SETTLE_MS = 30_000;
    /** The window's task pool: one per window, kept while the window is; its idle threads end by themselves. */
    private static final String WINDOW_POOL = "background-";
    /**
     * What a closed tab must not keep, no more of them live at the end than at the baseline: its TAP
     * result, TAP session, result model and HTTP client, its registry's database and pool.
     */
    static final List<String> CLOSED_TABS_DATA = List.of("org.lsst.butlerbrowser.model.tap.TapResult",
            "org.lsst.butlerbrowser.app.tap.TapSession", "org.lsst.butlerbrowser.app.tap.ResultViewModel",
            "org.lsst.butlerbrowser.model.tap.TapHttp", "org.lsst.butlerbrowser.model.db.RegistryDatabase",
            "com.zaxxer.hikari.pool.HikariPool");
    /**
     * Cycles of each kind before the baseline: the first fill JavaFX's caches, and JavaFX keeps the
     * drawing of a closed tab it last repainted (its nodes taken apart; see docs/reliability.md).
     */
    private static final int WARM_UP = 2;
    /** Fewer cycles than this have no checkpoints along the way: too few to show a trend, and each costs collections. */
    private static final int CHECKPOINTS_FROM = 20;

    private final int cycles;
    private final Path shared;
    private final Path samples;
    private final PrintWriter log;

    /** {@code cycles} of each kind; {@code samples}: where the FX thread's stack samples of each step's worst wait go. */
    OpenCloseCycles(int cycles, Path shared, Path samples, PrintWriter log) {
        this.cycles = cycles;
        this.shared = shared;
        this.samples = samples;
        this.log = log;
    }

    LoadFigures run() throws Exception {
        Path answer = shared.resolve(ANSWER);
        int rows = TapResult.read(answer, TapProgress.NONE, Cancellation.none()).rowCount();
        Path registry = DemoRegistry.directory().toRealPath();
        try (FileTapService service = new FileTapService(shared, answer);
             LoadWindow window = new LoadWindow((app, stage) -> app.show(stage, List.of()), samples, log)) {
            // the demo registry opens with the window: the first registry cycle
            TapConnection tap = TapConnection.anonymous(service.url());
            ButlerBrowserApp app = window.app;
            Scene scene = window.scene;
            LoadSteps steps = window.steps;
            steps.startUp(String.format(Locale.ROOT, "%d cycles of each first (classes loaded, caches filled)", WARM_UP), () -> {
                for (int i = 0; i < WARM_UP; i++) {
                    if (i > 0) {
                        Fx.run(() -> LoadUi.choose(scene, "Open Demo Registry"));
                    }
                    useRegistryAndClose(scene);
                }
                for (int i = 0; i < WARM_UP; i++) {
                    Fx.run(() -> app.openTap(tap));
                    useTapAndClose(scene, rows);
                }
            });
            long baseline = settledHeap(scene);
            Map<String, Long> dataBefore = ClassHistogram.counts(CLOSED_TABS_DATA);
            Set<Thread> threadsBefore = Thread.getAllStackTraces().keySet();
            int socketsBefore = openFiles(p -> p.startsWith("socket:"));
            List<LoadFigures.Checkpoint> checkpoints = new ArrayList<>();
            checkpoints.add(checkpoint(scene, "baseline", 0, baseline));
            List<WeakReference<Node>> closed = new ArrayList<>();
            steps.run(String.format(Locale.ROOT, "open the demo registry, list its calexps, close it: %d times", cycles), () -> {
                for (int i = 1; i <= cycles; i++) {
                    Fx.run(() -> LoadUi.choose(scene, "Open Demo Registry"));
                    closed.add(new WeakReference<>(useRegistryAndClose(scene)));
                    if (i % checkEvery() == 0) {
                        checkpoints.add(checkpoint(scene, "registries", i, -1));
                    }
                }
            });
            steps.run(String.format(Locale.ROOT, "open a TAP tab, run a query (%d rows), close it: %d times", rows, cycles),
                    () -> {
                        for (int i = 1; i <= cycles; i++) {
                            Fx.run(() -> app.openTap(tap));
                            closed.add(new WeakReference<>(useTapAndClose(scene, rows)));
                            if (i % checkEvery() == 0) {
                                checkpoints.add(checkpoint(scene, "TAP results", i, -1));
                            }
                        }
                    });
            List<String> newThreads = settle(scene, threadsBefore, socketsBefore);
            long end = settledHeap(scene);
            // more than at the baseline: the JVM may hold others' (a test's neighbours in the same JVM)
            List<String> kept = new ArrayList<>(ClassHistogram.counts(CLOSED_TABS_DATA).entrySet().stream()
                    .filter(e -> e.getValue() > dataBefore.get(e.getKey()))
                    .map(e -> e.getKey().substring(e.getKey().lastIndexOf('.') + 1) + " ×"
                            + (e.getValue() - dataBefore.get(e.getKey()))).toList());
            // the collections above cleared the weak references to every closed tab's screens nothing else reaches
            long screensLive = closed.stream().filter(t -> t.get() != null).count();
            if (screensLive > 0) {
                kept.add("closed tab's screens ×" + screensLive);
            }
            LoadFigures.Leaks leaks = new LoadFigures.Leaks(cycles, baseline, end, checkpoints, kept, newThreads,
                    openFiles(p -> p.startsWith(registry.toString())), socketsBefore, openFiles(p -> p.startsWith("socket:")));
            return window.finish("cycles", end, List.of(), leaks);
        }
    }

    /** Checkpoints of the heap every quarter of the cycles: a leak keeps rising, a cache levels off. */
    private int checkEvery() {
        return cycles < CHECKPOINTS_FROM ? Integer.MAX_VALUE : cycles / 4;
    }

    /**
     * The heap after full collections ({@code heap}, or measured now when -1), logged, and the live
     * classes' histogram written next to the stack samples, so that two checkpoints can be compared.
     */
    private LoadFigures.Checkpoint checkpoint(Scene scene, String kind, int cycle, long heap) throws Exception {
        if (heap < 0) {
            heap = settledHeap(scene);
        }
        Files.writeString(samples.resolve(String.format(Locale.ROOT, "histogram-%s-%d.txt", kind.replace(' ', '-'), cycle)),
                ClassHistogram.live());
        log.printf(Locale.ROOT, "    after %3d %-12s heap after GC %7.1f MB%n", cycle, kind, heap / 1e6);
        return new LoadFigures.Checkpoint(kind, cycle, heap);
    }

    /** With the demo registry opening in the only tab: waits for it, lists its calexps, closes the tab; its screens. */
    private static Node useRegistryAndClose(Scene scene) throws Exception {
        Fx.await(() -> scene.lookup("#screens") != null && !LoadUi.node(scene, "#task-progress").isVisible(), TIMEOUT_MS,
                "the demo registry to open");
        Labeled types = Fx.call(() -> (Labeled) LoadUi.node(scene, "#dataset-types-status"));
        Fx.run(() -> LoadUi.pick(LoadUi.node(scene, "#collections-tree"), COLLECTION));
        Fx.await(() -> types.getText().contains(" datasets"), TIMEOUT_MS, "the dataset types of " + COLLECTION);
        TableView<?> datasets = Fx.call(() -> (TableView<?>) LoadUi.node(scene, "#datasets"));
        Fx.run(() -> LoadUi.pick(LoadUi.node(scene, "#dataset-types"), DATASET_TYPE));
        Fx.await(() -> !datasets.getItems().isEmpty(), TIMEOUT_MS, "the calexps");
        return closeTab(scene);
    }

    /** With a TAP tab opening in the only tab: runs a query, waits for its rows, closes the tab; its screens. */
    private static Node useTapAndClose(Scene scene, int rows) throws Exception {
        LoadUi.runQuery(scene, LoadUi.tapResultTable(scene, TIMEOUT_MS), TapLoad.QUERY, rows, TIMEOUT_MS);
        return closeTab(scene);
    }

    /** Closes the only tab (File → Close Tab); its screens (the tab's content). */
    private static Node closeTab(Scene scene) throws Exception {
        TabPane tabs = Fx.call(() -> (TabPane) LoadUi.node(scene, "#registry-tabs"));
        Node screens = Fx.call(() -> tabs.getSelectionModel().getSelectedItem().getContent());
        Fx.run(() -> LoadUi.choose(scene, "Close Tab"));
        Fx.await(() -> tabs.getTabs().isEmpty(), TIMEOUT_MS, "the tab to close");
        return screens;
    }

    /**
     * Collects until no thread is left that was not there before (the window's task pool aside) and
     * no more sockets are open than before, or {@link #SETTLE_MS} has passed; the threads left.
     */
    private static List<String> settle(Scene scene, Set<Thread> before, int socketsBefore) throws Exception {
        long end = System.nanoTime() + SETTLE_MS * 1_000_000;
        while (true) {
            System.gc();
            repaint(scene);
            List<String> left = new ArrayList<>();
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.isAlive() && !before.contains(t) && !t.getName().startsWith(WINDOW_POOL)) {
                    left.add(t.getName());
                }
            }
            if ((left.isEmpty() && openFiles(p -> p.startsWith("socket:")) <= socketsBefore) || System.nanoTime() > end) {
                return left;
            }
            Thread.sleep(250);
        }
    }

    /**
     * The heap after full collections once the renderer has let go of what closed tabs drew: a frame
     * frees the textures of nodes that are gone, a collection then finds their drawing surfaces
     * unreachable, and Prism's disposer frees those only in the frame after.
     */
    private static long settledHeap(Scene scene) throws Exception {
        repaint(scene);
        System.gc();
        repaint(scene);
        return HeapUse.usedAfterCollection();
    }

    /**
     * Has the window painted again: the renderer frees the textures of nodes that are gone (on the
     * heap with the software pipeline) only when it next draws a frame.
     */
    private static void repaint(Scene scene) throws Exception {
        Fx.run(() -> scene.getRoot().setOpacity(scene.getRoot().getOpacity() == 1 ? 0.999 : 1));
        Thread.sleep(100);
    }

    /** How many of this process's file descriptors point at something {@code target} accepts (a path, "socket:[…]"). */
    private static int openFiles(Predicate<String> target) throws IOException {
        int n = 0;
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : (Iterable<Path>) fds::iterator) {
                try {
                    if (target.test(Files.readSymbolicLink(fd).toString())) {
                        n++;
                    }
                } catch (IOException closedMeanwhile) {
                    // the descriptor of the listing itself, or one closed since
                }
            }
        }
        return n;
    }
}
