package org.lsst.butlerbrowser.views.chart;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A bar per category (e.g. per band) with the selected rows' share in the highlight colour at the
 * bottom of each bar. Clicking a bar picks its category; dragging across bars picks every category
 * whose bar's middle the drag spans.
 */
public final class CategoryCountChart extends SelectionChart {

    /** Told of a pick: the indices of the categories picked (none for a click beside every bar). */
    @FunctionalInterface
    public interface CategoryHandler {
        void picked(int[] categories, boolean add);
    }

    private static final String SELECTED_ROWS = "selected";
    private static final String OTHER_ROWS = "other rows";

    private final CategoryPlot plot;
    private int size;
    private CategoryHandler onPicked = (categories, add) -> { };

    public CategoryCountChart() {
        super(new JFreeChart("", SelectionChart.TITLE_FONT, new CategoryPlot(), false), false);
        plot = (CategoryPlot) chart().getPlot();
        CategoryAxis names = new CategoryAxis();
        names.setLabelFont(AXIS_FONT);
        names.setTickLabelFont(TICK_FONT);
        names.setCategoryMargin(0.25);
        plot.setDomainAxis(names);
        plot.setRangeAxis(countAxis());
        StackedBarRenderer bars = new StackedBarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setMaximumBarWidth(0.12);
        bars.setSeriesPaint(0, SELECTED);
        bars.setSeriesPaint(1, BASE);
        plot.setRenderer(bars);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(GRID_STROKE);
        getStyleClass().add("category-count-chart");
    }

    /** Draws a bar per category, its selected part at the bottom. */
    public void show(CategoryCounts counts) {
        setTitle(counts.title());
        plot.getDomainAxis().setLabel(counts.axisLabel());
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < counts.names().size(); i++) {
            String name = counts.names().get(i);
            data.addValue(counts.selected()[i], SELECTED_ROWS, name);
            data.addValue(counts.counts()[i] - counts.selected()[i], OTHER_ROWS, name);
        }
        size = counts.names().size();
        plot.setDataset(data);
        showMessage(null);
    }

    public void setOnCategoriesPicked(CategoryHandler handler) {
        onPicked = handler == null ? (categories, add) -> { } : handler;
    }

    @Override
    protected void picked(double x0, double y0, double x1, double y1, boolean add) {
        Rectangle2D area = dataArea();
        CategoryAxis axis = plot.getDomainAxis();
        List<Integer> hit = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            double start = axis.getCategoryStart(i, size, area, plot.getDomainAxisEdge());
            double end = axis.getCategoryEnd(i, size, area, plot.getDomainAxisEdge());
            double middle = (start + end) / 2;
            boolean click = x0 == x1;
            if (click ? x0 >= start && x0 <= end : middle >= x0 && middle <= x1) {
                hit.add(i);
            }
        }
        onPicked.picked(hit.stream().mapToInt(Integer::intValue).toArray(), add);
    }
}
