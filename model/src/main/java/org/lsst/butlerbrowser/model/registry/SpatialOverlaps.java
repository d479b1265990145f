package org.lsst.butlerbrowser.model.registry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.lsst.butlerbrowser.model.db.KeyRows;
import org.lsst.butlerbrowser.model.db.Dialect;
import org.lsst.butlerbrowser.model.db.RegistryDatabase;
import org.lsst.butlerbrowser.model.region.CircleOverlap;
import org.lsst.butlerbrowser.model.region.HtmPixelization;
import org.lsst.butlerbrowser.model.region.Region;
import org.lsst.butlerbrowser.model.region.RegionCodec;
import org.lsst.butlerbrowser.model.region.RegionOverlap;
import org.lsst.butlerbrowser.model.region.UnitVector3d;
import org.lsst.butlerbrowser.model.universe.DimensionElement;
import org.lsst.butlerbrowser.model.universe.DimensionUniverse;

/**
 * Finds the records of a spatial element whose region overlaps a point or circle, and the pairs of
 * records of two elements whose regions overlap, as daf_butler does: the registry's materialized
 * overlaps with the common skypix (htm7) narrow the candidates, and the exact spherical test on each
 * decoded region decides.
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
                        out.add(Arrays.asList(row).subList(0, keys.size()));
                    }
                }
            });
        }
        return out;
    }

    /**
     * The pairs of records of {@code a} and {@code b} whose regions overlap, each row {@code a}'s
     * required values then {@code b}'s, among the records {@code narrowing} allows: it gets the scope
     * of the pre-query ({@code a} and {@code b} tables joined) and answers with the conditions of the
     * user's expression that it can evaluate there. Candidates are pairs sharing a common-skypix
     * pixel; each distinct pair's regions are decoded once and tested exactly.
     */
    KeyRows overlappingPairs(DimensionElement a, DimensionElement b, Function<DimensionJoins, SqlCondition> narrowing) {
        Dialect d = database.dialect();
        DimensionJoins scope = new DimensionJoins(universe, d);
        scope.table(a.name(), "a");
        scope.table(b.name(), "b");
        List<Object> params = new ArrayList<>();
        StringBuilder from = new StringBuilder(d.quote(a.name())).append(" a");
        HtmPixelization htm = commonHtm();
        String overlapA = a.name() + "_skypix_overlap";
        String overlapB = b.name() + "_skypix_overlap";
        if (htm != null && tables.contains(overlapA) && tables.contains(overlapB)) {
            from.append(" JOIN ").append(d.quote(overlapA)).append(" oa ON oa.skypix_system = ? AND oa.skypix_level = ?");
            params.add("htm");
            params.add(htm.level());
            keyEquality(from, "oa", "a", a, d);
            from.append(" JOIN ").append(d.quote(overlapB)).append(" ob ON ob.skypix_system = oa.skypix_system")
                    .append(" AND ob.skypix_level = oa.skypix_level AND ob.skypix_index = oa.skypix_index")
                    .append(" JOIN ").append(d.quote(b.name())).append(" b ON 1 = 1");
            keyEquality(from, "ob", "b", b, d);
        } else {
            from.append(" JOIN ").append(d.quote(b.name())).append(" b ON 1 = 1");
        }
        SqlCondition where = narrowing.apply(scope);
        List<String> select = new ArrayList<>();
        a.required().forEach(k -> select.add("a." + d.quote(a.columnFor(k))));
        b.required().forEach(k -> select.add("b." + d.quote(b.columnFor(k))));
        String sql = "SELECT " + String.join(", ", select) + ", a.region, b.region FROM " + from + scope.joinsSql()
                + (where.sql() == null ? "" : " WHERE " + where.sql());
        params.addAll(where.parameters());
        int na = a.required().size();
        int width = na + b.required().size();
        SqlQuery<Object[]> query = new SqlQuery<>(sql, params, rs -> {
            Object[] row = new Object[width + 2];
            for (int i = 0; i < width; i++) {
                row[i] = DimensionValues.read(rs, i + 1, universe, i < na ? a.required().get(i) : b.required().get(i - na));
            }
            row[width] = rs.getString(width + 1);
            row[width + 1] = rs.getString(width + 2);
            return row;
        });
        // A pair shares several pixels as a rule, and a record pairs with several others.
        Map<List<Object>, Region> regions = new HashMap<>();
        Set<List<Object>> seen = new HashSet<>();
        List<List<Object>> overlapping = new ArrayList<>();
        try (ResultCursor<Object[]> rows = new ResultCursor<>(database, List.of(query), 0)) {
            rows.forEachRemaining(row -> {
                List<Object> pair = Arrays.asList(row).subList(0, width);
                if (row[width] == null || row[width + 1] == null || !seen.add(pair)) {
                    return;
                }
                Region ra = regions.computeIfAbsent(List.of("a", pair.subList(0, na)), k -> RegionCodec.decodeBase64((String) row[width]));
                Region rb = regions.computeIfAbsent(List.of("b", pair.subList(na, width)), k -> RegionCodec.decodeBase64((String) row[width + 1]));
                if (RegionOverlap.overlaps(ra, rb)) {
                    overlapping.add(pair);
                }
            });
        }
        return new KeyRows(width, overlapping);
    }

    /** Appends " AND overlap.key = element.column" for each of the element's required dimensions. */
    private static void keyEquality(StringBuilder sql, String overlap, String alias, DimensionElement e, Dialect d) {
        for (String k : e.required()) {
            sql.append(" AND ").append(overlap).append('.').append(d.quote(k)).append(" = ").append(alias).append('.')
                    .append(d.quote(e.columnFor(k)));
        }
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
