package org.lsst.butlerbrowser.views.chart;

/**
 * A histogram as {@link HistogramChart} draws it: the bins' edges, how many rows fall in each bin,
 * and how many of those are selected.
 *
 * @param title     above the chart
 * @param axisLabel under the horizontal axis
 * @param time      whether the values are times (milliseconds since 1970, drawn as dates)
 * @param edges     bin i is [edges[i], edges[i + 1]); one more edge than bins
 */
public record Bins(String title, String axisLabel, boolean time, double[] edges, int[] counts, int[] selected) {

    public Bins {
        if (edges.length != counts.length + 1 || selected.length != counts.length) {
            throw new IllegalArgumentException(edges.length + " edges, " + counts.length + " counts and "
                    + selected.length + " selected counts do not make bins");
        }
    }

    public int size() {
        return counts.length;
    }
}
