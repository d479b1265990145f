package org.lsst.butlerbrowser.app.connect;

import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lsst.butlerbrowser.app.tasks.Job;
import org.lsst.butlerbrowser.app.tasks.ProblemText;
import org.lsst.butlerbrowser.app.tasks.TaskRunner;
import org.lsst.butlerbrowser.model.registry.Registry;
import org.lsst.butlerbrowser.model.repo.DbAuth;
import org.lsst.butlerbrowser.model.repo.Environment;
import org.lsst.butlerbrowser.model.repo.PostgresRepo;
import org.lsst.butlerbrowser.model.repo.RepoException;
import org.lsst.butlerbrowser.model.repo.RepoLocation;
import org.lsst.butlerbrowser.model.repo.RepoResolver;
import org.lsst.butlerbrowser.model.repo.RepositoryIndex;
import org.lsst.butlerbrowser.model.tap.Availability;
import org.lsst.butlerbrowser.model.tap.TapConnection;
import org.lsst.butlerbrowser.model.tap.TapService;

/**
 * State and actions of the Connect dialog, without any control: the chosen way (folder or file,
 * repository label, PostgreSQL server, TAP service) and its fields, the labels of the repository index, whether
 * db-auth has the password, the recent connections, and a one-line status that Test fills in from
 * the background. The typed password lives in {@link #passwordProperty()} only while the dialog is
 * open; {@link #connect()} and {@link #close()} wipe it, and it is never remembered.
 */
public final class ConnectViewModel {

    /** How the status line reads. */
    public enum StatusKind { NONE, BUSY, OK, ERROR }

    private static final String PASSWORD_HINT = "A matching db-auth.yaml entry supplies the password; otherwise"
            + " type it here. It is kept for this session only, never saved.";

    private final Environment env;
    private final RepoResolver resolver;
    private final TaskRunner runner;
    private final RecentConnections recentStore;

