package org.lsst.butlerbrowser.app.connect;

import java.io.File;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.lsst.butlerbrowser.model.tap.TapAuth;

/**
 * The Connect dialog's content: recent connections, one tab per way of reaching a registry and
 * one for a TAP service, and the status line. It binds to a {@link ConnectViewModel}; the file and folder choosers hand what
 * was picked to the model.
 */
public final class ConnectView extends VBox {

    private static final String HINT_STYLE = "-fx-text-fill: #666666;";

    private final ConnectViewModel model;

    public ConnectView(ConnectViewModel model) {
        super(12);
        this.model = model;
        setPadding(new Insets(12, 12, 4, 12));
        setPrefWidth(620);
        TabPane ways = new TabPane(
                tab("Folder or file", "connect-tab-path", pathPane()),
                tab("Repository label", "connect-tab-label", labelPane()),
                tab("PostgreSQL", "connect-tab-postgres", postgresPane()),
                tab("TAP service", "connect-tab-tap", tapPane()));
        ways.setId("connect-ways");
        ways.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // the tabs follow ConnectMode's order, so a mode and its tab share an index
        ways.getSelectionModel().select(model.modeProperty().get().ordinal());
        ways.getSelectionModel().selectedIndexProperty().addListener((obs, was, now) ->
                model.modeProperty().set(ConnectMode.values()[now.intValue()]));
        model.modeProperty().addListener((obs, was, now) -> ways.getSelectionModel().select(now.ordinal()));
        getChildren().addAll(recentRow(), ways, statusRow());
    }

    private static Tab tab(String title, String id, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    private HBox recentRow() {
        ComboBox<RecentConnection> recent = new ComboBox<>(model.recents());
        recent.setId("connect-recent");
        recent.setPromptText(model.recents().isEmpty() ? "No recent connections" : "Choose a recent connection");
        recent.setDisable(model.recents().isEmpty());
        recent.setMaxWidth(Double.MAX_VALUE);
        recent.setCellFactory(list -> new RecentCell());
        recent.setButtonCell(new RecentCell());
        recent.valueProperty().addListener((obs, was, now) -> {
            if (now != null) {
                model.useRecent(now);
            }
        });
        HBox.setHgrow(recent, Priority.ALWAYS);
        HBox row = new HBox(8, new Label("Recent:"), recent);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private VBox pathPane() {
        TextField path = new TextField();
        path.setId("connect-path");
        path.setPromptText("/repo/main, /repo/main/butler.yaml or /data/gen3.sqlite3");
        path.textProperty().bindBidirectional(model.pathProperty());
        HBox.setHgrow(path, Priority.ALWAYS);
        Button file = new Button("File…");
        file.setId("connect-choose-file");
        file.setOnAction(e -> chooseFile());
        Button folder = new Button("Folder…");
        folder.setId("connect-choose-folder");
        folder.setOnAction(e -> chooseFolder());
        HBox row = new HBox(8, path, file, folder);
        row.setAlignment(Pos.CENTER_LEFT);
        return pane(hint("A repository folder holding butler.yaml, the butler.yaml itself, or an SQLite registry file."),
                row);
    }

    private VBox labelPane() {
        ListView<String> labels = new ListView<>(model.labels());
        labels.setId("connect-labels");
        labels.setPrefHeight(150);
        labels.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                model.labelProperty().set(now);
            }
        });
        model.labelProperty().addListener((obs, was, now) -> labels.getSelectionModel().select(now));
        labels.getSelectionModel().select(model.labelProperty().get());
        Label note = hint("");
        note.setId("connect-labels-note");
        note.textProperty().bind(model.labelsNoteProperty());
        note.visibleProperty().bind(model.labelsNoteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        return pane(hint("A label from the repository index (DAF_BUTLER_REPOSITORY_INDEX or DAF_BUTLER_REPOSITORIES)."),
                labels, note);
    }

