package org.lsst.butlerbrowser.model.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.lsst.butlerbrowser.model.text.UntrustedText;

/**
 * Parses daf_butler's query-expression language ("dimension expressions") into an {@link Expr}
 * tree. Precedence, lowest first: OR, AND, NOT, comparisons/IN/OVERLAPS, + and -, * / %, unary
 * minus. Reserved words are case-insensitive. Input size and nesting are bounded so that hostile
 * text fails with a message instead of exhausting the stack, and so is the depth of the tree
 * returned, which its users walk recursively: OR and AND chains come back balanced.
 */
public final class ExpressionParser {

    public static final int MAX_LENGTH = 100_000;
    /**
     * Nesting levels allowed. Each costs about a dozen stack frames of the recursive descent, so 100
     * stays well within a 512 kB thread stack; daf_butler's own expressions nest a few levels at most.
     */
    public static final int MAX_DEPTH = 100;
    private static final Set<String> RESERVED = Set.of("AND", "OR", "NOT", "IN", "OVERLAPS");
    private static final Set<String> COMPARISONS = Set.of("=", "!=", "<", "<=", ">", ">=");

    private final String text;
    private final List<Token> tokens;
    private int pos;
    private int depth;

    private ExpressionParser(String text) {
        this.text = text;
        this.tokens = new Lexer(text).tokens();
    }

