package org.lsst.butlerbrowser.app;

import java.util.List;
import javafx.application.Application;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.lsst.butlerbrowser.app.collections.CollectionsView;
import org.lsst.butlerbrowser.app.collections.CollectionsViewModel;
import org.lsst.butlerbrowser.model.registry.Registry;
import org.lsst.butlerbrowser.model.repo.RepoResolver;

/**
 * The desktop window: opens a registry (the demo one unless a repo is named) off the JavaFX
 * thread and shows its collections.
 */
public final class ButlerBrowserApp extends Application {

    private static final double WIDTH = 900;
    private static final double HEIGHT = 650;

    private final CollectionsViewModel model = new CollectionsViewModel();
    private Registry registry;
    private boolean stopped;

    static void launchWith(String[] args) {
        Application.launch(ButlerBrowserApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Parameters parameters = getParameters();
        List<String> args = parameters == null ? List.of() : parameters.getUnnamed();
        show(stage, args.isEmpty() ? null : args.get(0));
    }

    /** Shows the main window on a stage and starts opening {@code repo} (null: the demo registry). */
    void show(Stage stage, String repo) {
        BorderPane root = new BorderPane(new CollectionsView(model));
        root.setBottom(new StatusBar(model));
        stage.titleProperty().bind(model.titleProperty());
        stage.setScene(new Scene(root, WIDTH, HEIGHT));
        stage.setMinWidth(480);
        stage.setMinHeight(320);
        stage.show();
        WindowSizing.keepSceneSize(stage, WIDTH, HEIGHT);
        open(repo, stage);
    }

    /** The window's state, for tests. */
    CollectionsViewModel model() {
        return model;
    }

    private record Opened(Registry registry, long millis) {
    }

    private void open(String repo, Stage stage) {
        String what = repo == null ? "the demo registry" : repo;
        Task<Opened> task = new Task<>() {
            @Override
            protected Opened call() {
                long started = System.nanoTime();
                String where = repo != null ? repo : DemoRegistry.directory().toString();
                Registry opened = Registry.open(RepoResolver.forSystemEnvironment().resolve(where));
                return new Opened(opened, (System.nanoTime() - started) / 1_000_000);
            }
        };
        task.setOnSucceeded(e -> {
            Opened result = task.getValue();
            if (stopped) {
                result.registry().close();
                return;
            }
            registry = result.registry();
            String name = repo == null ? "demo registry (rc2)" : repo;
            model.opened(name, registry.description(), registry.collections(), registry.backend().label(),
                    result.millis());
        });
        task.setOnFailed(e -> {
            model.failed(what, task.getException());
            Alert alert = new Alert(Alert.AlertType.ERROR, model.getError(), ButtonType.OK);
            alert.initOwner(stage);
            alert.setTitle("Butler Browser");
            alert.setHeaderText(null);
            alert.show();
        });
        model.opening(what);
        Thread thread = new Thread(task, "open-registry");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        stopped = true;
        if (registry != null) {
            registry.close();
            registry = null;
        }
    }
}
