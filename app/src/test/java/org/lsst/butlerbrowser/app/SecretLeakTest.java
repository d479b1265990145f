package org.lsst.butlerbrowser.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lsst.butlerbrowser.app.WindowDriver.await;
import static org.lsst.butlerbrowser.app.WindowDriver.onFx;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lsst.butlerbrowser.app.cli.Cli;
import org.lsst.butlerbrowser.app.connect.MemoryPreferences;
import org.lsst.butlerbrowser.app.export.ExportViewModel;
import org.lsst.butlerbrowser.app.tasks.DirectTaskRunner;
import org.lsst.butlerbrowser.model.db.Backend;
import org.lsst.butlerbrowser.model.repo.Environment;
import org.lsst.butlerbrowser.model.table.TableFormat;
import org.lsst.butlerbrowser.model.table.TableRows;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * One session that uses every secret: the command line reads the PostgreSQL registry with its
 * db-auth password, is refused with a wrong password in the URL (with --debug stack traces), and
 * queries a TAP service of the test's own with a token (a result written to a file, a 401 that
 * echoes the token, a redirect to another host); the window connects to PostgreSQL with a typed
 * password after a wrong one, shows an open that fails, filters with an error, and its table is
 * exported in every format. Everything that session could leave anywhere is then searched for the
 * password, the wrong password and the token: standard output and error, every java.util.logging
 * record at every level (the PostgreSQL driver logs there), the command line's output, the files
 * written, the preferences store, and the titles and texts of every window the session showed
 * (error details included).
 */
@ExtendWith(ApplicationExtension.class)
class SecretLeakTest {

    private static final String RC2 = "HSC/runs/RC2";
    private static final String TOKEN = "gt-leakTest." + UUID.randomUUID().toString().replace("-", "");
    private static final String WRONG = "Wr0ngPw-" + UUID.randomUUID().toString().replace("-", "");

    @TempDir
    Path home;

    private final Preferences prefs = MemoryPreferences.root();
    private final List<String> seen = new ArrayList<>();
    private ButlerBrowserApp app;

    @Start
    void start(Stage stage) {
        app = new ButlerBrowserApp(prefs, Environment.of(Map.of(), home, home)); // no db-auth: the password is typed
        app.start(stage);
    }

    @Stop
    void stop() {
        app.stop();
    }

