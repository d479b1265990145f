package org.lsst.butlerbrowser.app;

import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import org.lsst.butlerbrowser.app.collections.CollectionsView;
import org.lsst.butlerbrowser.app.collections.CollectionsViewModel;
import org.lsst.butlerbrowser.app.datasets.DatasetsView;
import org.lsst.butlerbrowser.app.datasets.DatasetsViewModel;
import org.lsst.butlerbrowser.app.detail.DetailPanel;
import org.lsst.butlerbrowser.app.detail.DetailViewModel;
import org.lsst.butlerbrowser.app.dimensions.DimensionsView;
import org.lsst.butlerbrowser.app.dimensions.DimensionsViewModel;
import org.lsst.butlerbrowser.app.registryinfo.RegistryInfoView;
import org.lsst.butlerbrowser.app.registryinfo.RegistryInfoViewModel;
import org.lsst.butlerbrowser.app.session.RegistrySession;
import org.lsst.butlerbrowser.app.session.SkyLink;
import org.lsst.butlerbrowser.app.tasks.TaskRunner;
import org.lsst.butlerbrowser.model.registry.Registry;
import org.lsst.butlerbrowser.model.repo.RepoLocation;
import org.lsst.butlerbrowser.model.table.TableRows;

/**
 * One open registry: collections on the left; datasets, dimensions and the staff view in the
 * middle; the selected row's details on the right; its own status line at the bottom. The registry
 * is opened off the JavaFX thread; until then the collections pane shows progress.
 */
final class RegistryTab extends WorkTab {

    private final CollectionsViewModel collections = new CollectionsViewModel();
    private final CollectionsView collectionsView = new CollectionsView(collections);
    private final TaskRunner runner;
    private final WindowLayout layout;
    private final SkyLink sky;
    private final BorderPane content = new BorderPane();
    private RegistrySession session;
    private boolean closed;

    /** {@code sky} hears of the registry once it is open, so that the Sky tab can draw from it. */
    RegistryTab(String name, TaskRunner runner, WindowLayout layout, SkyLink sky) {
        super(name);
        this.runner = runner;
        this.layout = layout;
        this.sky = sky;
        content.setCenter(collectionsView);
        content.setBottom(new StatusBar(collections));
        setContent(content);
    }

    /** Opens the registry {@code locate} finds; {@code onFailure} hears the one-sentence error and its cause. */
    void open(String what, Callable<RepoLocation> locate, BiConsumer<String, Throwable> onFailure) {
        collections.opening(what);
        long started = System.nanoTime();
        runner.run("Opening " + what, progress -> {
            RepoLocation location = locate.call();
            return new RegistrySession(getText(), location, Registry.open(location));
        }, opened -> {
            if (closed) {
                opened.close();
                return;
            }
            session = opened;
            Registry registry = opened.registry();
            collections.opened(getText(), registry.description(), registry.collections(), registry.backend().label(),
                    (System.nanoTime() - started) / 1_000_000);
            showScreens(opened);
            sky.registries().add(opened);
        }, problem -> {
            collections.failed(what, problem);
            onFailure.accept(collections.getError(), problem);
        });
    }

    private void showScreens(RegistrySession opened) {
        collections.selectedProperty().addListener((obs, was, now) ->
                opened.collectionProperty().set(now == null ? null : now.collection()));
        RegistryInfoViewModel info = new RegistryInfoViewModel(opened, runner);
        Tab infoTab = builtWhenShown("Registry", () -> new RegistryInfoView(info));
        infoTab.setId("registry-info-tab");
        // counting every table's rows can take a while on a big server: only once someone looks
        infoTab.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                info.load();
            }
        });
        collections.countDatasets(opened.registry(), runner);
        TabPane screens = new TabPane(
                new Tab("Datasets", new DatasetsView(new DatasetsViewModel(opened, runner))),
                builtWhenShown("Dimensions", () -> new DimensionsView(new DimensionsViewModel(opened, runner))),
                infoTab);
        screens.setId("screens");
        screens.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        content.setCenter(null);
        SplitPane split = new SplitPane(collectionsView, screens,
                new DetailPanel(new DetailViewModel(opened)));
        split.setOrientation(Orientation.HORIZONTAL);
        split.setId("registry-split");
        layout.dividers(split, 0.26, 0.76);
        content.setCenter(split);
    }

    /**
     * A screen whose nodes are made the first time its tab is selected. JavaFX styles and lays out
     * the nodes of hidden tabs too: with every screen made at once, opening a registry kept the FX
     * thread busy for half a second. Not once the registry is closed (taking the closed tab's screens
     * apart moves the selection between them).
     */
    private Tab builtWhenShown(String title, Supplier<Node> screen) {
        Tab tab = new Tab(title);
        tab.selectedProperty().addListener((obs, was, now) -> {
            if (now && tab.getContent() == null && !closed) {
                tab.setContent(screen.get());
            }
        });
        return tab;
    }

    CollectionsViewModel collections() {
        return collections;
    }

    /** The open registry, or null while opening or after a failure. */
    RegistrySession session() {
        return session;
    }

    @Override
    TableRows currentTable() {
        return session == null ? null : session.tableProperty().get();
    }

    @Override
    void close() {
        closed = true;
        if (session != null) {
            sky.registries().remove(session);
            session.close();
            session = null;
        }
    }
}
