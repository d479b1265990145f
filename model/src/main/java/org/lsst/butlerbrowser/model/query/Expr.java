package org.lsst.butlerbrowser.model.query;

import java.util.List;

/**
 * A node of a parsed Butler query expression, with the character range it came from so that
 * errors can point at the offending text.
 */
public sealed interface Expr {

    int start();

    int end();

    /** A single-quoted string. */
    record StringLiteral(String value, int start, int end) implements Expr {
    }

    /** An integer (Long) or floating-point (Double) number. */
    record NumberLiteral(Number value, int start, int end) implements Expr {
    }

    /** {@code T'2014-03-25T09:34:19'}: the text between the quotes, interpreted by the translator. */
    record TimeLiteral(String text, int start, int end) implements Expr {
    }

    /** {@code visit} or {@code visit.exposure_time}; {@code element} is null for a bare name. */
    record Identifier(String element, String name, int start, int end) implements Expr {
        public String text() {
            return element == null ? name : element + "." + name;
        }
    }

    /** {@code :name}, filled from the bind values given with the query. */
    record Bind(String name, int start, int end) implements Expr {
    }

    record Unary(String op, Expr operand, int start, int end) implements Expr {
    }

    /** Arithmetic, comparison, AND/OR and OVERLAPS, with the operator upper-cased. */
    record Binary(String op, Expr left, Expr right, int start, int end) implements Expr {
    }

    /** {@code x IN (a, b, 1..10:2)} or {@code NOT IN}. */
    record In(Expr value, List<Expr> items, boolean negated, int start, int end) implements Expr {
    }

    /** {@code 1..10} or {@code 1..10:3} inside an IN list; the stop is inclusive as in daf_butler. */
    record Range(long first, long last, long stride, int start, int end) implements Expr {
    }

    /** A parenthesized pair such as a time range {@code (T'...', T'...')}. */
    record Tuple(List<Expr> items, int start, int end) implements Expr {
    }

    /** {@code POINT(ra, dec)}, {@code CIRCLE(ra, dec, r)} and the like, name upper-cased. */
    record Function(String name, List<Expr> args, int start, int end) implements Expr {
    }
}
