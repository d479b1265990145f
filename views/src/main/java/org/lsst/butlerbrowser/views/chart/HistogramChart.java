package org.lsst.butlerbrowser.views.chart;

import java.awt.geom.Rectangle2D;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * A histogram whose bars show, in the highlight colour, how many of each bin's rows are selected.
 * Clicking a bar picks its bin; dragging across the plot picks a range of values.
 */
public final class HistogramChart extends SelectionChart {

    /** Told of a pick: a click gives the value under the pointer as both ends. */
    @FunctionalInterface
    public interface RangeHandler {
        void picked(double from, double to, boolean add);
    }

    private final XYPlot plot;
    private final NumberAxis numbers = new NumberAxis();
    private final DateAxis dates = new DateAxis();
    private RangeHandler onPicked = (from, to, add) -> { };

    public HistogramChart() {
        super(new JFreeChart("", SelectionChart.TITLE_FONT, new XYPlot(), false), false);
        plot = (XYPlot) chart().getPlot();
        dates.setTimeZone(TimeZone.getTimeZone("UTC"));
        for (ValueAxis axis : new ValueAxis[] {numbers, dates}) {
            axis.setLabelFont(AXIS_FONT);
            axis.setTickLabelFont(TICK_FONT);
        }
        plot.setRangeAxis(countAxis());
        plot.setDomainAxis(numbers);
        XYBarRenderer bars = new XYBarRenderer();
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setSeriesPaint(0, BASE);
        bars.setSeriesPaint(1, SELECTED);
        plot.setRenderer(bars);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD); // the selected share over its whole bar
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(GRID_STROKE);
        plot.setRangeGridlineStroke(GRID_STROKE);
        getStyleClass().add("histogram-chart");
    }

    /** Draws the bins; the selected part of each bar over the whole. */
    public void show(Bins bins) {
        setTitle(bins.title());
        ValueAxis axis = bins.time() ? dates : numbers;
        axis.setLabel(bins.axisLabel());
        if (plot.getDomainAxis() != axis) {
            plot.setDomainAxis(axis);
        }
        XYIntervalSeries all = new XYIntervalSeries("rows");
        XYIntervalSeries selected = new XYIntervalSeries("selected");
        double[] e = bins.edges();
        for (int i = 0; i < bins.size(); i++) {
            double mid = (e[i] + e[i + 1]) / 2;
            all.add(mid, e[i], e[i + 1], bins.counts()[i], 0, bins.counts()[i]);
            selected.add(mid, e[i], e[i + 1], bins.selected()[i], 0, bins.selected()[i]);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(all);
        data.addSeries(selected);
        plot.setDataset(data);
        showMessage(null);
    }

    public void setOnRangePicked(RangeHandler handler) {
        onPicked = handler == null ? (from, to, add) -> { } : handler;
    }

    @Override
    protected void picked(double x0, double y0, double x1, double y1, boolean add) {
        Rectangle2D area = dataArea();
        ValueAxis axis = plot.getDomainAxis();
        double from = axis.java2DToValue(x0, area, plot.getDomainAxisEdge());
        double to = axis.java2DToValue(x1, area, plot.getDomainAxisEdge());
        onPicked.picked(Math.min(from, to), Math.max(from, to), add);
    }
}
