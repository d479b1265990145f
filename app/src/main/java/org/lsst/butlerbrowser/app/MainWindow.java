package org.lsst.butlerbrowser.app;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.lsst.butlerbrowser.app.connect.ConnectDialog;
import org.lsst.butlerbrowser.app.export.ExportMenu;
import org.lsst.butlerbrowser.app.export.ExportViewModel;
import org.lsst.butlerbrowser.app.connect.ConnectRequest;
import org.lsst.butlerbrowser.app.connect.ConnectViewModel;
import org.lsst.butlerbrowser.app.connect.RecentConnection;
import org.lsst.butlerbrowser.app.connect.RecentConnections;
import org.lsst.butlerbrowser.app.session.SkyLink;
import org.lsst.butlerbrowser.app.tasks.FxTaskRunner;
import org.lsst.butlerbrowser.model.repo.Environment;
import org.lsst.butlerbrowser.model.repo.RepoLocation;
import org.lsst.butlerbrowser.model.repo.RepoResolver;
import org.lsst.butlerbrowser.model.table.TableRows;
import org.lsst.butlerbrowser.model.tap.TapConnection;

/**
 * The application window: a menu, one tab per open registry or TAP service, and the progress of background work
 * with a Cancel button. Its layout and the recent connections live in a preferences node.
 */
final class MainWindow {

    static final double WIDTH = 1280;
    static final double HEIGHT = 800;

    private final Stage stage;
    private final FxTaskRunner runner = new FxTaskRunner();
    private final WorkTabs tabs = new WorkTabs();
    private final SkyLink sky = new SkyLink();
    private final Environment env;
    private final RecentConnections recents;
    private final WindowLayout layout;
    /** The scene size asked for (the last one left, else the default), kept to when shown. */
    private final double sceneWidth;
    private final double sceneHeight;
    private final Menu openRecent = new Menu("Open Recent");
    private SkyTab skyTab;

