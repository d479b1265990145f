package org.lsst.butlerbrowser.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lsst.butlerbrowser.app.connect.MemoryPreferences;
import org.lsst.butlerbrowser.app.tap.TestTapService;
import org.lsst.butlerbrowser.model.repo.Environment;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A whole session with a token, through the window: connect with a bearer token from ACCESS_TOKEN,
 * test, run a query and a bad query (the error dialog with its details). Afterwards the token is in
 * no preference, no window title, no text on screen, nothing printed and nothing logged.
 */
@ExtendWith(ApplicationExtension.class)
class TapTokenLeakTest {

    private static final String TOKEN = "gt-leakTestKey.neverStoredNeverShownNeverLogged";

    @TempDir
    Path home;

    private final Preferences prefs = MemoryPreferences.root();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final List<String> logged = new ArrayList<>();
    private final Handler logHandler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record.getMessage() + " " + java.util.Arrays.toString(record.getParameters())
                    + " " + record.getThrown());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private PrintStream out;
    private PrintStream err;
    private ButlerBrowserApp app;
    private Stage stage;

    @BeforeEach
    void capture() {
        out = System.out;
        err = System.err;
        System.setOut(new PrintStream(tee(out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(tee(err), true, StandardCharsets.UTF_8));
        Logger.getLogger("").addHandler(logHandler);
    }

    private OutputStream tee(PrintStream original) {
        return new OutputStream() {
            @Override
            public void write(int b) {
                printed.write(b);
                original.write(b);
            }
        };
    }

    @AfterEach
    void release() {
        System.setOut(out);
        System.setErr(err);
        Logger.getLogger("").removeHandler(logHandler);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new ButlerBrowserApp(prefs, Environment.of(Map.of("ACCESS_TOKEN", TOKEN), home, home));
        app.start(stage);
    }

    @Stop
    void stop() {
        app.stop();
    }

    @Test
    void theTokenOfASessionIsNeverStoredShownPrintedOrLogged(FxRobot robot) throws Exception {
        String url = TestTapService.url();
        robot.clickOn("File");
        robot.clickOn("Connect…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> TapWindowTest.onFx(() -> robot.lookup("#connect-dialog")
                .tryQuery().map(n -> n.getScene().getWindow()).map(Window::isShowing).orElse(false)));
        robot.clickOn("TAP service");
        robot.clickOn("#connect-tap-url");
        robot.write(url, 0);
        robot.clickOn("#connect-tap-auth-bearer");
        String note = robot.lookup("#connect-tap-token-note").queryAs(Label.class).getText();
        assertTrue(note.startsWith("ACCESS_TOKEN is set"), note);
        robot.clickOn("#connect-test");
        Label status = robot.lookup("#connect-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> TapWindowTest.onFx(() -> status.getText().startsWith("TAP service")));
        assertNoToken("the Connect dialog", texts(robot.lookup("#connect-dialog").query().getScene().getRoot()));
        robot.clickOn("#connect-ok");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> TapWindowTest.onFx(() -> robot.lookup("#adql-text").tryQuery().isPresent()));

        TapWindowTest.runQuery(robot, "SELECT TOP 3 obs_id FROM ivoa.obscore");
        assertEquals("3 rows in", TapWindowTest.onFx(() -> robot.lookup("#tap-status").queryAs(Label.class).getText()
                .replaceAll(" [0-9.]+ s$", "")));
        TapWindowTest.runQuery(robot, "SELEKT obs_id FROM ivoa.obscore");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> TapWindowTest.onFx(() -> robot.lookup(".dialog-pane").tryQuery()
                .filter(n -> n.getScene().getWindow() != stage).isPresent()));
        List<String> onScreen = new ArrayList<>();
        TapWindowTest.onFx(() -> {
            for (Window w : Window.getWindows()) {
                onScreen.addAll(texts(w.getScene().getRoot()));
                if (w.getScene().getRoot() instanceof DialogPane pane && pane.getExpandableContent() != null) {
                    onScreen.addAll(texts(pane.getExpandableContent())); // the error's "Show Details"
                }
            }
            return null;
        });
        assertTrue(onScreen.stream().anyMatch(t -> t != null && t.contains("SELEKT")), "the error dialog is up");

        assertNoToken("the window title", List.of(TapWindowTest.onFx(stage::getTitle)));
        assertNoToken("the text on screen", onScreen);
        ByteArrayOutputStream stored = new ByteArrayOutputStream();
        prefs.exportSubtree(stored);
        String preferences = stored.toString(StandardCharsets.UTF_8);
        assertTrue(preferences.contains("ACCESS_TOKEN"), "where the token comes from is remembered");
        assertNoToken("the preferences", List.of(preferences));
        assertNoToken("what was printed", List.of(printed.toString(StandardCharsets.UTF_8)));
        assertNoToken("the log", logged);
    }

    private static void assertNoToken(String where, List<String> texts) {
        // never assertEquals on the texts: a failure must not print the token itself
        boolean leaked = texts.stream().anyMatch(t -> t != null && (t.contains(TOKEN) || t.contains(TOKEN.substring(3, 20))));
        assertFalse(leaked, "the token appears in " + where);
    }

    /** Every text a node and its descendants show: labels, buttons, fields, text nodes, tooltips left aside. */
    private static List<String> texts(Node root) {
        List<String> out = new ArrayList<>();
        if (root instanceof Labeled l) {
            out.add(l.getText());
        } else if (root instanceof TextInputControl t) {
            out.add(t.getText());
        } else if (root instanceof Text t) {
            out.add(t.getText());
        }
        if (root instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> out.addAll(texts(c)));
        }
        return out;
    }
}
