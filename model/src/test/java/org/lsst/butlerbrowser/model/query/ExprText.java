package org.lsst.butlerbrowser.model.query;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a parsed expression back as text, for the parser's round-trip oracle: {@link #write} with
 * only the parentheses precedence needs (text the parser must read back as the same tree), and
 * {@link #canonical} fully bracketed, without positions, and with OR and AND chains flattened (the
 * parser may group an associative chain as it likes), to compare two trees.
 */
final class ExprText {

    private ExprText() {
    }

    static String canonical(Expr e) {
        if (e instanceof Expr.Unary u) {
            return "(" + u.op() + " " + canonical(u.operand()) + ")";
        }
        if (e instanceof Expr.Binary b && (b.op().equals("OR") || b.op().equals("AND"))) {
            List<Expr> operands = new java.util.ArrayList<>();
            flatten(b.op(), b, operands);
            return "(" + b.op() + " " + all(operands) + ")";
        }
        if (e instanceof Expr.Binary b) {
            return "(" + canonical(b.left()) + " " + b.op() + " " + canonical(b.right()) + ")";
        }
        if (e instanceof Expr.In in) {
            return "(" + canonical(in.value()) + (in.negated() ? " NOT IN [" : " IN [") + all(in.items()) + "])";
        }
        if (e instanceof Expr.Range r) {
            return r.first() + ".." + r.last() + ":" + r.stride();
        }
        if (e instanceof Expr.Tuple t) {
            return "<" + all(t.items()) + ">";
        }
        if (e instanceof Expr.Function f) {
            return f.name() + "(" + all(f.args()) + ")";
        }
        return write(e);
    }

    /** The operands of a chain of one associative operator, however the parser grouped them. */
    private static void flatten(String op, Expr e, List<Expr> out) {
        if (e instanceof Expr.Binary b && b.op().equals(op)) {
            flatten(op, b.left(), out);
            flatten(op, b.right(), out);
        } else {
            out.add(e);
        }
    }

    private static String all(List<Expr> items) {
        return items.stream().map(ExprText::canonical).collect(Collectors.joining(", "));
    }

    /** Text that parses to the same tree. */
    static String write(Expr e) {
        return write(e, 0);
    }

    private static String write(Expr e, int context) {
        String s = raw(e);
        return precedence(e) < context ? "(" + s + ")" : s;
    }

    /** OR 1, AND 2, NOT 3, comparisons/IN/OVERLAPS 4, + - 5, * / % 6, unary minus 7, the rest 8. */
    private static int precedence(Expr e) {
        if (e instanceof Expr.Binary b) {
            return switch (b.op()) {
                case "OR" -> 1;
                case "AND" -> 2;
                case "+", "-" -> 5;
                case "*", "/", "%" -> 6;
                default -> 4;
            };
        }
        if (e instanceof Expr.Unary u) {
            return u.op().equals("NOT") ? 3 : 7;
        }
        return e instanceof Expr.In ? 4 : 8;
    }

    private static String raw(Expr e) {
        if (e instanceof Expr.StringLiteral s) {
            return "'" + s.value() + "'";
        }
        if (e instanceof Expr.NumberLiteral n) {
            return n.value() instanceof Double d && d.isInfinite() ? "1e999" : n.value().toString();
        }
        if (e instanceof Expr.TimeLiteral t) {
            return "T'" + t.text() + "'";
        }
        if (e instanceof Expr.Identifier id) {
            return id.text();
        }
        if (e instanceof Expr.Bind b) {
            return ":" + b.name();
        }
        if (e instanceof Expr.Unary u) {
            return u.op() + " " + write(u.operand(), precedence(u));
        }
        if (e instanceof Expr.Binary b) {
            int p = precedence(b);
            // Comparisons take sums on both sides; OR and AND are associative; arithmetic nests to the left.
            int right = p == 4 ? 5 : p <= 2 ? p : p + 1;
            return write(b.left(), p == 4 ? 5 : p) + " " + b.op() + " " + write(b.right(), right);
        }
        if (e instanceof Expr.In in) {
            return write(in.value(), 5) + (in.negated() ? " NOT IN (" : " IN (")
                    + in.items().stream().map(i -> write(i, 1)).collect(Collectors.joining(", ")) + ")";
        }
        if (e instanceof Expr.Range r) {
            return r.first() + ".." + r.last() + ":" + r.stride();
        }
        if (e instanceof Expr.Tuple t) {
            return "(" + t.items().stream().map(i -> write(i, 1)).collect(Collectors.joining(", ")) + ")";
        }
        Expr.Function f = (Expr.Function) e;
        return f.name() + "(" + f.args().stream().map(a -> write(a, 1)).collect(Collectors.joining(", ")) + ")";
    }
}
