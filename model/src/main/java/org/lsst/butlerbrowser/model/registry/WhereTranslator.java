package org.lsst.butlerbrowser.model.registry;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lsst.butlerbrowser.model.db.Dialect;
import org.lsst.butlerbrowser.model.db.KeyRows;
import org.lsst.butlerbrowser.model.query.Expr;
import org.lsst.butlerbrowser.model.query.ExpressionException;
import org.lsst.butlerbrowser.model.region.UnitVector3d;
import org.lsst.butlerbrowser.model.time.TimeLiteral;
import org.lsst.butlerbrowser.model.universe.DimensionElement;
import org.lsst.butlerbrowser.model.universe.DimensionUniverse;
import org.lsst.butlerbrowser.model.universe.UnknownNameException;

/**
 * Turns a parsed where-expression into an SQL condition over one query's dimension joins. Every
 * literal and bind value becomes a JDBC parameter; identifiers are checked against the universe and
 * only ever become column references the registry itself named. Operands are typed as daf_butler
 * types them: plain values, times (TAI nanoseconds), stored timespans, time ranges, regions and
 * POINT/CIRCLE probes; OVERLAPS and IN accept the combinations daf_butler accepts.
 *
 * <p>As in daf_butler, an expression may name dimensions the query's rows lack (a tract for visit
 * records): the condition then asks that such records exist, and where the query spans two spatial
 * families (observations and skymaps) without an explicit {@code a.region OVERLAPS b.region}, the
 * finest regions of each are joined automatically, as daf_butler's automatic spatial join does.
 */
final class WhereTranslator {

    private static final int MAX_DEPTH = 2_000;
    /** Brackets a value's number in the SQL being built; it cannot occur in registry identifiers. */
    private static final char MARK = '\u0000';

    private final DimensionUniverse universe;
    private final Dialect dialect;
    private final DimensionJoins joins;
    private final WhereClause where;
    private final SpatialOverlaps spatial;
    /** Values by marker number; markers become '?' in text order when the condition is done. */
    private final List<Object> values = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();
    private final String subject;
    /** Dimension sets whose own rows already relate their spatial families (a dataset type's). */
    private final List<List<String>> operands = new ArrayList<>();
    /** Explicit region joins in the expression, as pairs of element names. */
    private final List<List<String>> explicitJoins = new ArrayList<>();
    /** Where identifiers resolve: the query itself, or a subquery over dimensions it lacks. */
    private DimensionJoins scope;
    private int depth;
    /** How many OR or NOT operators enclose the node being translated. */
    private int underOrNot;

    /** A typed operand: what an expression stands for once translated. */
    private sealed interface Operand {
    }

    /** A number or a string, where it is known which: a column's declared type, a literal, a bind. */
    private record Scalar(String sql, Kind kind) implements Operand {
    }

    /**
     * What a plain value is, to refuse comparing a number with a string before the database sees
     * it: SQLite would quietly find nothing, PostgreSQL would fail with an error about operators.
     */
    private enum Kind {
        NUMBER, STRING, OTHER;

        static Kind ofValue(Object value) {
            return value instanceof Number ? NUMBER : value instanceof String ? STRING : OTHER;
        }

        /** daf_butler's column types: string, int, float, bool, hash, ... */
        static Kind ofColumnType(String type) {
            return switch (type) {
                case "int", "float" -> NUMBER;
                case "string" -> STRING;
                default -> OTHER;
            };
        }

        String noun() {
            return this == NUMBER ? "a number" : "a string";
        }
    }

    /** A TAI-nanosecond instant. */
    private record Time(String sql) implements Operand {
    }

    /** A stored timespan column of a joined element table. */
    private record Span(String alias, String column) implements Operand {
    }

    /** A [begin, end) pair of instants. */
    private record Range(String beginSql, String endSql) implements Operand {
    }

    /** The region of a spatial element. */
    private record RegionField(DimensionElement element) implements Operand {
    }

    /** POINT(ra, dec) (radius 0) or CIRCLE(ra, dec, r). */
    private record Probe(UnitVector3d center, double radiusRad) implements Operand {
    }

