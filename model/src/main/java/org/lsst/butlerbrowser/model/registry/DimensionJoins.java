package org.lsst.butlerbrowser.model.registry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lsst.butlerbrowser.model.db.Dialect;
import org.lsst.butlerbrowser.model.universe.DimensionElement;
import org.lsst.butlerbrowser.model.universe.DimensionUniverse;

/**
 * Resolves dimension values and element fields to SQL expressions for one query, adding LEFT JOINs
 * to dimension tables as they become needed: an implied dimension (visit → physical_filter → band)
 * through the table of the element that implies it, and {@code element.field} through that
 * element's table once all its required dimensions are known.
 *
 * <p>A {@linkplain #nested() nested} scope is the FROM of a correlated subquery: it sees everything
 * its parent query knows and brings in tables of its own, for dimensions a where-expression names
 * that the query's rows do not have (a tract for visit records).
 */
final class DimensionJoins {

    private final DimensionUniverse universe;
    private final Dialect dialect;
    private final DimensionJoins parent;
    private final String aliasPrefix;
    private final Map<String, String> dimensions = new LinkedHashMap<>();
    private final Map<String, String> tableAliases = new LinkedHashMap<>();
    private final List<String> joins = new ArrayList<>();
    private final Map<String, String> times = new LinkedHashMap<>();
    /** A nested scope's first table and the conditions that tie it to the others and to the parent. */
    private String root;
    private final List<String> rootConditions = new ArrayList<>();

    DimensionJoins(DimensionUniverse universe, Dialect dialect) {
        this(universe, dialect, null, "j");
    }

    private DimensionJoins(DimensionUniverse universe, Dialect dialect, DimensionJoins parent, String aliasPrefix) {
        this.universe = universe;
        this.dialect = dialect;
        this.parent = parent;
        this.aliasPrefix = aliasPrefix;
    }

    /** A scope for a correlated subquery of this query (see the class comment). */
    DimensionJoins nested() {
        return new DimensionJoins(universe, dialect, this, aliasPrefix + "x");
    }

    /** Whether a dimension's value can be had in this scope, without joining anything yet. */
    boolean canReach(String dimension) {
        return resolve(dimension, new HashSet<>(), false) != null;
    }

    /** The dimensions whose values are known so far (a nested scope's and its parent's). */
    Set<String> knownDimensions() {
        Set<String> known = new HashSet<>(dimensions.keySet());
        if (parent != null) {
            known.addAll(parent.knownDimensions());
        }
        return known;
    }

    /** A nested scope's FROM and WHERE: its tables, and what ties them to each other and the parent. */
    String subqueryFromWhere(String condition) {
        List<String> where = new ArrayList<>(rootConditions);
        where.add(condition);
        return root + String.join("", joins) + " WHERE " + String.join(" AND ", where);
    }

    private String newAlias(String element) {
        return aliasPrefix + (tableAliases.size() + 1) + "_" + element;
    }

    /** Declares that a dimension's value is available as this SQL expression. */
    void known(String dimension, String sql) {
        dimensions.putIfAbsent(dimension, sql);
    }

    /** Declares that an element's table is already in the query under this alias. */
    void table(String element, String alias) {
        tableAliases.put(element, alias);
        DimensionElement e = universe.element(element);
        for (String d : e.required()) {
            known(d, alias + "." + dialect.quote(e.columnFor(d)));
        }
        for (String d : e.implied()) {
            known(d, alias + "." + dialect.quote(d));
        }
    }

    /** Declares a bare identifier that stands for a TAI-nanosecond time, e.g. a dataset's ingest_date. */
    void time(String name, String sql) {
        times.put(name, sql);
    }

    /** The SQL of a declared time identifier, or null. */
    String time(String name) {
        return times.get(name);
    }

    DimensionUniverse universe() {
        return universe;
    }

    Dialect dialect() {
        return dialect;
    }

    /** The SQL for a dimension's value, joining tables as needed; null when it cannot be reached. */
    String dimension(String dimension) {
        return resolve(dimension, new HashSet<>(), true);
    }

    /** The alias of an element's table, joined on its required dimensions; null when unreachable. */
    String elementTable(String element) {
        return joinElement(universe.element(element), new HashSet<>(), true);
    }

    /**
     * Brings a dimension's table into a data-ID query: joined on the dimensions it requires (or
     * crossed with what is there when it requires none), so that its own key becomes known.
     */
    void addDimension(String dimension) {
        if (dimensions.containsKey(dimension)) {
            return;
        }
        DimensionElement e = universe.element(dimension);
        String alias = newAlias(e.name());
        List<String> on = new ArrayList<>();
        for (String d : e.requiredDependencies()) {
            String value = dimension(d);
            if (value == null) {
                throw new RegistryException("cannot relate " + dimension + " to the other dimensions of the query");
            }
            on.add(alias + "." + dialect.quote(d) + " = " + value);
        }
        if (parent != null && root == null) {
            root = dialect.quote(e.name()) + " " + alias;
            rootConditions.addAll(on);
        } else {
            joins.add(" JOIN " + dialect.quote(e.name()) + " " + alias + " ON " + (on.isEmpty() ? "1 = 1" : String.join(" AND ", on)));
        }
        table(e.name(), alias);
    }

    /** Requires a row of a join element (visit_definition...) for the dimensions already known. */
    void requireElement(DimensionElement e) {
        String alias = newAlias(e.name());
        List<String> on = new ArrayList<>();
        for (String d : e.required()) {
            on.add(alias + "." + dialect.quote(e.columnFor(d)) + " = " + dimension(d));
        }
        joins.add(" JOIN " + dialect.quote(e.name()) + " " + alias + " ON " + String.join(" AND ", on));
        table(e.name(), alias);
    }

    /** A column of a joined table. */
    String column(String alias, String column) {
        return alias + "." + dialect.quote(column);
    }

    String joinsSql() {
        return String.join("", joins);
    }

    private String resolve(String dimension, Set<String> visiting, boolean commit) {
        String sql = dimensions.get(dimension);
        if (sql == null && parent != null) {
            sql = parent.resolve(dimension, new HashSet<>(), commit);
        }
        if (sql != null || !visiting.add(dimension)) {
            return sql;
        }
        for (DimensionElement e : universe.elements()) {
            if (e.isDimension() && e.hasTable() && e.implied().contains(dimension)) {
                String alias = joinElement(e, visiting, commit);
                if (alias != null) {
                    String expr = alias + "." + dialect.quote(dimension);
                    if (commit) {
                        dimensions.put(dimension, expr);
                    }
                    return expr;
                }
            }
        }
        return null;
    }

    private String joinElement(DimensionElement e, Set<String> visiting, boolean commit) {
        String existing = tableAliases.get(e.name());
        if (existing != null) {
            return existing;
        }
        if (!e.hasTable()) {
            return null;
        }
        // the parent's query joins what it can reach on its own, so the subquery stays small
        if (parent != null && e.required().stream().allMatch(parent::canReach)) {
            return parent.joinElement(e, new HashSet<>(), commit);
        }
        List<String> on = new ArrayList<>();
        String alias = newAlias(e.name());
        for (String d : e.required()) {
            String value = resolve(d, visiting, commit);
            if (value == null) {
                return null;
            }
            on.add(alias + "." + dialect.quote(e.columnFor(d)) + " = " + value);
        }
        if (!commit) {
            return alias;
        }
        joins.add(" LEFT JOIN " + dialect.quote(e.name()) + " " + alias + " ON " + String.join(" AND ", on));
        table(e.name(), alias);
        return alias;
    }
}
