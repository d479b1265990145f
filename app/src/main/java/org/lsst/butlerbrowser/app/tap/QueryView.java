package org.lsst.butlerbrowser.app.tap;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.lsst.butlerbrowser.model.tap.AdqlTemplate;
import org.lsst.butlerbrowser.views.adql.AdqlEditor;

/**
 * The ADQL editor with its toolbar: Run (Shortcut+Enter), Cancel, sync or async, MAXREC,
 * the ObsCore templates this service can run, the history, and a status line. It only binds to a
 * {@link QueryViewModel}.
 */
public final class QueryView extends BorderPane {

    private static final KeyCombination RUN = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final QueryViewModel model;
    private final AdqlEditor editor = new AdqlEditor();

    public QueryView(QueryViewModel model) {
        this.model = model;
        setId("tap-query");
        editor.setId("tap-adql");
        editor.textProperty().bindBidirectional(model.adqlProperty());
        editor.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (RUN.match(e)) {
                model.run();
                e.consume();
            }
        });
        setTop(toolbar());
        setCenter(editor);
        setBottom(statusLine());
    }

    /** Puts a name where the caret is (a double click in the schema tree). */
    public void insert(String name) {
        editor.area().replaceSelection(name);
        editor.area().requestFocus();
    }

    private ToolBar toolbar() {
        Button run = new Button("Run");
        run.setId("tap-run");
        run.setTooltip(new Tooltip("Run the query (Ctrl+Enter)"));
        run.setDefaultButton(false);
        run.setOnAction(e -> model.run());
        run.disableProperty().bind(model.runningProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("tap-cancel");
        cancel.setTooltip(new Tooltip("Stop the query (Escape); an async job is aborted and deleted"));
        cancel.setOnAction(e -> model.cancel());
        cancel.disableProperty().bind(model.runningProperty().not());
        CheckBox async = new CheckBox("Async");
        async.setId("tap-async");
        async.setTooltip(new Tooltip("Run as an asynchronous (UWS) job: for long queries; the job is listed under Jobs"));
        async.selectedProperty().bindBidirectional(model.asyncProperty());
        TextField maxrec = new TextField();
        maxrec.setId("tap-maxrec");
        maxrec.setPrefColumnCount(9);
        maxrec.setPromptText(model.maxrecPrompt());
        maxrec.textProperty().bindBidirectional(model.maxrecProperty());
        Label maxrecLabel = new Label("MAXREC");
        maxrecLabel.setLabelFor(maxrec);

        MenuButton templates = new MenuButton("Templates");
        templates.setId("tap-templates");
        templates.setOnShowing(e -> templates.getItems().setAll(templateItems()));
        templates.getItems().setAll(templateItems());
        MenuButton history = new MenuButton("History");
        history.setId("tap-history");
        history.setOnShowing(e -> history.getItems().setAll(historyItems()));
        history.disableProperty().bind(Bindings.isEmpty(model.history()));
        return new ToolBar(run, cancel, new Separator(), async, new Separator(), maxrecLabel, maxrec, new Separator(),
                templates, history);
    }

    private List<MenuItem> templateItems() {
        List<AdqlTemplate> list = model.templates();
        if (list.isEmpty()) {
            MenuItem none = new MenuItem("This service has no ObsCore table");
            none.setDisable(true);
            return List.of(none);
        }
        return list.stream().map(t -> {
            MenuItem item = new MenuItem(t.available() ? t.name() + " — " + t.description()
                    : t.name() + " — not here: " + t.unavailable());
            item.setMnemonicParsing(false);
            item.setDisable(!t.available());
            item.setOnAction(e -> model.apply(t));
            return item;
        }).toList();
    }

    private List<MenuItem> historyItems() {
        return model.history().stream().map(q -> {
            String oneLine = q.replaceAll("\\s+", " ");
            MenuItem item = new MenuItem(oneLine.length() > 110 ? oneLine.substring(0, 109) + "…" : oneLine);
            item.setMnemonicParsing(false);
            item.setOnAction(e -> model.adqlProperty().set(q));
            return item;
        }).toList();
    }

    private HBox statusLine() {
        Label status = new Label();
        status.setId("tap-status");
        status.textProperty().bind(model.statusProperty());
        status.styleProperty().bind(Bindings.when(model.problemProperty())
                .then("-fx-text-fill: #b3261e;").otherwise("-fx-text-fill: #505050;"));
        status.setMinWidth(0);
        Label keys = new Label("Ctrl+Enter runs · Escape cancels · Ctrl+F filters the tables");
        keys.setStyle("-fx-text-fill: #8a8a8a;");
        keys.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox line = new HBox(8, status, spacer, keys);
        line.setAlignment(Pos.CENTER_LEFT);
        line.setPadding(new Insets(3, 8, 3, 8));
        return line;
    }

    /** Escape anywhere in {@code area} (the TAP tab) cancels the running query. */
    public void cancelOnEscape(Node area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && model.runningProperty().get()) {
                model.cancel();
                e.consume();
            }
        });
    }

    /** The editor, for focus. */
    public AdqlEditor editor() {
        return editor;
    }
}
