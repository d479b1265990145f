package org.lsst.butlerbrowser.model.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.lsst.butlerbrowser.model.db.Dialect;
import org.lsst.butlerbrowser.model.db.RegistryDatabase;
import org.lsst.butlerbrowser.model.region.CircleOverlap;
import org.lsst.butlerbrowser.model.region.HtmPixelization;
import org.lsst.butlerbrowser.model.region.Region;
import org.lsst.butlerbrowser.model.region.RegionCodec;
import org.lsst.butlerbrowser.model.region.UnitVector3d;
import org.lsst.butlerbrowser.model.universe.DimensionElement;
import org.lsst.butlerbrowser.model.universe.DimensionUniverse;

/**
 * Finds the records of a spatial element whose region overlaps a point or circle, as daf_butler
 * does: the registry's materialized overlaps with the common skypix (htm7) narrow the candidates,
 * and the exact spherical test on each decoded region decides.
 */
final class SpatialOverlaps {

    /** Beyond this many trixels the overlap table stops being a narrower path than the regions. */
    private static final int MAX_TRIXELS = 5_000;

    private final RegistryDatabase database;
    private final DimensionUniverse universe;
    private final List<String> tables;

    SpatialOverlaps(RegistryDatabase database, DimensionUniverse universe, List<String> tables) {
        this.database = database;
        this.universe = universe;
        this.tables = tables;
    }

    /** The required-dimension values of each record of {@code element} overlapping the probe. */
    List<List<Object>> overlapping(DimensionElement element, UnitVector3d center, double radiusRad) {
        Dialect d = database.dialect();
        List<String> keys = element.required();
        List<String> select = new ArrayList<>();
        for (String k : keys) {
            select.add("r." + d.quote(element.columnFor(k)));
        }
        StringBuilder sql = new StringBuilder("SELECT ").append(String.join(", ", select)).append(", r.region FROM ")
                .append(d.quote(element.name())).append(" r");
        List<Object> params = new ArrayList<>();
        String overlapTable = element.name() + "_skypix_overlap";
        HtmPixelization htm = commonHtm();
        if (htm != null && tables.contains(overlapTable)) {
            List<Long> trixels = radiusRad == 0 ? List.of(htm.index(center)) : htm.envelope(center, radiusRad);
            if (trixels.size() <= MAX_TRIXELS) {
                sql.append(" WHERE EXISTS (SELECT 1 FROM ").append(d.quote(overlapTable))
                        .append(" o WHERE o.skypix_system = ? AND o.skypix_level = ? AND o.skypix_index IN (")
                        .append(String.join(", ", Collections.nCopies(trixels.size(), "?"))).append(')');
                params.add("htm");
                params.add(htm.level());
                params.addAll(trixels);
                for (String k : keys) {
                    sql.append(" AND o.").append(d.quote(k)).append(" = r.").append(d.quote(element.columnFor(k)));
                }
                sql.append(')');
            }
        }
        List<List<Object>> out = new ArrayList<>();
        SqlQuery<Object[]> query = new SqlQuery<>(sql.toString(), params, rs -> {
            Object[] row = new Object[keys.size() + 1];
            for (int i = 0; i < keys.size(); i++) {
                row[i] = DimensionValues.read(rs, i + 1, universe, keys.get(i));
            }
            row[keys.size()] = rs.getString(keys.size() + 1);
            return row;
        });
        try (ResultCursor<Object[]> rows = new ResultCursor<>(database, List.of(query), 0)) {
            rows.forEachRemaining(row -> {
                String text = (String) row[keys.size()];
                if (text != null) {
                    Region region = RegionCodec.decodeBase64(text);
                    if (CircleOverlap.overlaps(region, center, radiusRad)) {
                        out.add(java.util.Arrays.asList(row).subList(0, keys.size()));
                    }
                }
            });
        }
        return out;
    }

    /** The common skypix as an HTM level (htm7), or null when the registry uses another system. */
    private HtmPixelization commonHtm() {
        String common = universe.commonSkypix();
        if (common == null || !common.startsWith("htm")) {
            return null;
        }
        try {
            return new HtmPixelization(Integer.parseInt(common.substring(3)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
