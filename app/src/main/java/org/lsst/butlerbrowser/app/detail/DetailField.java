package org.lsst.butlerbrowser.app.detail;

import org.lsst.butlerbrowser.model.region.Region;

/**
 * One line of the detail panel.
 *
 * @param region  the region to draw beside the text, or null
 * @param missing the value is NULL (shown dimmed)
 */
public record DetailField(String name, String value, Region region, boolean missing) {

    static DetailField of(String name, String value) {
        return new DetailField(name, value, null, false);
    }
}
