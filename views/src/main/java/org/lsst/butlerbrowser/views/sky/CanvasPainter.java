package org.lsst.butlerbrowser.views.sky;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/** Paints on a JavaFX canvas (on the FX thread): what {@link SkyView} shows. */
final class CanvasPainter implements SkyPainter {

    private final GraphicsContext gc;
    private final double width;
    private final double height;
    private final Text measure = new Text();

    CanvasPainter(GraphicsContext gc, double width, double height) {
        this.gc = gc;
        this.width = width;
        this.height = height;
        gc.setFillRule(FillRule.NON_ZERO);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        gc.setTextBaseline(VPos.CENTER);
    }

    static Color color(int argb) {
        return Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff, ((argb >>> 24) & 0xff) / 255.0);
    }

    @Override
    public void clear(int argb) {
        gc.clearRect(0, 0, width, height);
        gc.setFill(color(argb));
        gc.fillRect(0, 0, width, height);
    }

    @Override
    public void beginPath() {
        gc.beginPath();
    }

    @Override
    public void moveTo(double x, double y) {
        gc.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        gc.lineTo(x, y);
    }

    @Override
    public void closePath() {
        gc.closePath();
    }

    @Override
    public void fillPath(int argb) {
        gc.setFill(color(argb));
        gc.fill();
    }

    @Override
    public void strokePath(int argb, double lineWidth) {
        gc.setStroke(color(argb));
        gc.setLineWidth(lineWidth);
        gc.stroke();
    }

    @Override
    public void fillRect(double x, double y, double w, double h, int argb) {
        gc.setFill(color(argb));
        gc.fillRect(x, y, w, h);
    }

    @Override
    public void text(String text, double x, double y, double size, int argb, Align align) {
        gc.setFont(Font.font(size));
        gc.setFill(color(argb));
        gc.setTextAlign(switch (align) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
        });
        gc.fillText(text, x, y);
    }

    @Override
    public double textWidth(String text, double size) {
        measure.setFont(Font.font(size));
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }
}