    private VBox postgresPane() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        ColumnConstraints wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), wide, new ColumnConstraints(), new ColumnConstraints(80));
        grid.addRow(0, new Label("Host"), field("connect-host", "db.example.org", model.hostProperty()),
                new Label("Port"), field("connect-port", "5432", model.portProperty()));
        grid.add(new Label("Database"), 0, 1);
        grid.add(field("connect-database", "butler", model.databaseProperty()), 1, 1, 3, 1);
        grid.add(new Label("Schema"), 0, 2);
        grid.add(field("connect-namespace", "the registry's namespace, e.g. rc2", model.namespaceProperty()), 1, 2, 3, 1);
        grid.add(new Label("User"), 0, 3);
        grid.add(field("connect-user", "from db-auth.yaml when empty", model.userProperty()), 1, 3, 3, 1);
        PasswordField password = new PasswordField();
        password.setId("connect-password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        password.promptTextProperty().bind(Bindings.when(model.passwordFromDbAuthProperty())
                .then("from db-auth.yaml").otherwise(""));
        grid.add(new Label("Password"), 0, 4);
        grid.add(password, 1, 4, 3, 1);
        Label note = hint("");
        note.setId("connect-password-note");
        note.textProperty().bind(model.passwordNoteProperty());
        // two lines kept free: the tab pane takes its height before it knows where lines wrap
        note.setMinHeight(3 * Font.getDefault().getSize());
        return pane(grid, note);
    }

    private VBox tapPane() {
        TapFields tap = model.tap();
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        ColumnConstraints wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), wide);
        grid.addRow(0, new Label("URL"), field("connect-tap-url", "https://data.lsst.cloud/api/tap", tap.urlProperty()));

        ToggleGroup schemes = new ToggleGroup();
        HBox schemeRow = new HBox(12,
                choice(schemes, "None", "connect-tap-auth-none", TapAuth.Scheme.NONE),
                choice(schemes, "Bearer token", "connect-tap-auth-bearer", TapAuth.Scheme.BEARER),
                choice(schemes, "HTTP Basic (token as password)", "connect-tap-auth-basic", TapAuth.Scheme.BASIC));
        follow(schemes, tap.schemeProperty());
        grid.addRow(1, new Label("Token"), schemeRow);

        ToggleGroup sources = new ToggleGroup();
        TextField variable = field("connect-tap-token-variable", TapAuth.DEFAULT_TOKEN_VARIABLE, tap.tokenVariableProperty());
        variable.setPrefColumnCount(12);
        TextField file = field("connect-tap-token-file", "~/.rsp-token", tap.tokenFileProperty());
        HBox.setHgrow(file, Priority.ALWAYS);
        Button chooseFile = new Button("File…");
        chooseFile.setId("connect-tap-choose-token-file");
        chooseFile.setOnAction(e -> chooseTokenFile());
        PasswordField typed = new PasswordField();
        typed.setId("connect-tap-token");
        typed.textProperty().bindBidirectional(tap.typedTokenProperty());
        HBox.setHgrow(typed, Priority.ALWAYS);
        VBox sourceRows = new VBox(6,
                row(choice(sources, "Environment variable", "connect-tap-from-variable", TokenFrom.VARIABLE), variable),
                row(choice(sources, "File", "connect-tap-from-file", TokenFrom.FILE), file, chooseFile),
                row(choice(sources, "Typed", "connect-tap-from-typed", TokenFrom.TYPED), typed));
        follow(sources, tap.tokenFromProperty());
        sourceRows.disableProperty().bind(tap.schemeProperty().isEqualTo(TapAuth.Scheme.NONE));
        grid.addRow(2, new Label("From"), sourceRows);

        Label note = hint("");
        note.setId("connect-tap-token-note");
        note.textProperty().bind(tap.tokenNoteProperty());
        note.setMinHeight(3 * Font.getDefault().getSize());
        return pane(grid, note);
    }

    private static HBox row(Node... nodes) {
        HBox row = new HBox(8, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static RadioButton choice(ToggleGroup group, String text, String id, Object value) {
        RadioButton b = new RadioButton(text);
        b.setId(id);
        b.setUserData(value);
        b.setToggleGroup(group);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    /** Keeps the group's selected button and the property in step, both ways. */
    private static <T> void follow(ToggleGroup group, ObjectProperty<T> value) {
        Runnable select = () -> group.getToggles().stream().filter(t -> t.getUserData() == value.get()).findFirst()
                .ifPresent(group::selectToggle);
        select.run();
        value.addListener((obs, was, now) -> select.run());
        group.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now != null) {
                @SuppressWarnings("unchecked")
                T chosen = (T) now.getUserData();
                value.set(chosen);
            }
        });
    }

    private void chooseTokenFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose the file that holds the TAP token");
        File chosen = chooser.showOpenDialog(getScene().getWindow());
        if (chosen != null) {
            model.tap().tokenFileProperty().set(chosen.getAbsolutePath());
        }
    }

    private static TextField field(String id, String prompt, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private HBox statusRow() {
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(model.testingProperty());
        busy.managedProperty().bind(model.testingProperty());
        Label status = new Label();
        status.setId("connect-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        status.styleProperty().bind(Bindings.createStringBinding(() -> switch (model.getStatusKind()) {
            case OK -> "-fx-text-fill: #1b7a2f;";
            case ERROR -> "-fx-text-fill: #b3261e;";
            default -> HINT_STYLE;
        }, model.statusKindProperty()));
        HBox row = new HBox(8, busy, status);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setMinHeight(36);
        return row;
    }

    private static VBox pane(Node... children) {
        VBox box = new VBox(10, children);
        box.setPadding(new Insets(12, 4, 4, 4));
        return box;
    }

    private static Label hint(String text) {
        Label hint = new Label(text);
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE); // room for every wrapped line, not an ellipsis
        hint.setStyle(HINT_STYLE);
        return hint;
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose an SQLite registry or a butler.yaml");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Registries and Butler configs", "*.sqlite3", "*.sqlite", "*.db",
                        "*.yaml", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        startIn(chooser::setInitialDirectory);
        File chosen = chooser.showOpenDialog(getScene().getWindow());
        if (chosen != null) {
            model.choosePath(chosen.toPath());
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Choose a Butler repository folder");
        startIn(chooser::setInitialDirectory);
        File chosen = chooser.showDialog(getScene().getWindow());
        if (chosen != null) {
            model.choosePath(chosen.toPath());
        }
    }

    /** Choosers open where the current path points, when it is a folder that exists. */
    private void startIn(Consumer<File> setDirectory) {
        String current = model.pathProperty().get();
        if (current == null || current.isBlank()) {
            return;
        }
        File f = new File(current.strip());
        File dir = f.isDirectory() ? f : f.getParentFile();
        if (dir != null && dir.isDirectory()) {
            setDirectory.accept(dir);
        }
    }

    private static final class RecentCell extends ListCell<RecentConnection> {
        @Override
        protected void updateItem(RecentConnection item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.title());
        }
    }
}
