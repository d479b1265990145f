package org.lsst.butlerbrowser.views.chart;

import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYDotRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * Rows as points of two numeric columns, the selected ones in the highlight colour on top. Dragging
 * a box picks the points inside it; a click picks nothing (an empty box), which clears.
 */
public final class ScatterChart extends SelectionChart {

    /** Told of a pick: the box's ranges of x and y values. */
    @FunctionalInterface
    public interface BoxHandler {
        void picked(double xFrom, double xTo, double yFrom, double yTo, boolean add);
    }

    private final XYPlot plot;
    private final TextTitle note = new TextTitle("");
    private BoxHandler onPicked = (x0, x1, y0, y1, add) -> { };

    public ScatterChart() {
        super(new JFreeChart("", SelectionChart.TITLE_FONT, new XYPlot(), false), true);
        plot = (XYPlot) chart().getPlot();
        for (int i = 0; i < 2; i++) {
            NumberAxis axis = new NumberAxis();
            axis.setAutoRangeIncludesZero(false);
            axis.setLabelFont(AXIS_FONT);
            axis.setTickLabelFont(TICK_FONT);
            if (i == 0) {
                plot.setDomainAxis(axis);
            } else {
                plot.setRangeAxis(axis);
            }
        }
        XYDotRenderer dots = new XYDotRenderer();
        dots.setDotWidth(3);
        dots.setDotHeight(3);
        dots.setSeriesPaint(0, BASE);
        dots.setSeriesPaint(1, SELECTED);
        plot.setRenderer(dots);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(GRID_STROKE);
        plot.setRangeGridlineStroke(GRID_STROKE);
        note.setFont(TICK_FONT);
        chart().addSubtitle(note);
        getStyleClass().add("scatter-chart");
    }

    public void show(ScatterPoints points) {
        setTitle(points.title());
        plot.getDomainAxis().setLabel(points.xLabel());
        plot.getRangeAxis().setLabel(points.yLabel());
        note.setText(points.note() == null ? "" : points.note());
        note.setVisible(points.note() != null);
        DefaultXYDataset data = new DefaultXYDataset();
        data.addSeries("rows", points.others());
        data.addSeries("selected", points.selected());
        plot.setDataset(data);
        minimumSpan((NumberAxis) plot.getDomainAxis(), 0, points);
        minimumSpan((NumberAxis) plot.getRangeAxis(), 1, points);
        showMessage(null);
    }

    /**
     * An axis spans at least a millionth of its largest value: when every row has the same value (the
     * detectors of one visit share its time) JFreeChart's default minimum span (1e-8) gives ticks
     * that all read alike ("5.674E4").
     */
    private static void minimumSpan(NumberAxis axis, int dimension, ScatterPoints points) {
        double largest = 0;
        for (double[][] series : new double[][][] {points.others(), points.selected()}) {
            for (double v : series[dimension]) {
                if (Double.isFinite(v)) {
                    largest = Math.max(largest, Math.abs(v));
                }
            }
        }
        axis.setAutoRangeMinimumSize(Math.max(1e-8, largest * 1e-6));
    }

    public void setOnBoxPicked(BoxHandler handler) {
        onPicked = handler == null ? (x0, x1, y0, y1, add) -> { } : handler;
    }

    @Override
    protected void picked(double x0, double y0, double x1, double y1, boolean add) {
        Rectangle2D area = dataArea();
        double xa = plot.getDomainAxis().java2DToValue(x0, area, plot.getDomainAxisEdge());
        double xb = plot.getDomainAxis().java2DToValue(x1, area, plot.getDomainAxisEdge());
        double ya = plot.getRangeAxis().java2DToValue(y0, area, plot.getRangeAxisEdge());
        double yb = plot.getRangeAxis().java2DToValue(y1, area, plot.getRangeAxisEdge());
        if (x0 == x1 && y0 == y1) {
            onPicked.picked(xa, xa, ya, ya, add); // a point: no row lies exactly there but by chance
            return;
        }
        onPicked.picked(Math.min(xa, xb), Math.max(xa, xb), Math.min(ya, yb), Math.max(ya, yb), add);
    }
}
