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
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.lsst.butlerbrowser.app.connect.ConnectDialog;
import org.lsst.butlerbrowser.app.export.ExportMenu;
import org.lsst.butlerbrowser.app.export.ExportViewModel;
import org.lsst.butlerbrowser.app.session.RegistrySession;
import org.lsst.butlerbrowser.app.connect.ConnectRequest;
import org.lsst.butlerbrowser.app.connect.ConnectViewModel;
import org.lsst.butlerbrowser.app.connect.RecentConnection;
import org.lsst.butlerbrowser.app.connect.RecentConnections;
import org.lsst.butlerbrowser.app.tasks.FxTaskRunner;
import org.lsst.butlerbrowser.model.repo.Environment;
import org.lsst.butlerbrowser.model.repo.RepoLocation;
import org.lsst.butlerbrowser.model.repo.RepoResolver;
import org.lsst.butlerbrowser.model.table.TableRows;

/**
 * The application window: a menu, one tab per open registry, and the progress of background work
 * with a Cancel button. Its layout and the recent connections live in a preferences node.
 */
final class MainWindow {

    static final double WIDTH = 1280;
    static final double HEIGHT = 800;

    private final Stage stage;
    private final FxTaskRunner runner = new FxTaskRunner();
    private final TabPane tabs = new TabPane();
    private final Environment env;
    private final RecentConnections recents;
    private final WindowLayout layout;
    private final Menu openRecent = new Menu("Open Recent");

    /** {@code prefs} holds the layout and recent connections; {@code env} is where repos and db-auth are found. */
    MainWindow(Stage stage, Preferences prefs, Environment env) {
        this.stage = stage;
        this.env = env;
        this.recents = new RecentConnections(prefs.node("recent-connections"));
        this.layout = new WindowLayout(prefs.node("window"));
        tabs.setId("registry-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        BorderPane root = new BorderPane(tabs);
        root.setTop(menu());
        root.setBottom(new TaskProgressBar(runner));
        stage.setTitle("Butler Browser");
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> updateTitle());
        stage.setScene(new Scene(root, layout.sceneWidth(WIDTH), layout.sceneHeight(HEIGHT)));
        stage.setMinWidth(640);
        stage.setMinHeight(400);
        layout.restoreAndFollow(stage);
    }

    void show() {
        stage.show();
        WindowSizing.keepSceneSize(stage, stage.getScene().getWidth(), stage.getScene().getHeight());
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
        close.setOnAction(e -> {
            Tab tab = tabs.getSelectionModel().getSelectedItem();
            if (tab != null) {
                tabs.getTabs().remove(tab);
                ((RegistryTab) tab).close();
            }
        });
        MenuItem export = ExportMenu.item(stage, new ExportViewModel(this::currentTable, runner));
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> stage.close());
        Menu file = new Menu("File", null, connect, openRecent, demo, export, close, quit);
        file.setOnShowing(e -> listRecent());
        listRecent();
        return new MenuBar(file);
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
        open(request.name(), request::location);
    }

    void openDemo() {
        open("demo registry (rc2)", () -> RepoResolver.forSystemEnvironment().resolve(DemoRegistry.directory().toString()));
    }

    void openRepo(String repo) {
        open(repo, () -> new RepoResolver(env).resolve(repo));
    }

    /** Opens a registry in a new tab. */
    void open(String name, Callable<RepoLocation> locate) {
        RegistryTab tab = new RegistryTab(name, runner, layout);
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
        tab.open(name, locate, this::showError);
    }

    private void updateTitle() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        stage.setTitle(tab == null ? "Butler Browser" : "Butler Browser — " + tab.getText());
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
        RegistryTab tab = selectedTab();
        RegistrySession session = tab == null ? null : tab.session();
        return session == null ? null : session.tableProperty().get();
    }

    /** The selected registry tab, for tests. */
    RegistryTab selectedTab() {
        return (RegistryTab) tabs.getSelectionModel().getSelectedItem();
    }

    void close() {
        tabs.getTabs().forEach(t -> ((RegistryTab) t).close());
        runner.shutdown();
        layout.flush();
    }
}
