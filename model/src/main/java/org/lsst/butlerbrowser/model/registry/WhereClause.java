package org.lsst.butlerbrowser.model.registry;

import java.util.Map;
import org.lsst.butlerbrowser.model.query.Expr;
import org.lsst.butlerbrowser.model.query.ExpressionException;
import org.lsst.butlerbrowser.model.query.ExpressionParser;

/**
 * A user's {@code --where} expression, parsed, with the values of its {@code :name} binds.
 *
 * @param text the expression as typed (for messages)
 * @param expr the parsed tree, or null for "no constraint"
 */
public record WhereClause(String text, Expr expr, Map<String, Object> binds) {

    public static final WhereClause NONE = new WhereClause("", null, Map.of());
    private static final char NUL = '\u0000';

    public WhereClause {
        binds = Map.copyOf(binds);
    }

    public static WhereClause parse(String text) {
        return parse(text, Map.of());
    }

    public static WhereClause parse(String text, Map<String, Object> binds) {
        binds.forEach((name, value) -> {
            if (value instanceof String s && s.indexOf(NUL) >= 0) {
                throw new IllegalArgumentException("the value of the bind parameter " + name + " contains a NUL"
                        + " character (U+0000), which no value in a registry can hold");
            }
        });
        if (text == null || text.isBlank()) {
            return new WhereClause("", null, binds);
        }
        int nul = text.indexOf(NUL);
        if (nul >= 0) {
            // PostgreSQL cannot even take it as a parameter; SQLite would quietly find nothing
            throw new ExpressionException("the expression contains a NUL character (U+0000), which no value in a"
                    + " registry can hold", text, nul, nul + 1);
        }
        return new WhereClause(text, ExpressionParser.parse(text), binds);
    }

    public boolean isEmpty() {
        return expr == null;
    }
}
