package org.lsst.butlerbrowser.views.adql;

import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * An ADQL editor: a monospace {@link TextArea} with its keywords, functions, strings, numbers and
 * comments coloured. The text area does all the editing (caret, selection, undo, scrolling); a
 * copy of its text in colour lies over it, mouse-transparent, moved with its scroll position and
 * clipped to its viewport. The copy uses the same font, so each coloured glyph covers the area's own.
 */
public final class AdqlEditor extends StackPane {

    private static final Font FONT = Font.font("Monospaced", 13);
    /** Bold from the same family: its glyphs are as wide, so columns stay aligned. */
    private static final Font BOLD = Font.font("Monospaced", FontWeight.BOLD, 13);

    private final TextArea area = new TextArea();
    private final TextFlow colours = new TextFlow();
    // a Group sizes the flow to its text, so long lines never wrap as the area's do not
    private final Group holder = new Group(colours);
    private final Pane layer = new Pane(holder);
    private final Rectangle clip = new Rectangle();
    private boolean placing;

    public AdqlEditor() {
        getStyleClass().add("adql-editor");
        area.setId("adql-text");
        area.setFont(FONT);
        area.setWrapText(false);
        area.setStyle("-fx-text-fill: #1f1f1f;");
        holder.setManaged(false);
        layer.setMouseTransparent(true);
        layer.setClip(clip);
        getChildren().addAll(area, layer);
        area.textProperty().addListener(o -> recolour());
        area.scrollTopProperty().addListener(o -> place());
        area.scrollLeftProperty().addListener(o -> place());
        // the text area's viewport moves with every layout (resizing, scroll bars coming and going)
        area.needsLayoutProperty().addListener((obs, was, now) -> {
            if (!now) {
                place();
            }
        });
        recolour();
    }

    /** The query text. */
    public StringProperty textProperty() {
        return area.textProperty();
    }

    /** The text area itself, for focus, the caret and keys. */
    public TextArea area() {
        return area;
    }

    private void recolour() {
        String text = area.getText() == null ? "" : area.getText();
        List<AdqlHighlighter.Span> spans = AdqlHighlighter.spans(text);
        colours.getChildren().setAll(spans.stream().map(s -> piece(text.substring(s.start(), s.end()), s.kind())).toList());
        place();
    }

    private static Node piece(String text, AdqlHighlighter.Kind kind) {
        Text t = new Text(text);
        t.setFont(FONT);
        switch (kind) {
            case KEYWORD -> {
                t.setFill(Color.web("#0b3fa8"));
                t.setFont(BOLD);
            }
            case FUNCTION -> t.setFill(Color.web("#7a1fa2"));
            case STRING -> t.setFill(Color.web("#1b7a2f"));
            case NUMBER -> t.setFill(Color.web("#b35c00"));
            case COMMENT -> t.setFill(Color.web("#808080"));
            default -> t.setFill(Color.web("#1f1f1f"));
        }
        return t;
    }

    /** Puts the coloured copy where the text area draws its text, and clips it to the viewport. */
    private void place() {
        if (placing) {
            return;
        }
        Node content = area.lookup(".content");
        Node viewport = area.lookup(".viewport");
        if (!(content instanceof Region region) || viewport == null) {
            return; // no skin yet: the first layout pass calls again
        }
        placing = true;
        try {
            Insets padding = region.getPadding();
            Point2D origin = layer.sceneToLocal(content.localToScene(padding.getLeft(), padding.getTop()));
            holder.relocate(origin.getX(), origin.getY());
            Bounds view = layer.sceneToLocal(viewport.localToScene(viewport.getLayoutBounds()));
            clip.setX(view.getMinX());
            clip.setY(view.getMinY());
            clip.setWidth(view.getWidth());
            clip.setHeight(view.getHeight());
        } finally {
            placing = false;
        }
    }
}
