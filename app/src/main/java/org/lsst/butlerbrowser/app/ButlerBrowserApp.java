package org.lsst.butlerbrowser.app;

import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;
import org.lsst.butlerbrowser.app.collections.CollectionsViewModel;
import org.lsst.butlerbrowser.app.screenshots.ScreenshotTour;

/** The desktop application: the main window, opened on a named repo or the bundled demo registry. */
public final class ButlerBrowserApp extends Application {

    private MainWindow window;

    static void launchWith(String[] args) {
        Application.launch(ButlerBrowserApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Parameters parameters = getParameters();
        List<String> args = parameters == null ? List.of() : parameters.getUnnamed();
        window = new MainWindow(stage);
        window.show();
        if (args.isEmpty()) {
            window.openDemo();
        } else {
            args.forEach(window::openRepo);
        }
        ScreenshotTour.requested().ifPresent(folder -> new ScreenshotTour(stage, folder,
                () -> window.selectedTab() == null ? null : window.selectedTab().session()).start());
    }

    /** The window, for tests. */
    MainWindow window() {
        return window;
    }

    /** The selected tab's collections state, for tests. */
    CollectionsViewModel model() {
        return window.selectedTab().collections();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
