package org.lsst.butlerbrowser.app;

import java.util.List;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.stage.Stage;
import org.lsst.butlerbrowser.app.collections.CollectionsViewModel;
import org.lsst.butlerbrowser.app.screenshots.ScreenshotTour;
import org.lsst.butlerbrowser.model.repo.Environment;
import org.lsst.butlerbrowser.model.tap.TapConnection;

/** The desktop application: the main window, opened on a named repo or the bundled demo registry. */
public final class ButlerBrowserApp extends Application {

    /** Where the window layout and recent connections are kept for the user. */
    private static final String PREFERENCES_NODE = "/org/lsst/butlerbrowser";

    private final Preferences preferences;
    private final Environment environment;
    private MainWindow window;

    /** The application as the launcher starts it: the user's preferences and this process's environment. */
    public ButlerBrowserApp() {
        this(Preferences.userRoot().node(PREFERENCES_NODE), Environment.system());
    }

    /** For tests: a throwaway preferences node and an environment of their own. */
    public ButlerBrowserApp(Preferences preferences, Environment environment) {
        this.preferences = preferences;
        this.environment = environment;
    }

    static void launchWith(String[] args) {
        Application.launch(ButlerBrowserApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Parameters parameters = getParameters();
        show(stage, parameters == null ? List.of() : parameters.getUnnamed());
        ScreenshotTour.requested().ifPresent(folder -> new ScreenshotTour(stage, folder,
                () -> window.selected(RegistryTab.class).map(RegistryTab::session).orElse(null), window::openTap).start());
    }

    /**
     * Shows the main window on {@code stage} with these repos open, or the demo registry when there
     * are none. Outside {@link Application#launch} (the GUI benchmark) this is the way in.
     */
    public void show(Stage stage, List<String> repos) {
        window = new MainWindow(stage, preferences, environment);
        window.show();
        if (repos.isEmpty()) {
            window.openDemo();
        } else {
            repos.forEach(window::openRepo);
        }
    }

    /** Shows the main window with one TAP service open and no registry: the load benchmark's way in. */
    public void showTap(Stage stage, TapConnection connection) {
        window = new MainWindow(stage, preferences, environment);
        window.show();
        openTap(connection);
    }

    /** Opens a TAP service in a new tab of the shown window, as File → Connect… does. */
    public void openTap(TapConnection connection) {
        window.openTap("TAP · " + connection.title(), connection);
    }

    /** The window, for tests. */
    MainWindow window() {
        return window;
    }

    /** The selected registry tab's collections state, for tests. */
    CollectionsViewModel model() {
        return window.selected(RegistryTab.class).orElseThrow().collections();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