    /**
     * @param subject what is being queried, for messages ("datasets of type calexp")
     * @param spatial resolves region OVERLAPS; null where the registry cannot be asked
     */
    WhereTranslator(DimensionJoins joins, WhereClause where, String subject, SpatialOverlaps spatial) {
        this.universe = joins.universe();
        this.dialect = joins.dialect();
        this.joins = joins;
        this.where = where;
        this.subject = subject;
        this.spatial = spatial;
        this.scope = joins;
    }

    /** Declares dimensions that come together from one table of the query, e.g. a dataset type's. */
    WhereTranslator joinOperand(List<String> dimensions) {
        operands.add(dimensions);
        return this;
    }

    /**
     * The SQL condition, or null when there is none; {@link #parameters()} then match its '?'s. Even
     * without an expression there may be one: the automatic spatial join of a query that spans two
     * spatial families.
     */
    String condition() {
        List<String> free = where.isEmpty() ? List.of() : dimensionsToAdd(where.expr());
        scope = free.isEmpty() ? joins : joins.nested();
        free.forEach(scope::addDimension);
        List<String> parts = new ArrayList<>();
        if (!where.isEmpty()) {
            parts.add(bool(where.expr()));
        }
        if (spatial != null) {
            DimensionElement[] automatic = automaticSpatialJoin();
            if (automatic != null) {
                parts.add(spatialJoin(automatic[0], automatic[1], where.expr()));
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        String sql = String.join(" AND ", parts);
        if (scope != joins) {
            sql = "EXISTS (SELECT 1 FROM " + scope.subqueryFromWhere(sql) + ")";
        }
        return bindInTextOrder(sql);
    }

    /**
     * The parts of a where-expression joined by its top-level ANDs that can be evaluated in
     * {@code scope} alone: what narrows the candidates of a spatial join's pre-query.
     */
    static SqlCondition narrowing(DimensionJoins scope, WhereClause where) {
        if (where.isEmpty()) {
            return SqlCondition.NONE;
        }
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (Expr conjunct : conjuncts(where.expr(), new ArrayList<>())) {
            WhereTranslator part = new WhereTranslator(scope, where, "", null);
            try {
                parts.add(part.bindInTextOrder(part.bool(conjunct)));
                params.addAll(part.parameters);
            } catch (ExpressionException | RegistryException | UnknownNameException notHere) {
                // names something outside the two elements (or a region): it cannot narrow here
            }
        }
        return parts.isEmpty() ? SqlCondition.NONE : new SqlCondition(String.join(" AND ", parts), params);
    }

    /** The operands of the top-level ANDs, left to right (without recursion: chains can be long). */
    private static List<Expr> conjuncts(Expr e, List<Expr> out) {
        Deque<Expr> pending = new ArrayDeque<>();
        pending.push(e);
        while (!pending.isEmpty()) {
            Expr next = pending.pop();
            if (next instanceof Expr.Binary b && b.op().equals("AND")) {
                pending.push(b.right());
                pending.push(b.left());
            } else {
                out.add(next);
            }
        }
        return out;
    }

    /**
     * The dimensions the expression names (directly, or through an element's fields) that the query
     * cannot reach, with the unreachable dimensions they require, in universe order; only those with
     * tables of their own can be brought in (the rest keep their "cannot be used" message).
     */
    private List<String> dimensionsToAdd(Expr e) {
        Set<String> named = new LinkedHashSet<>();
        namedDimensions(e, named, 0);
        Set<String> add = new HashSet<>();
        List<String> pending = new ArrayList<>(named);
        while (!pending.isEmpty()) {
            String d = pending.remove(pending.size() - 1);
            DimensionElement element = universe.element(d);
            if (!add.contains(d) && element.hasTable() && !joins.canReach(d)) {
                add.add(d);
                pending.addAll(element.requiredDependencies());
            }
        }
        return universe.sorted(add);
    }

    private void namedDimensions(Expr e, Set<String> out, int level) {
        if (level > MAX_DEPTH) {
            return; // translating reports the nesting
        }
        int next = level + 1;
        if (e instanceof Expr.Identifier id) {
            if (id.element() == null) {
                if (universe.isDimension(id.name()) && !where.binds().containsKey(id.name())) {
                    out.add(id.name());
                }
            } else if (universe.has(id.element())) {
                out.addAll(universe.element(id.element()).required());
            }
        } else if (e instanceof Expr.Unary u) {
            namedDimensions(u.operand(), out, next);
        } else if (e instanceof Expr.Binary b) {
            namedDimensions(b.left(), out, next);
            namedDimensions(b.right(), out, next);
        } else if (e instanceof Expr.In in) {
            namedDimensions(in.value(), out, next);
            in.items().forEach(i -> namedDimensions(i, out, next));
        } else if (e instanceof Expr.Tuple t) {
            t.items().forEach(i -> namedDimensions(i, out, next));
        } else if (e instanceof Expr.Function f) {
            f.args().forEach(a -> namedDimensions(a, out, next));
        }
    }

    /**
     * Operands are built before the text around them is known, and one operand may be used twice
     * (a time inside a range test), so values are marked where they stand and numbered only now.
     */
    private String bindInTextOrder(String marked) {
        StringBuilder sql = new StringBuilder(marked.length());
        int i = 0;
        while (i < marked.length()) {
            char c = marked.charAt(i);
            if (c == MARK) {
                int end = marked.indexOf(MARK, i + 1);
                parameters.add(values.get(Integer.parseInt(marked.substring(i + 1, end))));
                sql.append('?');
                i = end + 1;
            } else {
                sql.append(c);
                i++;
            }
        }
        return sql.toString();
    }

    List<Object> parameters() {
        return parameters;
    }

    private String bool(Expr e) {
        enter(e);
        try {
            if (e instanceof Expr.Binary b && b.op().equals("AND")) {
                return "(" + bool(b.left()) + " AND " + bool(b.right()) + ")";
            }
            if (e instanceof Expr.Binary b && b.op().equals("OR")) {
                underOrNot++;
                String sql = "(" + bool(b.left()) + " OR " + bool(b.right()) + ")";
                underOrNot--;
                return sql;
            }
            if (e instanceof Expr.Unary u && u.op().equals("NOT")) {
                underOrNot++;
                String sql = "(NOT " + bool(u.operand()) + ")";
                underOrNot--;
                return sql;
            }
            if (e instanceof Expr.Binary b && b.op().equals("OVERLAPS")) {
                return overlaps(operand(b.left()), operand(b.right()), b);
            }
            if (e instanceof Expr.Binary b && isComparison(b.op())) {
                return comparison(b);
            }
            if (e instanceof Expr.In in) {
                String sql = in(in);
                return in.negated() ? "(NOT " + sql + ")" : sql;
            }
            throw error("this is not a condition (expected a comparison, IN, OVERLAPS, AND, OR or NOT)", e);
        } finally {
            depth--;
        }
    }

    private String comparison(Expr.Binary b) {
        Operand left = operand(b.left());
        Operand right = operand(b.right());
        if (left instanceof Scalar l && right instanceof Scalar r) {
            requireComparable(l, b.left(), r, b.right());
            return "(" + l.sql() + " " + b.op() + " " + r.sql() + ")";
        }
        if (left instanceof Time l && right instanceof Time r) {
            return "(" + l.sql() + " " + b.op() + " " + r.sql() + ")";
        }
        throw error("'" + b.op() + "' compares numbers, strings or times with each other; these two cannot be compared", b);
    }

    private String overlaps(Operand left, Operand right, Expr at) {
        if (right instanceof Span && !(left instanceof Span) || right instanceof RegionField) {
            Operand t = left;
            left = right;
            right = t;
        }
        if (left instanceof Span s) {
            if (right instanceof Span other) {
                return dialect.timespansOverlap(s.alias(), s.column(), other.alias(), other.column());
            }
            if (right instanceof Range r) {
                return dialect.timespanOverlaps(s.alias(), s.column(), r.beginSql(), r.endSql());
            }
            if (right instanceof Time t) {
                return dialect.timespanContains(s.alias(), s.column(), t.sql());
            }
            throw error("a timespan OVERLAPS another timespan, a time or a pair of times (T'...', T'...')", at);
        }
        if (left instanceof Range a && right instanceof Range b) {
            return "(" + a.beginSql() + " < " + b.endSql() + " AND " + b.beginSql() + " < " + a.endSql() + ")";
        }
        if (left instanceof Time && right instanceof Range) {
            Operand t = left;
            left = right;
            right = t;
        }
        if (left instanceof Range range && right instanceof Time time) {
            return "(" + range.beginSql() + " <= " + time.sql() + " AND " + time.sql() + " < " + range.endSql() + ")";
        }
        if (left instanceof RegionField f && right instanceof Probe p) {
            return spatial(f.element(), p, at);
        }
        if (left instanceof RegionField a && right instanceof RegionField b) {
            return explicitSpatialJoin(a.element(), b.element(), at);
        }
        throw error("OVERLAPS needs two timespans or time ranges, two regions, or a region and POINT(ra, dec) / "
                + "CIRCLE(ra, dec, r)", at);
    }

    private String in(Expr.In in) {
        if (in.items().size() == 2 && in.items().stream().noneMatch(i -> i instanceof Expr.Range)) {
            Operand value = operand(in.value());
            if (value instanceof Time || value instanceof Range) {
                Range range = range(in.items(), in);
                if (value instanceof Time t) {
                    return "(" + range.beginSql() + " <= " + t.sql() + " AND " + t.sql() + " < " + range.endSql() + ")";
                }
                Range inner = (Range) value;
                return "(" + range.beginSql() + " <= " + inner.beginSql() + " AND " + inner.endSql() + " <= "
                        + range.endSql() + ")";
            }
            return scalarIn(value, in);
        }
        if (in.items().size() == 1 && !(in.items().get(0) instanceof Expr.Range)) {
            Operand value = operand(in.value());
            if (value instanceof Probe p) {
                Operand container = operand(in.items().get(0));
                if (container instanceof RegionField f) {
                    return spatial(f.element(), p, in);
                }
                throw error("POINT(...) IN (...) needs a region, such as visit.region", in.items().get(0));
            }
            return scalarIn(value, in);
        }
        return scalarIn(operand(in.value()), in);
    }

    private String scalarIn(Operand value, Expr.In in) {
        if (!(value instanceof Scalar s)) {
            throw error("IN with a list of values needs a number or string on its left", in.value());
        }
        List<String> alternatives = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        for (Expr item : in.items()) {
            if (item instanceof Expr.Range r) {
                requireComparable(s, in.value(), new Scalar("", Kind.NUMBER), item);
                alternatives.add(range(s.sql(), r));
            } else if (boundList(item) instanceof java.util.Collection<?> list) {
                for (Object v : list) { // daf_butler: a bind may hold the whole list
                    requireComparable(s, in.value(), new Scalar("", Kind.ofValue(v)), item);
                    plain.add(parameter(v));
                }
            } else if (operand(item) instanceof Scalar v) {
                requireComparable(s, in.value(), v, item);
                plain.add(v.sql());
            } else {
                throw error("an IN list holds numbers, strings and ranges", item);
            }
        }
        if (!plain.isEmpty()) {
            alternatives.add(s.sql() + " IN (" + String.join(", ", plain) + ")");
        }
        return alternatives.isEmpty() ? "(1 = 0)" : "(" + String.join(" OR ", alternatives) + ")";
    }

    /** Refuses a number compared with a string, pointing at the value. */
    private void requireComparable(Scalar subject, Expr subjectAt, Scalar value, Expr valueAt) {
        if (subject.kind() != Kind.OTHER && value.kind() != Kind.OTHER && subject.kind() != value.kind()) {
            throw error(text(subjectAt) + " holds " + (subject.kind() == Kind.NUMBER ? "numbers" : "strings")
                    + ", so it cannot be compared with " + text(valueAt) + " (" + value.kind().noun() + ")", valueAt);
        }
    }

    private String text(Expr e) {
        return where.text().substring(e.start(), e.end());
    }

    /** The value of a bind standing alone as an IN item, when it is a list; else null. */
    private Object boundList(Expr item) {
        String name = item instanceof Expr.Bind b ? b.name()
                : item instanceof Expr.Identifier id && id.element() == null ? id.name() : null;
        Object value = name == null ? null : where.binds().get(name);
        return value instanceof java.util.Collection<?> ? value : null;
    }

    private String range(String subjectSql, Expr.Range r) {
        String first = parameter(r.first());
        String sql = subjectSql + " BETWEEN " + first + " AND " + parameter(r.last());
        if (r.stride() != 1) {
            sql += " AND (" + subjectSql + " - " + first + ") % " + parameter(r.stride()) + " = 0";
        }
        return "(" + sql + ")";
    }

    /** A pair of times written as a tuple or as the two items of an IN list. */
    private Range range(List<Expr> items, Expr at) {
        Operand begin = operand(items.get(0));
        Operand end = operand(items.get(1));
        if (begin instanceof Time b && end instanceof Time e) {
            return new Range(b.sql(), e.sql());
        }
        throw error("a time range is a pair of times, such as (T'2014-03-25T09:30:00', T'2014-03-25T10:00:00')", at);
    }

    private String spatial(DimensionElement element, Probe probe, Expr at) {
        if (spatial == null) {
            throw error("region constraints cannot be used here", at);
        }
        List<String> keys = new ArrayList<>();
        for (String d : element.required()) {
            String sql = scope.dimension(d);
            if (sql == null) {
                throw error("'" + element.name() + ".region' cannot be used to select " + subject
                        + " (they are not identified by " + d + ")", at);
            }
            keys.add(sql);
        }
        List<List<Object>> matches = spatial.overlapping(element, probe.center(), probe.radiusRad());
        return keysIn(keys, new KeyRows(keys.size(), matches));
    }

    /** {@code a.region OVERLAPS b.region}: allowed where daf_butler allows it, and remembered. */
    private String explicitSpatialJoin(DimensionElement a, DimensionElement b, Expr at) {
        if (spatial == null) {
            throw error("region joins cannot be used here", at);
        }
        if (a.isSkypix() || b.isSkypix()) {
            throw error("joins with skypix regions are not supported; use two elements such as visit.region "
                    + "OVERLAPS tract.region", at);
        }
        if (a.spatialFamily().equals(b.spatialFamily())) {
            throw error("a spatial join between " + a.name() + " and " + b.name() + " is not needed: their regions "
                    + "belong to the same family (" + a.spatialFamily() + ") and are related by their dimensions", at);
        }
        if (underOrNot > 0) {
            throw error("spatial joins inside OR or NOT are not supported (as in daf_butler)", at);
        }
        explicitJoins.add(List.of(a.name(), b.name()));
        return spatialJoin(a, b, at);
    }

    /**
     * Rows whose {@code a} and {@code b} records have overlapping regions: the pairs come from a
     * pre-query narrowed by the rest of the expression, and the query tests its keys against them.
     */
    private String spatialJoin(DimensionElement a, DimensionElement b, Expr at) {
        List<String> keys = new ArrayList<>();
        for (DimensionElement e : List.of(a, b)) {
            for (String d : e.required()) {
                String sql = scope.dimension(d);
                if (sql == null) {
                    String message = "'" + e.name() + ".region' cannot be used to select " + subject
                            + " (they are not identified by " + d + ")";
                    throw at == null ? new RegistryException(message) : error(message, at);
                }
                keys.add(sql);
            }
        }
        return keysIn(keys, spatial.overlappingPairs(a, b, pre -> narrowing(pre, where)));
    }

    private String keysIn(List<String> keys, KeyRows rows) {
        if (rows.isEmpty()) {
            return "(1 = 0)";
        }
        return "((" + String.join(", ", keys) + ") IN (" + dialect.keyRowsSubquery(rows, parameter(rows.json())) + "))";
    }

    /**
     * daf_butler's automatic spatial join: when the query's elements come from two spatial families
     * (visit_detector_region and tract, say) that neither an explicit join nor one table of the
     * query already relates, their preferred members are joined; more than two, or a choice that is
     * not clear, is an error asking for explicit joins.
     */
    private DimensionElement[] automaticSpatialJoin() {
        Set<String> known = scope.knownDimensions();
        Map<String, List<String>> present = new LinkedHashMap<>();
        for (DimensionElement e : universe.elements()) {
            if (e.spatial() && !e.isSkypix() && e.hasTable() && known.containsAll(e.required())) {
                present.computeIfAbsent(e.spatialFamily(), f -> new ArrayList<>()).add(e.name());
            }
        }
        if (present.size() < 2) {
            return null;
        }
        List<Set<String>> groups = new ArrayList<>();
        present.keySet().forEach(f -> groups.add(new LinkedHashSet<>(List.of(f))));
        for (List<String> operand : operands) {
            List<String> families = present.keySet().stream().filter(f -> present.get(f).stream()
                    .anyMatch(e -> operand.containsAll(universe.element(e).required()))).toList();
            for (int i = 1; i < families.size(); i++) {
                merge(groups, families.get(0), families.get(i));
            }
        }
        for (List<String> join : explicitJoins) {
            merge(groups, universe.element(join.get(0)).spatialFamily(), universe.element(join.get(1)).spatialFamily());
        }
        if (groups.size() == 1) {
            return null;
        }
        if (groups.size() > 2 || groups.get(0).size() > 1 || groups.get(1).size() > 1) {
            String message = "the query needs a spatial join between " + groups + " but which one is not clear; "
                    + "add explicit joins such as visit.region OVERLAPS tract.region";
            throw where.isEmpty() ? new RegistryException(message) : error(message, where.expr());
        }
        return new DimensionElement[] {preferred(groups.get(0).iterator().next(), present),
                preferred(groups.get(1).iterator().next(), present)};
    }

    private DimensionElement preferred(String family, Map<String, List<String>> present) {
        for (String member : universe.spatialFamilyMembers(family)) {
            if (present.get(family).contains(member)) {
                return universe.element(member);
            }
        }
        return universe.element(present.get(family).get(0));
    }

    private static void merge(List<Set<String>> groups, String a, String b) {
        Set<String> ga = groups.stream().filter(g -> g.contains(a)).findFirst().orElseThrow();
        Set<String> gb = groups.stream().filter(g -> g.contains(b)).findFirst().orElseThrow();
        if (ga != gb) {
            ga.addAll(gb);
            groups.remove(gb);
        }
    }

    private Operand operand(Expr e) {
        enter(e);
        try {
            if (e instanceof Expr.StringLiteral s) {
                return new Scalar(parameter(s.value()), Kind.STRING);
            }
            if (e instanceof Expr.NumberLiteral n) {
                return new Scalar(parameter(n.value()), Kind.NUMBER);
            }
            if (e instanceof Expr.TimeLiteral t) {
                try {
                    return new Time(parameter(TimeLiteral.parse(t.text())));
                } catch (IllegalArgumentException bad) {
                    throw error(bad.getMessage(), e);
                }
            }
            if (e instanceof Expr.Bind b) {
                return bind(b.name(), e);
            }
            if (e instanceof Expr.Identifier id) {
                return identifier(id);
            }
            if (e instanceof Expr.Tuple t && t.items().size() == 2) {
                return range(t.items(), e);
            }
            if (e instanceof Expr.Function f) {
                return probe(f);
            }
            if (e instanceof Expr.Unary u && (u.op().equals("-") || u.op().equals("+"))) {
                return new Scalar("(" + u.op() + scalar(u.operand()) + ")", Kind.NUMBER);
            }
            if (e instanceof Expr.Binary b && "+-*/%".contains(b.op())) {
                return new Scalar("(" + scalar(b.left()) + " " + b.op() + " " + scalar(b.right()) + ")", Kind.NUMBER);
            }
            throw error("this is not a value", e);
        } finally {
            depth--;
        }
    }

    private String scalar(Expr e) {
        if (operand(e) instanceof Scalar s) {
            return s.sql();
        }
        throw error("arithmetic needs numbers", e);
    }

    private Operand bind(String name, Expr at) {
        if (!where.binds().containsKey(name)) {
            throw error("no value was given for the bind parameter " + name, at);
        }
        Object value = where.binds().get(name);
        return new Scalar(parameter(value), Kind.ofValue(value));
    }

    private String parameter(Object value) {
        values.add(value);
        return MARK + String.valueOf(values.size() - 1) + MARK;
    }

    private Operand identifier(Expr.Identifier id) {
        if (id.element() == null) {
            String name = id.name();
            if (where.binds().containsKey(name) && !universe.isDimension(name)) {
                return bind(name, id); // daf_butler's binds are bare identifiers
            }
            String time = joins.time(name);
            if (time != null) {
                return new Time(time);
            }
            if (!universe.isDimension(name)) {
                throw new ExpressionException(new UnknownNameException("dimension", name, dimensionNames()).getMessage(),
                        where.text(), id.start(), id.end());
            }
            String sql = scope.dimension(name);
            if (sql == null) {
                throw error("'" + name + "' cannot be used to select " + subject + " (it is not one of their dimensions)", id);
            }
            return new Scalar(sql, dimensionKind(name));
        }
        if (!universe.has(id.element())) {
            throw new ExpressionException(new UnknownNameException("dimension element", id.element(),
                    universe.elements().stream().map(DimensionElement::name).toList()).getMessage(),
                    where.text(), id.start(), id.end());
        }
        DimensionElement element = universe.element(id.element());
        String field = id.name();
        if (field.equals(DimensionElement.REGION) && element.spatial()) {
            return new RegionField(element);
        }
        String alias = scope.elementTable(element.name());
        if (alias == null) {
            throw error("'" + id.text() + "' cannot be used to select " + subject
                    + " (they are not related to " + element.name() + " records)", id);
        }
        if (element.temporal() && field.startsWith(DimensionElement.TIMESPAN)) {
            return switch (field.substring(DimensionElement.TIMESPAN.length())) {
                case "" -> new Span(alias, DimensionElement.TIMESPAN);
                case ".begin" -> new Time(dialect.timespanBegin(alias, DimensionElement.TIMESPAN));
                case ".end" -> new Time(dialect.timespanEnd(alias, DimensionElement.TIMESPAN));
                default -> throw error("a timespan has the parts begin and end", id);
            };
        }
        if (element.dimensionColumns().contains(field) || element.field(field).isPresent()) {
            return new Scalar(scope.column(alias, field), fieldKind(element, field));
        }
        throw new ExpressionException(new UnknownNameException("field of " + element.name() + " called", field,
                element.recordFields()).getMessage(), where.text(), id.start(), id.end());
    }

    /** A stored field's kind: a dimension key column is typed like that dimension's key. */
    private Kind fieldKind(DimensionElement element, String field) {
        var spec = element.field(field);
        if (spec.isPresent()) {
            return Kind.ofColumnType(spec.get().type());
        }
        for (String d : element.required()) {
            if (element.columnFor(d).equals(field)) {
                return dimensionKind(d);
            }
        }
        return universe.has(field) ? dimensionKind(field) : Kind.OTHER; // an implied dimension's column
    }

    private Kind dimensionKind(String dimension) {
        var key = universe.element(dimension).primaryKey();
        return key == null ? Kind.OTHER : Kind.ofColumnType(key.type());
    }

    private Probe probe(Expr.Function f) {
        int arity = switch (f.name()) {
            case "POINT" -> 2;
            case "CIRCLE" -> 3;
            default -> throw error("unknown function " + f.name() + " (use POINT(ra, dec) or CIRCLE(ra, dec, radius))", f);
        };
        if (f.args().size() != arity) {
            throw error(f.name() + " takes " + arity + " numbers in degrees", f);
        }
        double ra = constant(f.args().get(0));
        double dec = constant(f.args().get(1));
        if (!(dec >= -90 && dec <= 90) || !Double.isFinite(ra)) {
            throw error("the declination must be between -90 and 90 degrees and the right ascension finite", f);
        }
        double radius = arity == 3 ? constant(f.args().get(2)) : 0;
        if (!(radius >= 0 && radius <= 180)) {
            throw error("a circle's radius is between 0 and 180 degrees", f.args().get(2));
        }
        return new Probe(UnitVector3d.fromLonLatDegrees(ra, dec), Math.toRadians(radius));
    }

    /** A number known before the query runs: a literal, a bind, or their negation. */
    private double constant(Expr e) {
        if (e instanceof Expr.NumberLiteral n) {
            return n.value().doubleValue();
        }
        if (e instanceof Expr.Unary u && u.op().equals("-")) {
            return -constant(u.operand());
        }
        Object bound = e instanceof Expr.Bind b ? where.binds().get(b.name())
                : e instanceof Expr.Identifier id && id.element() == null ? where.binds().get(id.name()) : null;
        if (bound instanceof Number n) {
            return n.doubleValue();
        }
        throw error("a coordinate must be a number", e);
    }

    private List<String> dimensionNames() {
        return universe.elements().stream().filter(DimensionElement::isDimension)
                .filter(d -> !d.isSkypix() || d.name().equals(universe.commonSkypix()))
                .map(DimensionElement::name).toList();
    }

    private static boolean isComparison(String op) {
        return switch (op) {
            case "=", "!=", "<", "<=", ">", ">=" -> true;
            default -> false;
        };
    }

    private void enter(Expr e) {
        if (++depth > MAX_DEPTH) {
            throw error("the expression is nested too deeply", e);
        }
    }

    private ExpressionException error(String message, Expr e) {
        return new ExpressionException(message, where.text(), e.start(), e.end());
    }
}
