package org.lsst.butlerbrowser.views.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.interaction.MouseHandlerFX;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.TextTitle;
import org.lsst.butlerbrowser.views.sky.SkyPalette;

/**
 * A JFreeChart drawn on a JavaFX canvas (JFreeChart-FX's {@link ChartCanvas}) in which the user
 * selects rather than zooms: a click, or a drag across the plot (shown as a translucent band),
 * is handed to the subclass in canvas pixels, which turns it into data values for its owner. With
 * Shift or Ctrl/⌘ held the pick adds to the selection. Until there is something to draw, a sentence
 * says why not.
 */
public abstract class SelectionChart extends Region {

    /** The bars and points of rows that are not selected. */
    static final Color BASE = new Color(0x7f, 0x9c, 0xc0);
    /** Selected rows: the sky view's highlight colour, so a selection looks the same everywhere. */
    static final Color SELECTED = new Color(SkyPalette.HIGHLIGHT, true);
    static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    static final Font AXIS_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    static final BasicStroke GRID_STROKE = new BasicStroke(0.5f);
    static final Color GRID = new Color(0xdd, 0xdd, 0xdd);
    private static final double CLICK_PX = 3;

    private final ChartCanvas canvas;
    private final Rectangle brush = new Rectangle();
    private final Label message = new Label();
    private final boolean vertical;
    private double pressX;
    private double pressY;
    private boolean pressed;

    /**
     * @param vertical whether a drag selects a box (both axes) rather than a band across the plot
     */
    protected SelectionChart(JFreeChart chart, boolean vertical) {
        this.vertical = vertical;
        getStyleClass().add("selection-chart");
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new org.jfree.chart.ui.RectangleInsets(2, 2, 2, 6));
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(TITLE_FONT);
        }
        if (chart.getLegend() != null) {
            chart.removeLegend();
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        canvas = new ChartCanvas(chart);
        // JFreeChart-FX pans with Ctrl-drag and zooms with the wheel: here a drag selects instead.
        for (String handler : new String[] {"pan", "scroll"}) {
            MouseHandlerFX h = canvas.getMouseHandler(handler);
            if (h != null) {
                canvas.removeMouseHandler(h);
            }
        }
        canvas.setDomainZoomable(false);
        canvas.setRangeZoomable(false);
        brush.setManaged(false);
        brush.setMouseTransparent(true);
        brush.setVisible(false);
        javafx.scene.paint.Color highlight = javafx.scene.paint.Color.rgb(SELECTED.getRed(), SELECTED.getGreen(), SELECTED.getBlue());
        brush.setFill(highlight.deriveColor(0, 1, 1, 0.18));
        brush.setStroke(highlight);
        message.setWrapText(true);
        message.setAlignment(Pos.CENTER);
        message.setStyle("-fx-text-fill: #707070; -fx-background-color: white;");
        message.setMouseTransparent(true);
        getChildren().addAll(canvas, brush, message);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        setMinSize(120, 90);
        setPrefSize(320, 200);
        showMessage("Nothing to show yet.");
    }

    /** The vertical axis of a chart of counts: "rows", whole numbers only. */
    static NumberAxis countAxis() {
        NumberAxis counts = new NumberAxis("rows");
        counts.setLabelFont(AXIS_FONT);
        counts.setTickLabelFont(TICK_FONT);
        counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return counts;
    }

    /** The chart this control draws. */
    public JFreeChart chart() {
        return canvas.getChart();
    }

    /** Shows a sentence instead of the chart (why there is nothing to draw); null shows the chart. */
    public void showMessage(String text) {
        message.setText(text == null ? "" : text);
        message.setVisible(text != null);
    }

    /** The sentence shown instead of the chart, or null while the chart shows. */
    public String message() {
        return message.isVisible() ? message.getText() : null;
    }

    /** Sets the chart's title text. */
    protected void setTitle(String text) {
        TextTitle title = chart().getTitle();
        if (title != null) {
            title.setText(text);
        }
    }

    /** Where the plot's data were drawn in the last frame, in canvas pixels; null before the first. */
    protected Rectangle2D dataArea() {
        return canvas.getRenderingInfo() == null ? null : canvas.getRenderingInfo().getPlotInfo().getDataArea();
    }

    /**
     * The user picked: a click at (x0, y0) = (x1, y1), or a drag from (x0, y0) to (x1, y1), in canvas
     * pixels, with x0 ≤ x1 and y0 ≤ y1.
     */
    protected abstract void picked(double x0, double y0, double x1, double y1, boolean add);

    private void pressed(MouseEvent e) {
        pressed = e.getButton() == MouseButton.PRIMARY && dataArea() != null && !message.isVisible();
        pressX = e.getX();
        pressY = e.getY();
    }

    private void dragged(MouseEvent e) {
        if (!pressed) {
            return;
        }
        Rectangle2D area = dataArea();
        double x0 = Math.max(area.getMinX(), Math.min(pressX, e.getX()));
        double x1 = Math.min(area.getMaxX(), Math.max(pressX, e.getX()));
        double y0 = vertical ? Math.max(area.getMinY(), Math.min(pressY, e.getY())) : area.getMinY();
        double y1 = vertical ? Math.min(area.getMaxY(), Math.max(pressY, e.getY())) : area.getMaxY();
        brush.setX(canvas.getLayoutX() + x0);
        brush.setY(canvas.getLayoutY() + y0);
        brush.setWidth(Math.max(0, x1 - x0));
        brush.setHeight(Math.max(0, y1 - y0));
        brush.setVisible(true);
    }

    private void released(MouseEvent e) {
        if (!pressed) {
            return;
        }
        pressed = false;
        brush.setVisible(false);
        boolean add = e.isShiftDown() || e.isShortcutDown();
        if (Math.hypot(e.getX() - pressX, e.getY() - pressY) < CLICK_PX) {
            picked(pressX, pressY, pressX, pressY, add);
        } else {
            picked(Math.min(pressX, e.getX()), Math.min(pressY, e.getY()), Math.max(pressX, e.getX()),
                    Math.max(pressY, e.getY()), add);
        }
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        canvas.setWidth(w);
        canvas.setHeight(h);
        message.resizeRelocate(0, 0, w, h);
    }
}
