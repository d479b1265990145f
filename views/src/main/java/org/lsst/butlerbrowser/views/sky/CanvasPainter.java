package org.lsst.butlerbrowser.views.sky;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Paints for a JavaFX canvas (on the FX thread): shapes through the {@link RasterPainter}'s
 * rasterizer, so the canvas shows exactly the pixels a PNG export has; {@link #show} then puts the
 * picture on the canvas and draws the text over it with JavaFX's own fonts (text is only ever drawn
 * last, over labels' and legends' backgrounds, so drawing it after the picture keeps the order).
 */
final class CanvasPainter extends RasterPainter {

    private record Label(String text, double x, double y, double size, int argb, Align align) {
    }

    private final WritableImage image;
    private final List<Label> labels = new ArrayList<>();
    private final Text measure = new Text();

    /** A painter whose picture goes into {@code image} (reused from frame to frame). */
    CanvasPainter(WritableImage image, boolean antialias) {
        super((int) image.getWidth(), (int) image.getHeight(), new int[(int) image.getWidth() * (int) image.getHeight()],
                antialias);
        this.image = image;
    }

    static Color color(int argb) {
        return Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff, ((argb >>> 24) & 0xff) / 255.0);
    }

    /** Puts the painted picture and then the text on the canvas. */
    void show(GraphicsContext gc) {
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        gc.clearRect(0, 0, width, height);
        gc.drawImage(image, 0, 0);
        gc.setTextBaseline(VPos.CENTER);
        for (Label l : labels) {
            gc.setFont(Font.font(l.size()));
            gc.setFill(color(l.argb()));
            gc.setTextAlign(switch (l.align()) {
                case LEFT -> TextAlignment.LEFT;
                case CENTER -> TextAlignment.CENTER;
                case RIGHT -> TextAlignment.RIGHT;
            });
            gc.fillText(l.text(), l.x(), l.y());
        }
    }

    @Override
    public void text(String text, double x, double y, double size, int argb, Align align) {
        labels.add(new Label(text, x, y, size, argb, align));
    }

    @Override
    public double textWidth(String text, double size) {
        measure.setFont(Font.font(size));
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }
}
