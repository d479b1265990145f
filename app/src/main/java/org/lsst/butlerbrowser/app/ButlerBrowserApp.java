package org.lsst.butlerbrowser.app;

import javafx.application.Application;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.lsst.butlerbrowser.app.collections.CollectionsView;
import org.lsst.butlerbrowser.model.registry.Registry;
import org.lsst.butlerbrowser.model.repo.RepoResolver;

/**
 * The desktop window: opens a registry (the demo one unless a repo is named) off the JavaFX
 * thread and shows its collections.
 */
public final class ButlerBrowserApp extends Application {

    private final Label status = new Label("Opening registry…");
    private final CollectionsView collections = new CollectionsView();
    private Registry registry;

    static void launchWith(String[] args) {
        Application.launch(ButlerBrowserApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        BorderPane root = new BorderPane(collections);
        root.setBottom(status);
        stage.setTitle("Butler Browser");
        stage.setScene(new Scene(root, 900, 650));
        stage.show();
        String repo = getParameters().getUnnamed().isEmpty() ? null : getParameters().getUnnamed().get(0);
        open(repo, stage);
    }

    private void open(String repo, Stage stage) {
        Task<Registry> task = new Task<>() {
            @Override
            protected Registry call() {
                String where = repo != null ? repo : DemoRegistry.directory().toString();
                return Registry.open(RepoResolver.forSystemEnvironment().resolve(where));
            }
        };
        long started = System.nanoTime();
        task.setOnSucceeded(e -> {
            registry = task.getValue();
            collections.show(registry.collections());
            stage.setTitle("Butler Browser — " + registry.description());
            status.setText(String.format("%s · %d collections · opened in %d ms", registry.backend().label(),
                    registry.collections().all().size(), (System.nanoTime() - started) / 1_000_000));
        });
        task.setOnFailed(e -> {
            status.setText("Could not open the registry");
            Alert alert = new Alert(Alert.AlertType.ERROR, task.getException().getMessage());
            alert.setHeaderText("Could not open the registry");
            alert.show();
        });
        Thread thread = new Thread(task, "open-registry");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        if (registry != null) {
            registry.close();
        }
    }
}
