package org.lsst.butlerbrowser.views.chart;

import java.util.List;

/**
 * Counts per category as {@link CategoryCountChart} draws them: how many rows have each value, and
 * how many of those are selected.
 *
 * @param names the categories, in the order drawn
 */
public record CategoryCounts(String title, String axisLabel, List<String> names, int[] counts, int[] selected) {

    public CategoryCounts {
        names = List.copyOf(names);
        if (counts.length != names.size() || selected.length != names.size()) {
            throw new IllegalArgumentException(names.size() + " categories but " + counts.length + " counts and "
                    + selected.length + " selected counts");
        }
    }
}
