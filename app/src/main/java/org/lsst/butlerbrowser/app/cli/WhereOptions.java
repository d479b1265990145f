package org.lsst.butlerbrowser.app.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lsst.butlerbrowser.model.registry.WhereClause;
import picocli.CommandLine.Option;

/** {@code --where} and {@code --bind}, shared by the query subcommands. */
final class WhereOptions {

    @Option(names = "--where", paramLabel = "EXPR", description = "A daf_butler query expression.")
    String where;

    @Option(names = "--bind", paramLabel = "NAME=VALUE",
            description = "A value for :NAME in --where (integers and decimals are numbers, anything else a string).")
    List<String> binds = List.of();

    WhereClause clause() {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String b : binds) {
            int eq = b.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--bind takes NAME=VALUE, not '" + b + "'");
            }
            values.put(b.substring(0, eq).trim(), bindValue(b.substring(eq + 1)));
        }
        return WhereClause.parse(where, values);
    }

    private static Object bindValue(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException notInteger) {
            try {
                return Double.parseDouble(text.trim());
            } catch (NumberFormatException notNumber) {
                return text;
            }
        }
    }
}