    /** {@code prefs} holds the layout and recent connections; {@code env} is where repos and db-auth are found. */
    MainWindow(Stage stage, Preferences prefs, Environment env) {
        this.stage = stage;
        this.env = env;
        this.recents = new RecentConnections(prefs.node("recent-connections"));
        this.layout = new WindowLayout(prefs.node("window"));
        BorderPane root = new BorderPane(tabs.pane());
        root.setTop(menu());
        root.setBottom(new TaskProgressBar(runner));
        stage.setTitle("Butler Browser");
        // "Show on sky" anywhere draws into the one Sky tab, opening it when needed
        sky.sinkProperty().set(footprints -> showSky().model().show(footprints));
        tabs.pane().getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> updateTitle());
        sceneWidth = layout.sceneWidth(WIDTH);
        sceneHeight = layout.sceneHeight(HEIGHT);
        stage.setScene(new Scene(root, sceneWidth, sceneHeight));
        stage.setMinWidth(640);
        stage.setMinHeight(400);
        layout.restoreAndFollow(stage);
    }

    void show() {
        stage.show();
        // the size asked for, not the scene's now: a stage shown before has already shrunk it to its minimum
        WindowSizing.keepSceneSize(stage, sceneWidth, sceneHeight);
    }

    private MenuBar menu() {
        MenuItem connect = new MenuItem("Connect…");
        connect.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        connect.setOnAction(e -> connect());
        openRecent.setId("open-recent");
        MenuItem demo = new MenuItem("Open Demo Registry");
        demo.setOnAction(e -> openDemo());
        MenuItem close = new MenuItem("Close Tab");
        close.setAccelerator(KeyCombination.keyCombination("Shortcut+W"));
        close.setOnAction(e -> tabs.closeSelected());
        MenuItem export = ExportMenu.item(stage, new ExportViewModel(this::currentTable, runner));
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> stage.close());
        Menu file = new Menu("File", null, connect, openRecent, demo, export, close, quit);
        file.setOnShowing(e -> listRecent());
        listRecent();
        return new MenuBar(file, SkyMenu.of(this::openSkyTab, this::showSky, stage));
    }

    /** Shows the Connect dialog and opens what it chose. */
    private void connect() {
        ConnectDialog.show(stage, connectModel()).ifPresent(this::open);
    }

    private ConnectViewModel connectModel() {
        return new ConnectViewModel(env, runner, recents);
    }

    private void listRecent() {
        List<RecentConnection> list = recents.list();
        if (list.isEmpty()) {
            MenuItem none = new MenuItem("No recent connections");
            none.setDisable(true);
            openRecent.getItems().setAll(none);
            return;
        }
        openRecent.getItems().setAll(list.stream().map(r -> {
            MenuItem item = new MenuItem(r.title());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> openRecent(r));
            return item;
        }).toList());
    }

    /** Opens a recent connection at once when nothing is missing, else in the dialog to finish it. */
    private void openRecent(RecentConnection recent) {
        ConnectViewModel model = connectModel();
        model.useRecent(recent);
        Optional<ConnectRequest> direct = model.isReadyWithoutAsking() ? model.connect() : Optional.empty();
        (direct.isPresent() ? direct : ConnectDialog.show(stage, model)).ifPresent(this::open);
    }

    private void open(ConnectRequest request) {
        if (request instanceof ConnectRequest.Registry r) {
            open(r.name(), r::location);
        } else if (request instanceof ConnectRequest.Tap t) {
            openTap(t.name(), t.connection());
        }
    }

    void openDemo() {
        open("demo registry (rc2)", () -> RepoResolver.forSystemEnvironment().resolve(DemoRegistry.directory().toString()));
    }

    void openRepo(String repo) {
        open(repo, () -> new RepoResolver(env).resolve(repo));
    }

    /** Opens a registry in a new tab. */
    void open(String name, Callable<RepoLocation> locate) {
        RegistryTab tab = new RegistryTab(name, runner, layout, sky);
        tabs.add(tab);
        tab.open(name, locate, this::showError);
    }

    /** Opens a TAP service in a new tab: its tables, an ADQL editor and the results. */
    void openTap(String name, TapConnection connection) {
        TapTab tab = new TapTab(name, runner, layout, sky, this::showError);
        tabs.add(tab);
        tab.open(connection, env);
    }

    /** The Sky tab, selected; opened first when it is not open. */
    SkyTab showSky() {
        if (openSkyTab() == null) {
            skyTab = new SkyTab(runner, sky, layout);
            tabs.add(skyTab);
        } else {
            tabs.pane().getSelectionModel().select(skyTab);
        }
        return skyTab;
    }

    /** The Sky tab when it is open, else null. */
    private SkyTab openSkyTab() {
        return skyTab != null && tabs.pane().getTabs().contains(skyTab) ? skyTab : null;
    }

    private void updateTitle() {
        stage.setTitle(tabs.selected().map(t -> "Butler Browser — " + t.getText()).orElse("Butler Browser"));
    }

    /** One sentence, with the chain of causes behind "Show Details" for those who want it. */
    private void showError(String sentence, Throwable cause) {
        Alert alert = new Alert(Alert.AlertType.ERROR, sentence, ButtonType.OK);
        alert.initOwner(stage);
        alert.setTitle("Butler Browser");
        alert.setHeaderText(null);
        if (cause != null) {
            TextArea detail = new TextArea(ErrorDetail.of(cause));
            detail.setEditable(false);
            detail.setWrapText(true);
            detail.setId("error-detail");
            alert.getDialogPane().setExpandableContent(detail);
        }
        alert.show();
    }

    /** What File → Export writes: the selected tab's current table, or null. */
    private TableRows currentTable() {
        return tabs.selected().map(WorkTab::currentTable).orElse(null);
    }

    /** The selected tab when it is of this kind (for tests and the screenshot tour). */
    <T extends WorkTab> Optional<T> selected(Class<T> kind) {
        return tabs.selected(kind);
    }

    /** The window's link to the sky view (its centre, where footprints go). */
    SkyLink sky() {
        return sky;
    }

    void close() {
        tabs.closeAll();
        runner.shutdown();
        layout.flush();
    }
}