    private final ObjectProperty<ConnectMode> mode = new SimpleObjectProperty<>(this, "mode", ConnectMode.PATH);
    private final StringProperty path = new SimpleStringProperty(this, "path", "");
    private final ObservableList<String> labels = FXCollections.observableArrayList();
    private final StringProperty label = new SimpleStringProperty(this, "label");
    private final ReadOnlyStringWrapper labelsNote = new ReadOnlyStringWrapper(this, "labelsNote", "");
    private final StringProperty host = new SimpleStringProperty(this, "host", "");
    private final StringProperty port = new SimpleStringProperty(this, "port", Integer.toString(PostgresRepo.DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty(this, "database", "");
    private final StringProperty namespace = new SimpleStringProperty(this, "namespace", "");
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final ReadOnlyBooleanWrapper passwordFromDbAuth = new ReadOnlyBooleanWrapper(this, "passwordFromDbAuth");
    private final ReadOnlyStringWrapper passwordNote = new ReadOnlyStringWrapper(this, "passwordNote", PASSWORD_HINT);
    private final TapFields tap;
    private final ObservableList<RecentConnection> recents = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<StatusKind> statusKind = new ReadOnlyObjectWrapper<>(this, "statusKind", StatusKind.NONE);
    private final ReadOnlyBooleanWrapper testing = new ReadOnlyBooleanWrapper(this, "testing");
    private final BooleanBinding filledIn;
    private DbAuth dbAuth;
    private Job test = Job.DONE;

    public ConnectViewModel(Environment env, TaskRunner runner, RecentConnections recentStore) {
        this.env = env;
        this.resolver = new RepoResolver(env);
        this.runner = runner;
        this.recentStore = recentStore;
        this.tap = new TapFields(env);
        filledIn = Bindings.createBooleanBinding(this::isFilledIn, mode, path, label, host, port, database, tap.urlProperty());
        for (ObservableValue<?> field : new ObservableValue<?>[] {mode, path, label, host, port, database, namespace, user}) {
            field.addListener((obs, was, now) -> edited());
        }
        for (ObservableValue<?> field : tap.fields()) {
            field.addListener((obs, was, now) -> edited());
        }
        for (ObservableValue<?> field : new ObservableValue<?>[] {host, port, database, user}) {
            field.addListener((obs, was, now) -> updatePasswordNote());
        }
        loadLabels();
        recents.setAll(recentStore.list());
        if (!recents.isEmpty()) {
            useRecent(recents.get(0));
        }
        updatePasswordNote();
    }

    private void loadLabels() {
        try {
            RepositoryIndex index = RepositoryIndex.fromEnvironment(env);
            labels.setAll(index.labels());
            if (!index.isConfigured()) {
                labelsNote.set("Set " + RepositoryIndex.INDEX_VARIABLE + " or " + RepositoryIndex.INLINE_VARIABLE
                        + " to list the repository labels of your site here.");
            } else if (labels.isEmpty()) {
                labelsNote.set("The repository index lists no labels.");
            }
        } catch (RepoException e) {
            labelsNote.set(ProblemText.sentence(e));
        }
    }

    /** A file or folder picked in a chooser: it becomes the folder-or-file way's path. */
    public void choosePath(Path chosen) {
        mode.set(ConnectMode.PATH);
        path.set(chosen.toAbsolutePath().toString());
    }

    /** Fills the form from a remembered connection (a PostgreSQL one without its password). */
    public void useRecent(RecentConnection recent) {
        if (recent instanceof RecentConnection.RepoPath p) {
            path.set(p.path());
            mode.set(ConnectMode.PATH);
        } else if (recent instanceof RecentConnection.IndexLabel l) {
            label.set(l.label());
            mode.set(ConnectMode.LABEL);
        } else if (recent instanceof RecentConnection.Server s) {
            PostgresFields f = s.fields();
            host.set(f.host());
            port.set(Integer.toString(f.port()));
            database.set(f.database());
            namespace.set(f.namespace() == null ? "" : f.namespace());
            user.set(f.user() == null ? "" : f.user());
            password.set("");
            mode.set(ConnectMode.POSTGRES);
        } else if (recent instanceof RecentConnection.TapService t) {
            tap.use(t);
            mode.set(ConnectMode.TAP);
        }
    }

    /**
     * Opens the registry in the background and closes it again, then says in one line what
     * works ("SQLite registry, universe daf_butler 8, 20 collections") or what is wrong. For a TAP
     * service, asks for its VOSI availability and capabilities and says what it offers.
     */
    public void test() {
        if (mode.get() == ConnectMode.TAP) {
            tapConnection().ifPresent(connection -> startTest("Testing the TAP service", progress -> {
                TapService service = connection.open(env);
                Availability availability = service.availability();
                return new Verdict(availability.available() ? StatusKind.OK : StatusKind.ERROR,
                        TapFields.summary(availability, service.capabilities()));
            }));
            return;
        }
        form().ifPresent(form -> startTest("Testing the connection", progress -> {
            try {
                RepoLocation location = form.locate(resolver);
                progress.update(-1, -1, "Opening " + location.description());
                try (Registry registry = Registry.open(location)) {
                    return new Verdict(StatusKind.OK, summary(registry));
                }
            } finally {
                form.wipePassword(); // the registry is closed again: the test's copy is not needed
            }
        }));
    }

    /** What a test found, for the status line. */
    private record Verdict(StatusKind kind, String text) {
    }

    /** Runs a test in the background (stopping one still running); its verdict or failure fills the status line. */
    private void startTest(String title, TaskRunner.Work<Verdict> work) {
        test.cancel();
        testing.set(true);
        show(StatusKind.BUSY, "Testing…");
        test = runner.run(title, work, verdict -> {
            testing.set(false);
            show(verdict.kind(), verdict.text());
        }, problem -> {
            testing.set(false);
            show(StatusKind.ERROR, ProblemText.sentence(problem));
        });
    }

    private Optional<TapConnection> tapConnection() {
        try {
            return Optional.of(tap.connection());
        } catch (IllegalArgumentException | RepoException e) {
            show(StatusKind.ERROR, ProblemText.sentence(e));
            return Optional.empty();
        }
    }

    /**
     * The registry or TAP service to open, when the form names one; it is remembered as a recent
     * connection, and a typed password or token moves into a Secret. Empty, with the reason in the
     * status line, when the form is incomplete or names nothing openable.
     */
    public Optional<ConnectRequest> connect() {
        if (mode.get() == ConnectMode.TAP) {
            Optional<TapConnection> connection = tapConnection();
            connection.ifPresent(c -> {
                recentStore.remember(tap.recent(c));
                close();
            });
            return connection.map(c -> new ConnectRequest.Tap("TAP · " + c.title(), c));
        }
        ConnectForm form = form().orElse(null);
        if (form == null) {
            return Optional.empty();
        }
        RepoLocation location;
        try {
            location = form.locate(resolver);
        } catch (RuntimeException e) {
            show(StatusKind.ERROR, ProblemText.sentence(e));
            return Optional.empty();
        }
        recentStore.remember(form.recent());
        close();
        return Optional.of(new ConnectRequest.Registry(form.tabName(), location));
    }

    /**
     * True when connecting needs nothing more from the user: anything but a PostgreSQL server
     * whose password neither db-auth nor the password field has.
     */
    public boolean isReadyWithoutAsking() {
        return switch (mode.get()) {
            case POSTGRES -> passwordFromDbAuth.get() || !password.get().isEmpty();
            case TAP -> tap.isReadyWithoutAsking();
            default -> true;
        };
    }

    /** The dialog is going away: stop a running test and wipe the typed password and token. */
    public void close() {
        test.cancel();
        testing.set(false);
        password.set("");
        tap.wipe();
    }

    private Optional<ConnectForm> form() {
        try {
            return Optional.of(ConnectForm.of(mode.get(), path.get(), label.get(), host.get(), port.get(),
                    database.get(), namespace.get(), user.get(), password.get(), env));
        } catch (IllegalArgumentException | RepoException e) {
            show(StatusKind.ERROR, ProblemText.sentence(e));
            return Optional.empty();
        }
    }

    private boolean isFilledIn() {
        return switch (mode.get()) {
            case PATH -> !path.get().isBlank();
            case LABEL -> label.get() != null && !label.get().isBlank();
            case POSTGRES -> !host.get().isBlank() && !database.get().isBlank();
            case TAP -> tap.isFilledIn();
        };
    }

    /** A changed field makes the last test's verdict stale. */
    private void edited() {
        if (!testing.get()) {
            show(StatusKind.NONE, "");
        }
    }

    private void updatePasswordNote() {
        passwordFromDbAuth.set(false);
        passwordNote.set(PASSWORD_HINT);
        if (host.get().isBlank() || database.get().isBlank()) {
            return;
        }
        try {
            ConnectForm form = ConnectForm.of(ConnectMode.POSTGRES, null, null, host.get(), port.get(), database.get(),
                    null, user.get(), null, env);
            PostgresFields f = form.server();
            if (dbAuth == null) {
                dbAuth = DbAuth.fromEnvironment(env);
            }
            boolean found = dbAuth.lookup("postgresql", f.user(), f.host(), f.port(), f.database()).isPresent();
            passwordFromDbAuth.set(found);
            passwordNote.set(found
                    ? "Password from " + dbAuth.source() + "; type one only to use another."
                    : "No db-auth.yaml entry matches this server: type the password (kept for this session only).");
        } catch (IllegalArgumentException | RepoException e) {
            passwordNote.set(ProblemText.sentence(e));
        }
    }

    private void show(StatusKind kind, String text) {
        statusKind.set(kind);
        status.set(text);
    }

    /** E.g. "SQLite registry, universe daf_butler 8, 20 collections". */
    static String summary(Registry registry) {
        int n = registry.collections().all().size();
        return registry.backend().label() + " registry" + (registry.schema() == null ? "" : " (schema " + registry.schema() + ")")
                + ", universe " + registry.universe().namespace() + " " + registry.universe().version()
                + ", " + n + (n == 1 ? " collection" : " collections");
    }

    public ObjectProperty<ConnectMode> modeProperty() {
        return mode;
    }

    public StringProperty pathProperty() {
        return path;
    }

    /** The repository index's labels, sorted; empty when no index is configured. */
    public ObservableList<String> labels() {
        return labels;
    }

    public StringProperty labelProperty() {
        return label;
    }

    /** Why no labels are listed, or empty. */
    public ReadOnlyStringProperty labelsNoteProperty() {
        return labelsNote.getReadOnlyProperty();
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    /** The PostgreSQL schema holding the registry; empty for the default. */
    public StringProperty namespaceProperty() {
        return namespace;
    }

    public StringProperty userProperty() {
        return user;
    }

    /** Bound to the password field only; never read but by {@link #connect()} and {@link #test()}. */
    public StringProperty passwordProperty() {
        return password;
    }

    /** Whether db-auth has a password for the server the fields name. */
    public ReadOnlyBooleanProperty passwordFromDbAuthProperty() {
        return passwordFromDbAuth.getReadOnlyProperty();
    }

    /** Where the password will come from, in a sentence. */
    public ReadOnlyStringProperty passwordNoteProperty() {
        return passwordNote.getReadOnlyProperty();
    }

    /** The TAP service's fields. */
    public TapFields tap() {
        return tap;
    }

    /** Connections made before, newest first. */
    public ObservableList<RecentConnection> recents() {
        return recents;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public String getStatus() {
        return status.get();
    }

    public ReadOnlyObjectProperty<StatusKind> statusKindProperty() {
        return statusKind.getReadOnlyProperty();
    }

    public StatusKind getStatusKind() {
        return statusKind.get();
    }

    public ReadOnlyBooleanProperty testingProperty() {
        return testing.getReadOnlyProperty();
    }

    /** Whether the chosen way has what it needs (Test and Connect are offered only then). */
    public BooleanBinding filledInProperty() {
        return filledIn;
    }
}
