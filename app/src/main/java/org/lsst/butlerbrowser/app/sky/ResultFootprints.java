package org.lsst.butlerbrowser.app.sky;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.lsst.butlerbrowser.model.region.FootprintParsers.FootprintParser;
import org.lsst.butlerbrowser.model.region.Region;
import org.lsst.butlerbrowser.model.table.ColumnInfo;
import org.lsst.butlerbrowser.model.table.ResultTable;
import org.lsst.butlerbrowser.model.tap.ObsCoreResult;
import org.lsst.butlerbrowser.model.tap.TapResult;

/**
 * A TAP result (or a saved VOTable) as a footprint table. The footprints are an ObsCore result's
 * s_region (found by utype or name), or else the first column whose metadata says it holds sky
 * areas: both decided in the one place that reads columns as footprints,
 * {@link org.lsst.butlerbrowser.model.region.FootprintParsers}.
 */
public final class ResultFootprints {

    private static final List<String> KEY_COLUMNS = List.of("obs_id", "obs_publisher_did", "dataproduct_subtype",
            "lsst_band", "calib_level");

    private ResultFootprints() {
    }

    /**
     * @throws IllegalArgumentException when no column holds footprints
     */
    public static FootprintTable of(TapResult result, String title) {
        ResultTable table = result.table();
        List<String> names = table.columns().stream().map(ColumnInfo::name).toList();
        IntFunction<Region> footprint = footprints(result, title, names);
        List<Object[]> rows = new ArrayList<>(table.rowCount());
        List<Region> regions = new ArrayList<>(table.rowCount());
        for (int r = 0; r < table.rowCount(); r++) {
            Object[] row = new Object[names.size()];
            for (int c = 0; c < row.length; c++) {
                row[c] = table.value(r, c);
            }
            rows.add(row);
            regions.add(footprint.apply(r));
        }
        List<String> keys = names.stream().filter(n -> KEY_COLUMNS.contains(n.toLowerCase(Locale.ROOT))).toList();
        return new FootprintTable(title, names, rows, regions, keys);
    }

    private static IntFunction<Region> footprints(TapResult result, String title, List<String> names) {
        if (result.isObsCore()) {
            ObsCoreResult obscore = result.obsCore();
            if (obscore.hasFootprints()) {
                return obscore::footprint;
            }
        }
        for (int c = 0; c < result.columns().size(); c++) {
            FootprintParser parser = result.columns().get(c).footprintParser().orElse(null);
            if (parser != null) {
                int column = c;
                return r -> parser.parse(result.table().value(r, column));
            }
        }
        throw new IllegalArgumentException("no column of the " + title + " holds footprints (an s_region, or a column"
                + " with a region xtype or a pos.outline UCD); its columns are: " + String.join(", ", names));
    }
}
