package org.lsst.butlerbrowser.app.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lsst.butlerbrowser.app.ButlerBrowserApp;
import org.lsst.butlerbrowser.app.SharedFixtures;
import org.lsst.butlerbrowser.app.collections.CollectionNode;
import org.lsst.butlerbrowser.model.repo.Environment;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window with the Connect dialog, driven through its controls on Monocle's headless
 * platform. Preferences live in memory and the environment is the test's own, so the user's
 * recent connections, layout and db-auth.yaml are never read or written.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectDialogTest {

    @TempDir
    Path home;

    private final Preferences prefs = MemoryPreferences.root();
    private ButlerBrowserApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new ButlerBrowserApp(prefs, Environment.of(Map.of(), home, home));
        app.start(stage); // the demo registry (the rc2 SQLite fixture) opens in the first tab
    }

    @Stop
    void stop() {
        app.stop();
    }

    private static <T> T onFx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
    }

    private static TabPane registryTabs(FxRobot robot) {
        return robot.lookup("#registry-tabs").queryAs(TabPane.class);
    }

    /** The top-level collections a tab's tree shows, once its registry is open. */
    @SuppressWarnings("unchecked")
    private static List<String> topLevelShown(Tab tab) throws Exception {
        Callable<List<String>> names = () -> {
            TreeView<CollectionNode> tree = (TreeView<CollectionNode>) tab.getContent().lookup("#collections-tree");
            List<String> out = new ArrayList<>();
            if (tree != null) { // null while the tab moves it into the split, whose skin is not made yet
                tree.getRoot().getChildren().forEach(i -> out.add(i.getValue().name()));
            }
            return out;
        };
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !onFx(names).isEmpty());
        return onFx(names);
    }

    /** daf_butler's collections that no chain includes, in name order. */
    private static List<String> expectedTopLevel(String repo) throws IOException {
        JsonNode collections = new ObjectMapper().readTree(SharedFixtures.shared()
                .resolve("fixtures/registry/expected").resolve(repo).resolve("collections.json").toFile());
        List<String> out = new ArrayList<>();
        collections.get("collections").forEach(c -> {
            if (c.get("parents").isEmpty()) {
                out.add(c.get("name").asText());
            }
        });
        return out.stream().sorted().toList();
    }

    private void openConnectDialog(FxRobot robot) throws Exception {
        robot.clickOn("File");
        robot.clickOn("Connect…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialogShowing(robot));
    }

    private static boolean dialogShowing(FxRobot robot) throws Exception {
        return onFx(() -> robot.lookup("#connect-dialog").tryQuery().map(n -> n.getScene().getWindow())
                .map(Window::isShowing).orElse(false));
    }

    /** Replaces a field's text the way a person does: select what is there, type over it. */
    private static void type(FxRobot robot, String field, String text) throws Exception {
        TextField input = robot.lookup(field).queryAs(TextField.class);
        robot.clickOn(input);
        onFx(() -> {
            input.selectAll();
            return null;
        });
        robot.write(text, 0);
        WaitForAsyncUtils.waitForFxEvents();
        // not assertEquals: a failure must not print what was typed into the password field
        assertTrue(text.equals(onFx(input::getText)), field + " holds what was typed");
    }

    @Test
    void connectingToThePostgresFixtureShowsTheSameCollectionTreeAsSqlite(FxRobot robot) throws Exception {
        TestServer server = TestServer.fromBuild();
        Tab demo = registryTabs(robot).getTabs().get(0);
        List<String> sqliteTopLevel = topLevelShown(demo);
        assertEquals(expectedTopLevel("rc2-sqlite"), sqliteTopLevel, "the SQLite tab shows daf_butler's top level");

        openConnectDialog(robot);
        robot.clickOn("PostgreSQL");
        type(robot, "#connect-host", server.host());
        type(robot, "#connect-port", Integer.toString(server.port()));
        type(robot, "#connect-database", server.database());
        type(robot, "#connect-namespace", server.namespace());
        type(robot, "#connect-user", server.user());
        type(robot, "#connect-password", server.password());
        assertTrue(robot.lookup("#connect-password-note").queryAs(Label.class).getText().startsWith("No db-auth.yaml entry"));

        robot.clickOn("#connect-test");
        Label status = robot.lookup("#connect-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !onFx(status::getText).matches("|Testing…"));
        assertEquals("PostgreSQL registry (schema " + server.namespace() + "), universe daf_butler 8, "
                + expectedCollectionCount() + " collections", onFx(status::getText));

        robot.clickOn("#connect-ok");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogShowing(robot));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> registryTabs(robot).getTabs().size()) == 2);
        Tab postgres = onFx(() -> registryTabs(robot).getSelectionModel().getSelectedItem());
        assertEquals(server.namespace() + " · " + server.database() + " on " + server.host(), postgres.getText());

        List<String> postgresTopLevel = topLevelShown(postgres);
        assertEquals(sqliteTopLevel, postgresTopLevel);
        assertEquals(expectedTopLevel("rc2-postgres"), postgresTopLevel);
        assertFalse(onFx(stage::getTitle).contains(server.password()));
    }

    private static int expectedCollectionCount() throws IOException {
        return new ObjectMapper().readTree(SharedFixtures.shared().resolve("fixtures/registry/expected/rc2-postgres")
                .resolve("collections.json").toFile()).get("collections").size();
    }

    @Test
    void aWrongFileGivesTheClearMessageAndTheAppStaysUsable(FxRobot robot) throws Exception {
        Tab demo = registryTabs(robot).getTabs().get(0);
        int topLevel = topLevelShown(demo).size();
        Path notes = Files.writeString(home.resolve("notes.txt"), "shopping list, not a registry\n");

        openConnectDialog(robot);
        type(robot, "#connect-path", notes.toString());
        robot.clickOn("#connect-ok");
        WaitForAsyncUtils.waitForFxEvents();

        String sentence = "Not a Butler repository: " + notes + " is neither a directory with butler.yaml,"
                + " a butler.yaml, an SQLite database nor a known repository label.";
        assertEquals(sentence, robot.lookup("#connect-status").queryAs(Label.class).getText());
        assertTrue(dialogShowing(robot), "the dialog stays open for another try");

        robot.clickOn("#connect-test");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(sentence, robot.lookup("#connect-status").queryAs(Label.class).getText());

        robot.clickOn("#connect-cancel");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogShowing(robot));
        assertEquals(1, (int) onFx(() -> registryTabs(robot).getTabs().size()), "no tab for the wrong file");

        // the demo tab still works: show every collection, then only the top level again
        CheckBox toggle = (CheckBox) onFx(() -> demo.getContent().lookup("#top-level-only"));
        robot.clickOn(toggle);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(SharedFixtures.rc2Collections().size(), topLevelShown(demo).size());
        robot.clickOn(toggle);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(topLevel, topLevelShown(demo).size());
        Node registryScreen = onFx(() -> demo.getContent().lookup("#registry-split"));
        assertTrue(registryScreen != null && onFx(registryScreen::isVisible));
    }
}
