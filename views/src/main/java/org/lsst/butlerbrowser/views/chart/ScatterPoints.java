package org.lsst.butlerbrowser.views.chart;

/**
 * The points {@link ScatterChart} draws, split into those of rows that are not selected and those
 * that are (drawn on top): x values in {@code xy[0]}, y values in {@code xy[1]}.
 *
 * @param note a line under the title (e.g. that only a sample of the rows is drawn), or null
 */
public record ScatterPoints(String title, String xLabel, String yLabel, double[][] others, double[][] selected,
                            String note) {

    public ScatterPoints {
        if (others.length != 2 || selected.length != 2 || others[0].length != others[1].length
                || selected[0].length != selected[1].length) {
            throw new IllegalArgumentException("points are given as {x values, y values} of equal length");
        }
    }
}
