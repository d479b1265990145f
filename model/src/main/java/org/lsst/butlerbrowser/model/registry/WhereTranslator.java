package org.lsst.butlerbrowser.model.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lsst.butlerbrowser.model.query.Expr;
import org.lsst.butlerbrowser.model.query.ExpressionException;
import org.lsst.butlerbrowser.model.universe.DimensionElement;
import org.lsst.butlerbrowser.model.universe.DimensionUniverse;
import org.lsst.butlerbrowser.model.universe.UnknownNameException;

/**
 * Turns a parsed where-expression into an SQL condition over one query's dimension joins. Every
 * literal and bind value becomes a JDBC parameter; identifiers are checked against the universe
 * and only ever become column references the registry itself named.
 *
 * <p>Supported here: comparisons, IN / NOT IN with ranges, AND / OR / NOT and arithmetic over
 * dimensions and {@code element.field} values. Timespan and region OVERLAPS come later.
 */
final class WhereTranslator {

    private static final int MAX_DEPTH = 2_000;

    private final DimensionUniverse universe;
    private final DimensionJoins joins;
    private final WhereClause where;
    private final List<Object> parameters = new ArrayList<>();
    private final String subject;
    private int depth;

    /** @param subject what is being queried, for messages ("datasets of type calexp") */
    WhereTranslator(DimensionUniverse universe, DimensionJoins joins, WhereClause where, String subject) {
        this.universe = universe;
        this.joins = joins;
        this.where = where;
        this.subject = subject;
    }

    /** The SQL condition, or null when the clause is empty. */
    String condition() {
        return where.isEmpty() ? null : bool(where.expr());
    }

    List<Object> parameters() {
        return parameters;
    }

    private String bool(Expr e) {
        enter(e);
        try {
            if (e instanceof Expr.Binary b && (b.op().equals("AND") || b.op().equals("OR"))) {
                return "(" + bool(b.left()) + " " + b.op() + " " + bool(b.right()) + ")";
            }
            if (e instanceof Expr.Unary u && u.op().equals("NOT")) {
                return "(NOT " + bool(u.operand()) + ")";
            }
            if (e instanceof Expr.Binary b && b.op().equals("OVERLAPS")) {
                throw error("OVERLAPS is not supported by Butler Browser yet", e);
            }
            if (e instanceof Expr.Binary b && isComparison(b.op())) {
                return "(" + value(b.left()) + " " + b.op() + " " + value(b.right()) + ")";
            }
            if (e instanceof Expr.In in) {
                return in(in);
            }
            throw error("this is not a condition (expected a comparison, IN, AND, OR or NOT)", e);
        } finally {
            depth--;
        }
    }

    private String in(Expr.In in) {
        String subjectSql = value(in.value());
        List<String> alternatives = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        for (Expr item : in.items()) {
            if (item instanceof Expr.Range r) {
                alternatives.add(range(subjectSql, r));
            } else {
                plain.add(value(item));
            }
        }
        if (!plain.isEmpty()) {
            alternatives.add(subjectSql + " IN (" + String.join(", ", plain) + ")");
        }
        String any = alternatives.isEmpty() ? "(1 = 0)" : "(" + String.join(" OR ", alternatives) + ")";
        return in.negated() ? "(NOT " + any + ")" : any;
    }

    private String range(String subjectSql, Expr.Range r) {
        parameters.add(r.first());
        parameters.add(r.last());
        String sql = subjectSql + " BETWEEN ? AND ?";
        if (r.stride() != 1) {
            parameters.add(r.first());
            parameters.add(r.stride());
            sql += " AND (" + subjectSql + " - ?) % ? = 0";
        }
        return "(" + sql + ")";
    }

    private String value(Expr e) {
        enter(e);
        try {
            if (e instanceof Expr.StringLiteral s) {
                return parameter(s.value());
            }
            if (e instanceof Expr.NumberLiteral n) {
                return parameter(n.value());
            }
            if (e instanceof Expr.Bind b) {
                if (!where.binds().containsKey(b.name())) {
                    throw error("no value was given for the bind parameter :" + b.name(), e);
                }
                return parameter(where.binds().get(b.name()));
            }
            if (e instanceof Expr.Identifier id) {
                return identifier(id);
            }
            if (e instanceof Expr.Unary u && (u.op().equals("-") || u.op().equals("+"))) {
                return "(" + u.op() + value(u.operand()) + ")";
            }
            if (e instanceof Expr.Binary b && "+-*/%".contains(b.op())) {
                return "(" + value(b.left()) + " " + b.op() + " " + value(b.right()) + ")";
            }
            if (e instanceof Expr.TimeLiteral) {
                throw error("time literals are not supported by Butler Browser yet", e);
            }
            throw error("this is not a value", e);
        } finally {
            depth--;
        }
    }

    private String parameter(Object value) {
        parameters.add(value);
        return "?";
    }

    private String identifier(Expr.Identifier id) {
        if (id.element() == null) {
            String name = id.name();
            if (!universe.isDimension(name)) {
                throw new ExpressionException(new UnknownNameException(
                        "dimension", name, dimensionNames()).getMessage(), where.text(), id.start(), id.end());
            }
            String sql = joins.dimension(name);
            if (sql == null) {
                throw error("'" + name + "' cannot be used to select " + subject
                        + " (it is not one of their dimensions)", id);
            }
            return sql;
        }
        if (!universe.has(id.element())) {
            throw new ExpressionException(new UnknownNameException(
                    "dimension element", id.element(), universe.elements().stream().map(DimensionElement::name).toList())
                    .getMessage(), where.text(), id.start(), id.end());
        }
        DimensionElement element = universe.element(id.element());
        String column = fieldColumn(element, id);
        String alias = joins.elementTable(element.name());
        if (alias == null) {
            throw error("'" + id.text() + "' cannot be used to select " + subject
                    + " (they are not related to " + element.name() + " records)", id);
        }
        return joins.column(alias, column);
    }

    private String fieldColumn(DimensionElement element, Expr.Identifier id) {
        String field = id.name();
        if (field.equals(DimensionElement.REGION) || field.equals(DimensionElement.TIMESPAN)) {
            throw error("'" + id.text() + "' can only be used with OVERLAPS, which Butler Browser does not support yet", id);
        }
        if (element.isDimension() && element.dimensionColumns().contains(field)) {
            return field;
        }
        if (element.field(field).isPresent() || element.implied().contains(field)) {
            return field;
        }
        List<String> known = element.recordFields();
        throw new ExpressionException(new UnknownNameException(
                "field of " + element.name() + " called", field, known).getMessage(), where.text(), id.start(), id.end());
    }

    private List<String> dimensionNames() {
        return universe.elements().stream().filter(DimensionElement::isDimension)
                .filter(d -> !d.isSkypix() || d.name().equals(universe.commonSkypix()))
                .map(DimensionElement::name).toList();
    }

    private static boolean isComparison(String op) {
        return switch (op.toUpperCase(Locale.ROOT)) {
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
