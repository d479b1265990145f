package org.lsst.butlerbrowser.model.registry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lsst.butlerbrowser.model.db.Dialect;
import org.lsst.butlerbrowser.model.universe.DimensionElement;
import org.lsst.butlerbrowser.model.universe.DimensionUniverse;

/**
 * Builds {@code butler query-data-ids}: the distinct data IDs of a set of dimensions, from the
 * dimension tables joined on the dimensions they share (with the always-join elements such as
 * visit_definition where both sides are present), optionally constrained to data IDs that
 * datasets of one type have in the given collections.
 */
final class DataIdsReader {

    private final DimensionUniverse universe;
    private final Dialect dialect;
    private final SpatialOverlaps spatial;

    DataIdsReader(DimensionUniverse universe, Dialect dialect, SpatialOverlaps spatial) {
        this.universe = universe;
        this.dialect = dialect;
        this.spatial = spatial;
    }

    /** The dimensions a data ID of these needs as keys: the closure less what its members imply. */
    List<String> required(List<String> dimensions) {
        List<String> all = universe.withImplied(dimensions);
        Set<String> implied = new HashSet<>();
        for (String d : all) {
            implied.addAll(universe.element(d).implied());
        }
        return all.stream().filter(d -> !implied.contains(d)).toList();
    }

    /**
     * @param type when not null, only data IDs that its datasets have in {@code searchPath} count
     */
    SqlQuery<DataId> select(List<String> dimensions, DatasetType type, List<Collection> searchPath, WhereClause where,
                            long limit) {
        List<String> required = required(dimensions);
        List<String> implied = universe.withImplied(dimensions).stream().filter(d -> !required.contains(d)).toList();
        DimensionJoins joins = new DimensionJoins(universe, dialect);
        StringBuilder from = new StringBuilder();
        List<Object> params = new ArrayList<>();
        String condition;
        if (type != null) {
            for (String d : required) {
                if (!type.dimensions().contains(d)) {
                    throw new RegistryException("datasets of type " + type.name() + " are not identified by " + d
                            + ", so they cannot select " + String.join(", ", dimensions) + " data IDs");
                }
            }
            from.append(dialect.quote(type.tagTable())).append(" t");
            type.required().forEach(d -> joins.known(d, "t." + dialect.quote(d)));
            StringBuilder ids = new StringBuilder();
            for (Collection c : searchPath) {
                ids.append(ids.length() == 0 ? "?" : ", ?");
                params.add(c.id());
            }
            params.add(0, type.id());
            condition = "t.dataset_type_id = ? AND t.collection_id IN (" + (ids.length() == 0 ? "NULL" : ids) + ")";
        } else {
            for (String d : required) {
                DimensionElement e = universe.element(d);
                if (!e.hasTable()) {
                    throw new RegistryException(d + " has no records of its own; give --datasets to list its data IDs");
                }
            }
            String first = required.get(0);
            from.append(dialect.quote(first)).append(" r");
            joins.table(first, "r");
            required.subList(1, required.size()).forEach(joins::addDimension);
            for (DimensionElement e : universe.elements()) {
                if (e.alwaysJoin() && required.containsAll(e.required())) {
                    joins.requireElement(e);
                }
            }
            condition = null;
        }
        WhereTranslator translator = new WhereTranslator(joins, where, String.join(", ", dimensions) + " data IDs", spatial);
        if (type != null) {
            translator.joinOperand(type.required());
        }
        String userCondition = translator.condition();
        List<String> columns = new ArrayList<>();
        for (String d : required) {
            columns.add(joins.dimension(d));
        }
        for (String d : implied) {
            columns.add(joins.dimension(d));
        }
        StringBuilder sql = new StringBuilder("SELECT DISTINCT ").append(String.join(", ", columns)).append(" FROM ")
                .append(from).append(joins.joinsSql());
        List<String> conditions = new ArrayList<>();
        if (condition != null) {
            conditions.add(condition);
        }
        if (userCondition != null) {
            conditions.add(userCondition);
            params.addAll(translator.parameters());
        }
        if (!conditions.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", conditions));
        }
        if (limit > 0) {
            sql.append(" LIMIT ").append(limit + 1);
        }
        List<String> names = new ArrayList<>(required);
        names.addAll(implied);
        List<String> types = names.stream().map(n -> DimensionValues.type(universe, n)).toList();
        DataId.Names dataIdNames = new DataId.Names(names);
        RepeatedValues repeated = new RepeatedValues();
        return new SqlQuery<>(sql.toString(), params, rs -> {
            Object[] values = new Object[names.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = DimensionValues.read(rs, i + 1, types.get(i), repeated);
            }
            return DataId.of(dataIdNames, values);
        });
    }
}
