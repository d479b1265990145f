package org.lsst.butlerbrowser.model.tap;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lsst.butlerbrowser.model.obscore.ObsCoreRow;
import org.lsst.butlerbrowser.model.region.FootprintParsers;
import org.lsst.butlerbrowser.model.region.FootprintParsers.FootprintParser;
import org.lsst.butlerbrowser.model.region.Region;
import org.lsst.butlerbrowser.model.table.ResultTable;

/**
 * A TAP result read as ObsCore: each row as an {@link ObsCoreRow} under the standard column names
 * (found by utype or name, see {@link ObsCoreColumns}), and each footprint parsed by the parser that
 * the s_region column's metadata calls for.
 */
public final class ObsCoreResult {

    private final ResultTable table;
    private final String[] rowNames;
    private final int regionColumn;
    private final FootprintParser footprintParser;

    ObsCoreResult(ResultTable table, List<TapColumn> columns) {
        this.table = table;
        this.rowNames = ObsCoreColumns.rowNames(columns);
        this.regionColumn = Arrays.asList(rowNames).indexOf("s_region");
        this.footprintParser = regionColumn < 0 ? null : columns.get(regionColumn).footprintParser()
                .orElse(new FootprintParser(FootprintParsers.Form.BY_CONTENT, "ObsCore utype of s_region"));
    }

    public int rowCount() {
        return table.rowCount();
    }

    public ObsCoreRow row(int index) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int c = 0; c < rowNames.length; c++) {
            values.put(rowNames[c], table.value(index, c));
        }
        return new ObsCoreRow(values);
    }

    /** Whether the result has an s_region column. */
    public boolean hasFootprints() {
        return regionColumn >= 0;
    }

    /** How s_region is read, and why; null without an s_region column. */
    public FootprintParser footprintParser() {
        return footprintParser;
    }

    /** The row's footprint; null when the row has none or the result has no s_region column. */
    public Region footprint(int index) {
        return regionColumn < 0 ? null : footprintParser.parse(table.value(index, regionColumn));
    }
}
