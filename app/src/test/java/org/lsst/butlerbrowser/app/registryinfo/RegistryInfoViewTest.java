package org.lsst.butlerbrowser.app.registryinfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lsst.butlerbrowser.app.ButlerBrowserApp;
import org.lsst.butlerbrowser.app.SharedFixtures;
import org.lsst.butlerbrowser.app.connect.MemoryPreferences;
import org.lsst.butlerbrowser.model.repo.Environment;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The Registry tab of the demo registry, opened by a click, counts every table in the background. */
@ExtendWith(ApplicationExtension.class)
class RegistryInfoViewTest {

    @TempDir
    Path home;

    private ButlerBrowserApp app;

    @Start
    void start(Stage stage) {
        app = new ButlerBrowserApp(MemoryPreferences.root(), Environment.of(Map.of(), home, home));
        app.start(stage);
    }

    @Stop
    void stop() {
        app.stop();
    }

    private static <T> T onFx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
    }

    @Test
    @SuppressWarnings("unchecked")
    void clickingTheRegistryTabCountsTablesAndNamesTheEmptyRun(FxRobot robot) throws Exception {
        // the tab's header, not the heading of the same name inside the (still hidden) screen
        Predicate<Node> registryTab = n -> n.getStyleClass().contains("tab-label") && n instanceof Labeled l
                && l.getText().equals("Registry");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(registryTab).tryQuery().isPresent());
        robot.clickOn(registryTab);
        TableView<RegistryInfoViewModel.TableStats> tables = robot.lookup("#registry-tables").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !onFx(tables::getItems).isEmpty());

        JsonNode counts = new ObjectMapper().readTree(SharedFixtures.shared()
                .resolve("fixtures/registry/expected/rc2-sqlite/summary.json").toFile()).get("table_row_counts");
        assertEquals(counts.size(), (int) onFx(() -> tables.getItems().size()));
        for (RegistryInfoViewModel.TableStats row : onFx(() -> List.copyOf(tables.getItems()))) {
            assertEquals(counts.get(row.name()).asLong(), row.rows(), row.name());
        }
        String status = robot.lookup("#registry-info-status").queryAs(Label.class).getText();
        assertTrue(status.startsWith(counts.size() + " tables · "), status);
        Node health = robot.lookup("#registry-health").query();
        assertTrue(robot.from(health).lookup("1 run holds no datasets").tryQuery().isPresent());
        assertTrue(robot.from(health).lookup("u/jdoe/scratch").tryQuery().isPresent(), "the run the summary counts empty");
    }
}