    @Test
    void aSessionThatUsedEverySecretLeavesNoneBehind(FxRobot robot) throws Exception {
        ThrowawayPostgres pg = ThrowawayPostgres.fromBuild();
        Path files = Files.createDirectories(home.resolve("written"));
        try (Capture capture = new Capture(); TapService tap = new TapService()) {
            commandLine(pg, tap, files);
            window(robot, pg, files);
            seen.add(capture.text());
        }
        seen.add(preferences(prefs));
        try (var written = Files.list(files)) {
            for (Path f : written.toList()) {
                seen.add(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)); // text and binary alike
            }
        }
        String all = String.join("\n", seen);
        assertTrue(all.contains("HSC/runs/RC2") && all.contains("refused the login"), "the session did not happen");
        for (String secret : List.of(pg.password(), WRONG, TOKEN)) {
            // never assertEquals or a message holding the secret: a failure must not print it either
            assertFalse(all.contains(secret), "a secret (" + secret.length() + " characters) was found");
        }
    }

    // ---------------------------------------------------------------- the command line

    private void commandLine(ThrowawayPostgres pg, TapService tap, Path files) {
        Environment withPassword = pg.environment(home);
        cli(withPassword, "query-collections", pg.repo(), "--format", "json");
        cli(withPassword, "query-datasets", pg.repo(), "calexp", "--collections", RC2, "--limit", "5", "--format", "csv");
        String wrongUrl = pg.repo().replaceFirst("//([^@/]*)@", "//$1:" + WRONG + "@");
        assertEquals(Cli.ERROR_EXIT, cli(Environment.of(Map.of(), home, home), "query-collections", wrongUrl, "--debug"));
        Environment wrongDbAuth = Environment.of(Map.of(ThrowawayPostgres.CREDENTIALS,
                pg.credentials().replace(pg.password(), WRONG)), home, home);
        assertEquals(Cli.ERROR_EXIT, cli(wrongDbAuth, "info", pg.repo(), "--debug"));

        Environment withToken = Environment.of(Map.of("RSP_TOKEN", TOKEN), home, home);
        assertEquals(0, cli(withToken, "tap-query", tap.url("ok"), "SELECT * FROM ivoa.obscore", "--token-env",
                "RSP_TOKEN", "--format", "votable", "--out", files.resolve("tap.vot").toString()));
        assertEquals(0, cli(withToken, "tap-query", tap.url("moved"), "SELECT 1", "--token-env", "RSP_TOKEN",
                "--format", "csv"));
        assertEquals(Cli.ERROR_EXIT, cli(withToken, "tap-query", tap.url("refused"), "SELECT 1", "--token-env",
                "RSP_TOKEN", "--debug"));
        assertEquals(List.of("Bearer " + TOKEN, "Bearer " + TOKEN, "null", "Bearer " + TOKEN), tap.authorizations,
                "the token went to the service, but not along the redirect to another host");
    }

    private int cli(Environment env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(args, new PrintWriter(out), new PrintWriter(err), env);
        seen.add(out.toString());
        seen.add(err.toString());
        return status;
    }

    // ---------------------------------------------------------------- the window

    private void window(FxRobot robot, ThrowawayPostgres pg, Path files) throws Exception {
        WindowDriver w = new WindowDriver(robot, app);
        connect(robot, pg, WRONG); // Test says the login is refused
        robot.clickOn("#connect-test");
        await(() -> dialogStatus(robot).contains("refused the login"));
        look();
        robot.clickOn("#connect-ok"); // opened anyway: the tab fails, with an error dialog and its details
        await(() -> errorDialogShowing());
        look();
        closeErrorDialogs();

        connect(robot, pg, pg.password());
        robot.clickOn("#connect-test");
        await(() -> dialogStatus(robot).contains(" collections"));
        look();
        robot.clickOn("#connect-ok");
        await(() -> app.window().selected(RegistryTab.class).orElse(null).session() != null
                && app.window().selected(RegistryTab.class).orElse(null).session().registry().backend() == Backend.POSTGRESQL);
        look();

        w.selectCollection(RC2);
        w.selectDatasetType("calexp");
        await(() -> !w.busy()); // choosing the type resets the filter's message: let it land first
        w.paste("#datasets-filter", "band = 'y' AND bnd = 1");
        await(() -> w.expressionProblem("#datasets-filter") != null);
        look();
        w.paste("#datasets-filter", "band = 'y'");
        await(() -> !w.busy());
        look();

        TableRows table = onFx(() -> app.window().selected(RegistryTab.class).orElse(null).session().tableProperty().get());
        for (TableFormat format : TableFormat.values()) {
            new ExportViewModel(() -> table, new DirectTaskRunner())
                    .export(table, files.resolve("calexps." + format.extensions().get(0)));
        }
    }

    private void connect(FxRobot robot, ThrowawayPostgres pg, String password) throws Exception {
        robot.clickOn("File");
        robot.clickOn("Connect…");
        await(() -> robot.lookup("#connect-dialog").tryQuery().isPresent());
        robot.clickOn("PostgreSQL");
        java.net.URI url = java.net.URI.create(System.getProperty("butler.test.pg.url"));
        type(robot, "#connect-host", url.getHost());
        type(robot, "#connect-port", Integer.toString(url.getPort()));
        type(robot, "#connect-database", url.getPath().substring(1));
        type(robot, "#connect-namespace", pg.namespace());
        type(robot, "#connect-user", url.getUserInfo());
        type(robot, "#connect-password", password);
    }

    private static void type(FxRobot robot, String field, String text) throws Exception {
        TextInputControl input = robot.lookup(field).queryAs(TextInputControl.class);
        robot.clickOn(input);
        onFx(() -> {
            input.selectAll();
            return null;
        });
        robot.write(text, 0);
    }

    private static String dialogStatus(FxRobot robot) throws Exception {
        return onFx(() -> robot.lookup("#connect-status").queryAs(Labeled.class).getText());
    }

    private static boolean errorDialogShowing() throws Exception {
        return onFx(() -> Window.getWindows().stream().anyMatch(w -> w.getScene() != null
                && w.getScene().getRoot() instanceof DialogPane p && p.lookup("#error-detail") != null));
    }

    private static void closeErrorDialogs() throws Exception {
        onFx(() -> {
            new ArrayList<>(Window.getWindows()).stream()
                    .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                    .forEach(Window::hide);
            return null;
        });
    }

    /** Notes the title and every text of every window now showing, error details included. */
    private void look() throws Exception {
        seen.addAll(onFx(() -> {
            List<String> texts = new ArrayList<>();
            for (Window w : Window.getWindows()) {
                if (w instanceof Stage s) {
                    texts.add(s.getTitle());
                }
                if (w.getScene() != null) {
                    collect(w.getScene().getRoot(), texts);
                }
            }
            return texts;
        }));
    }

    private static void collect(Node node, List<String> texts) {
        if (node instanceof Labeled l) {
            texts.add(l.getText());
        }
        if (node instanceof TextInputControl t && !(node instanceof PasswordField)) {
            texts.add(t.getText());
        }
        if (node instanceof DialogPane p) {
            texts.add(p.getContentText());
            if (p.getExpandableContent() != null) {
                collect(p.getExpandableContent(), texts);
            }
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, texts));
        }
    }

    // ---------------------------------------------------------------- what is kept

    private static String preferences(Preferences node) throws BackingStoreException {
        StringBuilder out = new StringBuilder(node.absolutePath()).append('\n');
        for (String key : node.keys()) {
            out.append(key).append('=').append(node.get(key, "")).append('\n');
        }
        for (String child : node.childrenNames()) {
            out.append(preferences(node.node(child)));
        }
        return out.toString();
    }

    /**
     * Tees standard output and error, and takes every java.util.logging record of every level
     * (the PostgreSQL driver's FINEST included), while the session runs.
     */
    private static final class Capture implements AutoCloseable {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final PrintStream out = System.out;
        private final PrintStream err = System.err;
        private final List<String> records = new CopyOnWriteArrayList<>();
        private final Logger root = Logger.getLogger("");
        private final Logger driver = Logger.getLogger("org.postgresql");
        private final Level driverLevel = driver.getLevel();
        private final Handler handler = new Handler() {
            private final SimpleFormatter format = new SimpleFormatter();

            @Override
            public void publish(LogRecord r) {
                records.add(format.format(r));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };

        Capture() {
            System.setOut(new PrintStream(tee(out), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(tee(err), true, StandardCharsets.UTF_8));
            handler.setLevel(Level.ALL);
            root.addHandler(handler);
            driver.setLevel(Level.ALL);
        }

        private OutputStream tee(PrintStream also) {
            return new OutputStream() {
                @Override
                public void write(int b) {
                    synchronized (bytes) {
                        bytes.write(b);
                    }
                    also.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    synchronized (bytes) {
                        bytes.write(b, off, len);
                    }
                    also.write(b, off, len);
                }
            };
        }

        String text() {
            synchronized (bytes) {
                return bytes.toString(StandardCharsets.UTF_8) + "\n" + String.join("", records);
            }
        }

        @Override
        public void close() {
            System.setOut(out);
            System.setErr(err);
            root.removeHandler(handler);
            driver.setLevel(driverLevel);
        }
    }

    /**
     * A TAP service of the test's own: /ok/sync answers a recorded VOTable, /moved/sync redirects
     * to the same server under another host name (localhost), /refused/sync is a 401 that echoes
     * the Authorization header back, as careless services do. It notes each Authorization header.
     */
    private static final class TapService implements AutoCloseable {
        final List<String> authorizations = new CopyOnWriteArrayList<>();
        private final HttpServer server;

        TapService() throws IOException {
            byte[] votable = Files.readAllBytes(SharedFixtures.shared().resolve("fixtures/tap/obscore-overflow.vot"));
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                exchange.getRequestBody().readAllBytes();
                String auth = exchange.getRequestHeaders().getFirst("Authorization");
                authorizations.add(String.valueOf(auth));
                String path = exchange.getRequestURI().getPath();
                if (path.startsWith("/moved/")) {
                    exchange.getResponseHeaders().set("Location", "http://localhost:" + port() + "/stored/result.vot");
                    exchange.sendResponseHeaders(303, -1);
                } else {
                    boolean refused = path.startsWith("/refused/");
                    byte[] body = refused ? ("Invalid token: " + auth).getBytes(StandardCharsets.UTF_8) : votable;
                    exchange.getResponseHeaders().set("Content-Type", refused ? "text/plain" : "application/x-votable+xml");
                    exchange.sendResponseHeaders(refused ? 401 : 200, body.length);
                    try (OutputStream o = exchange.getResponseBody()) {
                        o.write(body);
                    }
                }
                exchange.close();
            });
            server.start();
        }

        int port() {
            return server.getAddress().getPort();
        }

        String url(String service) {
            return "http://127.0.0.1:" + port() + "/" + service;
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
