package org.lsst.butlerbrowser.model.registry;

import java.util.Map;
import org.lsst.butlerbrowser.model.query.Expr;
import org.lsst.butlerbrowser.model.query.ExpressionParser;

/**
 * A user's {@code --where} expression, parsed, with the values of its {@code :name} binds.
 *
 * @param text the expression as typed (for messages)
 * @param expr the parsed tree, or null for "no constraint"
 */
public record WhereClause(String text, Expr expr, Map<String, Object> binds) {

    public static final WhereClause NONE = new WhereClause("", null, Map.of());

    public WhereClause {
        binds = Map.copyOf(binds);
    }

    public static WhereClause parse(String text) {
        return parse(text, Map.of());
    }

    public static WhereClause parse(String text, Map<String, Object> binds) {
        if (text == null || text.isBlank()) {
            return new WhereClause("", null, binds);
        }
        return new WhereClause(text, ExpressionParser.parse(text), binds);
    }

    public boolean isEmpty() {
        return expr == null;
    }
}