    /** Parses an expression; blank text is not an expression and yields null. */
    public static Expr parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > MAX_LENGTH) {
            throw new ExpressionException("the expression is too long (" + text.length() + " characters; at most "
                    + MAX_LENGTH + ")", text, 0, 0);
        }
        ExpressionParser p = new ExpressionParser(text);
        Expr e = p.orExpr();
        Token t = p.peek();
        if (t.kind != Kind.END) {
            throw p.error("unexpected " + t.describe() + " after a complete expression", t);
        }
        return e;
    }

    private Expr orExpr() {
        enter();
        List<Expr> operands = new ArrayList<>(List.of(andExpr()));
        while (isWord("OR")) {
            next();
            operands.add(andExpr());
        }
        depth--;
        return balanced("OR", operands, 0, operands.size());
    }

    private Expr andExpr() {
        List<Expr> operands = new ArrayList<>(List.of(notExpr()));
        while (isWord("AND")) {
            next();
            operands.add(notExpr());
        }
        return balanced("AND", operands, 0, operands.size());
    }

    /**
     * A chain {@code a OR b OR c ...} as a balanced tree: the same condition, since OR and AND are
     * associative, but only log₂(n) deep, so that a generated thousand-term chain overflows neither
     * the recursive translator nor SQLite's limit on expression depth.
     */
    private static Expr balanced(String op, List<Expr> operands, int from, int to) {
        if (to - from == 1) {
            return operands.get(from);
        }
        int mid = (from + to) >>> 1;
        Expr left = balanced(op, operands, from, mid);
        Expr right = balanced(op, operands, mid, to);
        return new Expr.Binary(op, left, right, left.start(), right.end());
    }

    private Expr notExpr() {
        if (isWord("NOT")) {
            Token not = next();
            enter();
            Expr operand = notExpr();
            depth--;
            return new Expr.Unary("NOT", operand, not.start, operand.end());
        }
        return comparison();
    }

    private Expr comparison() {
        Expr left = additive();
        Token t = peek();
        if (t.kind == Kind.OP && COMPARISONS.contains(t.text)) {
            next();
            Expr right = additive();
            return new Expr.Binary(t.text, left, right, left.start(), right.end());
        }
        if (isWord("OVERLAPS")) {
            next();
            Expr right = additive();
            return new Expr.Binary("OVERLAPS", left, right, left.start(), right.end());
        }
        boolean negated = false;
        if (isWord("NOT") && peekAt(1).kind == Kind.WORD && peekAt(1).upper().equals("IN")) {
            next();
            negated = true;
        }
        if (isWord("IN")) {
            next();
            expect("(", "after IN");
            List<Expr> items = new ArrayList<>();
            if (!isOp(")")) {
                items.add(inItem());
                while (isOp(",")) {
                    next();
                    items.add(inItem());
                }
            }
            Token close = expect(")", "to close the IN list");
            return new Expr.In(left, items, negated, left.start(), close.end);
        }
        if (negated) {
            throw error("expected IN after NOT", peek());
        }
        return left;
    }

    private Expr inItem() {
        Token first = peek();
        int save = pos;
        Long from = signedInteger();
        if (from != null && isOp("..")) {
            next();
            Long to = signedInteger();
            if (to == null) {
                throw error("expected an integer after '..' in a range", peek());
            }
            long stride = 1;
            Token last = tokens.get(pos - 1);
            if (isOp(":")) {
                next();
                Long s = signedInteger();
                if (s == null || s <= 0) {
                    throw error("a range stride must be a positive integer", tokens.get(pos - 1));
                }
                stride = s;
                last = tokens.get(pos - 1);
            }
            return new Expr.Range(from, to, stride, first.start, last.end);
        }
        pos = save;
        return orExpr();
    }

    private Long signedInteger() {
        boolean minus = false;
        int save = pos;
        if (isOp("-")) {
            next();
            minus = true;
        }
        Token t = peek();
        if (t.kind == Kind.INTEGER) {
            next();
            long v = parseLong(t);
            return minus ? -v : v;
        }
        pos = save;
        return null;
    }

    /** Arithmetic chains nest to the left, one level per operator, and count towards the depth limit. */
    private Expr additive() {
        Expr left = multiplicative();
        int levels = 0;
        while (isOp("+") || isOp("-")) {
            Token op = next();
            enter();
            levels++;
            Expr right = multiplicative();
            left = new Expr.Binary(op.text, left, right, left.start(), right.end());
        }
        depth -= levels;
        return left;
    }

    private Expr multiplicative() {
        Expr left = unary();
        int levels = 0;
        while (isOp("*") || isOp("/") || isOp("%")) {
            Token op = next();
            enter();
            levels++;
            Expr right = unary();
            left = new Expr.Binary(op.text, left, right, left.start(), right.end());
        }
        depth -= levels;
        return left;
    }

    private Expr unary() {
        if (isOp("-") || isOp("+")) {
            Token op = next();
            enter();
            Expr operand = unary();
            depth--;
            return new Expr.Unary(op.text, operand, op.start, operand.end());
        }
        return primary();
    }

    private Expr primary() {
        Token t = next();
        switch (t.kind) {
            case STRING:
                return new Expr.StringLiteral(t.text, t.start, t.end);
            case TIME:
                return new Expr.TimeLiteral(t.text, t.start, t.end);
            case INTEGER:
                return new Expr.NumberLiteral(parseLong(t), t.start, t.end);
            case FLOAT:
                return new Expr.NumberLiteral(Double.parseDouble(t.text), t.start, t.end);
            case BIND:
                return new Expr.Bind(t.text, t.start, t.end);
            case WORD:
                return word(t);
            case OP:
                if (t.text.equals("(")) {
                    enter();
                    Expr first = orExpr();
                    if (isOp(",")) {
                        List<Expr> items = new ArrayList<>(List.of(first));
                        while (isOp(",")) {
                            next();
                            items.add(orExpr());
                        }
                        Token close = expect(")", "to close the parenthesized list");
                        depth--;
                        return new Expr.Tuple(items, t.start, close.end);
                    }
                    expect(")", "to close the parenthesis opened at character " + (t.start + 1));
                    depth--;
                    return first;
                }
                throw error("unexpected " + t.describe(), t);
            default:
                throw error("the expression ends too early", t);
        }
    }

    private Expr word(Token t) {
        if (RESERVED.contains(t.upper())) {
            throw error("unexpected reserved word " + t.upper(), t);
        }
        if (isOp("(")) {
            next();
            List<Expr> args = new ArrayList<>();
            if (!isOp(")")) {
                args.add(orExpr());
                while (isOp(",")) {
                    next();
                    args.add(orExpr());
                }
            }
            Token close = expect(")", "to close the arguments of " + quote(t.text));
            return new Expr.Function(t.upper(), args, t.start, close.end);
        }
        if (isOp(".")) {
            next();
            Token field = next();
            if (field.kind != Kind.WORD || RESERVED.contains(field.upper())) {
                throw error("expected a field name after '" + quote(t.text) + ".'", field);
            }
            // visit.timespan.begin: a third part names a bound of a timespan field
            if (isOp(".") && peekAt(1).kind == Kind.WORD) {
                next();
                Token part = next();
                return new Expr.Identifier(t.text, field.text + "." + part.text, t.start, part.end);
            }
            return new Expr.Identifier(t.text, field.text, t.start, field.end);
        }
        return new Expr.Identifier(null, t.text, t.start, t.end);
    }

    private long parseLong(Token t) {
        try {
            return Long.parseLong(t.text);
        } catch (NumberFormatException e) {
            throw error("the integer " + quote(t.text) + " is too large", t);
        }
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            Token t = peek();
            throw error("the expression is nested too deeply (more than " + MAX_DEPTH + " levels)", t);
        }
    }

    private Token expect(String op, String why) {
        Token t = peek();
        if (t.kind == Kind.OP && t.text.equals(op)) {
            return next();
        }
        throw error("expected '" + op + "' " + why + ", found " + t.describe(), t);
    }

    private boolean isWord(String upper) {
        Token t = peek();
        return t.kind == Kind.WORD && t.upper().equals(upper);
    }

    private boolean isOp(String op) {
        Token t = peek();
        return t.kind == Kind.OP && t.text.equals(op);
    }

    private Token peek() {
        return peekAt(0);
    }

    private Token peekAt(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    private Token next() {
        Token t = peek();
        if (pos < tokens.size() - 1) {
            pos++;
        }
        return t;
    }

    /** Expression text quoted in a message: short, and on one line. */
    private static String quote(String text) {
        return UntrustedText.quote(text, 60);
    }

    private ExpressionException error(String message, Token t) {
        return new ExpressionException(message, text, t.start, t.end);
    }

    enum Kind { WORD, INTEGER, FLOAT, STRING, TIME, BIND, OP, END }

    record Token(Kind kind, String text, int start, int end) {
        /**
         * The text upper-cased, for reserved words and function names; a word longer than any of those
         * is left as it is, because upper-casing text such as "ßßß…" is quadratic in the JDK.
         */
        String upper() {
            return text.length() <= 32 ? text.toUpperCase(Locale.ROOT) : text;
        }

        String describe() {
            return switch (kind) {
                case END -> "end of the expression";
                case STRING -> "string '" + quote(text) + "'";
                default -> "'" + quote(text) + "'";
            };
        }
    }

    /** Splits the text into tokens; unknown characters and unclosed quotes are errors. */
    private static final class Lexer {
        private final String s;
        private final List<Token> out = new ArrayList<>();
        private int i;

        Lexer(String s) {
            this.s = s;
        }

        List<Token> tokens() {
            while (true) {
                while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                if (i >= s.length()) {
                    out.add(new Token(Kind.END, "", s.length(), s.length()));
                    return out;
                }
                char c = s.charAt(i);
                int start = i;
                if ((c == 'T' || c == 't') && i + 1 < s.length() && s.charAt(i + 1) == '\'') {
                    i++;
                    String body = quoted(start);
                    out.add(new Token(Kind.TIME, body, start, i));
                } else if (c == '\'') {
                    String body = quoted(start);
                    out.add(new Token(Kind.STRING, body, start, i));
                } else if (Character.isLetter(c) || c == '_') {
                    while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                        i++;
                    }
                    out.add(new Token(Kind.WORD, s.substring(start, i), start, i));
                } else if (isDigit(c) || c == '.' && i + 1 < s.length() && isDigit(s.charAt(i + 1))
                        && !(i > 0 && s.charAt(i - 1) == '.')) {
                    number(start);
                } else if (c == ':' && i + 1 < s.length() && (Character.isLetter(s.charAt(i + 1)) || s.charAt(i + 1) == '_')) {
                    i++;
                    while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                        i++;
                    }
                    out.add(new Token(Kind.BIND, s.substring(start + 1, i), start, i));
                } else {
                    operator(start);
                }
            }
        }

        private String quoted(int start) {
            int close = s.indexOf('\'', i + 1);
            if (close < 0) {
                throw new ExpressionException("a quoted string is not closed", s, start, s.length());
            }
            String body = s.substring(i + 1, close);
            i = close + 1;
            return body;
        }

        private void number(int start) {
            while (i < s.length() && isDigit(s.charAt(i))) {
                i++;
            }
            boolean isFloat = false;
            // "1..5" is a range: a dot followed by another dot ends the integer.
            if (i < s.length() && s.charAt(i) == '.' && !(i + 1 < s.length() && s.charAt(i + 1) == '.')) {
                isFloat = true;
                i++;
                while (i < s.length() && isDigit(s.charAt(i))) {
                    i++;
                }
            }
            if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
                int save = i;
                i++;
                if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                    i++;
                }
                if (i < s.length() && isDigit(s.charAt(i))) {
                    isFloat = true;
                    while (i < s.length() && isDigit(s.charAt(i))) {
                        i++;
                    }
                } else {
                    i = save;
                }
            }
            out.add(new Token(isFloat ? Kind.FLOAT : Kind.INTEGER, s.substring(start, i), start, i));
        }

        private void operator(int start) {
            for (String op : new String[] {"..", "<=", ">=", "!=", "<>", "=", "<", ">", "(", ")", ",", "+", "-", "*", "/", "%", ".", ":"}) {
                if (s.startsWith(op, i)) {
                    i += op.length();
                    out.add(new Token(Kind.OP, op.equals("<>") ? "!=" : op, start, i));
                    return;
                }
            }
            char c = s.charAt(i);
            String shown = UntrustedText.quote(String.valueOf(c), 1).equals(" ") || Character.isSurrogate(c)
                    ? String.format("U+%04X", (int) c) : "'" + c + "'";
            throw new ExpressionException("unexpected character " + shown, s, start, start + 1);
        }

        /**
         * Numbers are ASCII digits, as in daf_butler's grammar: Character.isDigit would also take
         * Arabic-Indic or full-width digits, which Double.parseDouble then rejects.
         */
        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }
    }
}
