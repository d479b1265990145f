package org.lsst.butlerbrowser.views;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.TextFieldSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import org.lsst.butlerbrowser.model.query.Vocabulary;

/**
 * A one-line field for a query expression that shows where a rejected expression went wrong: the
 * offending characters are underlined in red and the message appears below the field. The owner
 * sets {@link #errorProperty()} and the range; an empty error hides both. With a vocabulary, the
 * dimensions and fields that complete the word being typed are offered in a menu.
 */
public final class ExpressionField extends VBox {

    private static final String INVALID = "-fx-border-color: #c62828; -fx-border-width: 1; -fx-border-radius: 3;";

    private final TextField field = new TextField();
    private final Pane marks = new Pane();
    private final Label message = new Label();
    private final StringProperty error = new SimpleStringProperty(this, "error");
    private final IntegerProperty errorStart = new SimpleIntegerProperty(this, "errorStart");
    private final IntegerProperty errorEnd = new SimpleIntegerProperty(this, "errorEnd");
    private final ObjectProperty<Vocabulary> vocabulary = new SimpleObjectProperty<>(this, "vocabulary");
    private final ContextMenu suggestions = new ContextMenu();

    public ExpressionField() {
        super(2);
        marks.setMouseTransparent(true);
        StackPane stack = new StackPane(field, marks);
        message.setWrapText(true);
        message.setStyle("-fx-text-fill: #c62828; -fx-font-size: 0.92em;");
        getChildren().addAll(stack, message);
        error.addListener(o -> showError());
        errorStart.addListener(o -> showError());
        errorEnd.addListener(o -> showError());
        // the field scrolls its text and re-lays it out when resized: follow it
        field.layoutBoundsProperty().addListener(o -> underline());
        field.textProperty().addListener(o -> underline());
        field.caretPositionProperty().addListener(o -> underline());
        field.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            if (!e.getCharacter().isEmpty() && (Character.isLetterOrDigit(e.getCharacter().charAt(0))
                    || "._".contains(e.getCharacter()))) {
                Platform.runLater(this::suggest); // after the typed character is in the text
            } else {
                suggestions.hide(); // the word is over; Enter must reach the field again
            }
        });
        field.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE && e.isShortcutDown()) {
                suggest();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                suggestions.hide();
            }
        });
        showError();
    }

    /** The words to complete from; null turns completion off. */
    public ObjectProperty<Vocabulary> vocabularyProperty() {
        return vocabulary;
    }

    /** The completion menu, for tests. */
    public ContextMenu suggestions() {
        return suggestions;
    }

    /** Offers the words that complete the one at the caret (also on Ctrl+Space). */
    private void suggest() {
        Vocabulary words = vocabulary.get();
        String text = field.getText() == null ? "" : field.getText();
        int caret = field.getCaretPosition();
        List<String> choices = words == null ? List.of() : words.complete(text, caret, 12);
        if (choices.isEmpty()) {
            suggestions.hide();
            return;
        }
        suggestions.getItems().setAll(choices.stream().map(word -> {
            MenuItem item = new MenuItem(word);
            item.setOnAction(e -> insert(word));
            return item;
        }).toList());
        if (!suggestions.isShowing() && field.getScene() != null && field.getScene().getWindow() != null) {
            suggestions.show(field, Side.BOTTOM, 0, 0);
        }
    }

    private void insert(String word) {
        String text = field.getText();
        int caret = field.getCaretPosition();
        int start = Vocabulary.wordStart(text, caret);
        field.setText(text.substring(0, start) + word + text.substring(caret));
        field.positionCaret(start + word.length());
    }

    public TextField field() {
        return field;
    }

    public StringProperty textProperty() {
        return field.textProperty();
    }

    public StringProperty promptTextProperty() {
        return field.promptTextProperty();
    }

    public void setOnAction(EventHandler<ActionEvent> action) {
        field.setOnAction(action);
    }

    /** The message to show, or null when the expression is fine. */
    public StringProperty errorProperty() {
        return error;
    }

    /** The first offending character (0-based). */
    public IntegerProperty errorStartProperty() {
        return errorStart;
    }

    /** One past the last offending character. */
    public IntegerProperty errorEndProperty() {
        return errorEnd;
    }

    /** The message line, for tests. */
    public Label message() {
        return message;
    }

    /** The red underline segments, for tests: empty when there is no error. */
    public Pane marks() {
        return marks;
    }

    private void showError() {
        boolean bad = error.get() != null && !error.get().isBlank();
        message.setText(bad ? error.get() : "");
        message.setVisible(bad);
        message.setManaged(bad);
        field.setStyle(bad ? INVALID : "");
        underline();
    }

    private void underline() {
        marks.getChildren().clear();
        String text = field.getText();
        if (error.get() == null || text == null || !(field.getSkin() instanceof TextFieldSkin skin)) {
            return;
        }
        int start = Math.max(0, Math.min(errorStart.get(), text.length()));
        int end = Math.max(start, Math.min(errorEnd.get(), text.length()));
        if (end == start) {
            // nothing to underline (e.g. the expression ended early): mark the place after the text
            end = Math.min(text.length(), start + 1);
            start = Math.max(0, end - 1);
        }
        if (text.isEmpty()) {
            return;
        }
        Rectangle2D first = skin.getCharacterBounds(start);
        Rectangle2D last = skin.getCharacterBounds(end - 1);
        double y = field.getHeight() - 4;
        double x0 = Math.max(2, first.getMinX());
        double x1 = Math.min(field.getWidth() - 2, last.getMaxX());
        if (x1 > x0) {
            Line line = new Line(x0, y, x1, y);
            line.setStroke(Color.web("#c62828"));
            line.setStrokeWidth(2);
            marks.getChildren().add(line);
        }
    }
}
