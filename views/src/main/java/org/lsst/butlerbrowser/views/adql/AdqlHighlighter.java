package org.lsst.butlerbrowser.views.adql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits ADQL text into the pieces an editor colours: keywords, functions, string literals,
 * numbers and comments, with everything else plain. It only looks at tokens (it is not a parser),
 * so half-typed queries highlight as well as finished ones.
 */
public final class AdqlHighlighter {

    /** How a piece of text is shown. */
    public enum Kind { PLAIN, KEYWORD, FUNCTION, STRING, NUMBER, COMMENT }

    /** The characters [start, end) of the text, of one kind. */
    public record Span(int start, int end, Kind kind) {
    }

    /** ADQL 2.1's reserved words that shape a query (the SQL ones an ADQL user types). */
    static final Set<String> KEYWORDS = Set.of("SELECT", "TOP", "DISTINCT", "ALL", "FROM", "WHERE", "AND", "OR",
            "NOT", "AS", "ORDER", "BY", "ASC", "DESC", "GROUP", "HAVING", "JOIN", "INNER", "LEFT", "RIGHT", "FULL",
            "OUTER", "NATURAL", "CROSS", "ON", "USING", "IN", "BETWEEN", "LIKE", "ILIKE", "IS", "NULL", "EXISTS",
            "UNION", "EXCEPT", "INTERSECT", "OFFSET", "WITH", "CASE", "WHEN", "THEN", "ELSE", "END", "TRUE", "FALSE");

    /** ADQL's functions: geometry, mathematics, aggregates, strings and conversions. */
    static final Set<String> FUNCTIONS = Set.of("POINT", "CIRCLE", "BOX", "POLYGON", "REGION", "CONTAINS",
            "INTERSECTS", "AREA", "CENTROID", "COORD1", "COORD2", "COORDSYS", "DISTANCE", "ABS", "CEILING", "DEGREES",
            "EXP", "FLOOR", "LOG", "LOG10", "MOD", "PI", "POWER", "RADIANS", "SQRT", "RAND", "ROUND", "TRUNCATE",
            "SIN", "COS", "TAN", "ASIN", "ACOS", "ATAN", "ATAN2", "COUNT", "SUM", "AVG", "MIN", "MAX", "LOWER",
            "UPPER", "COALESCE", "CAST", "IN_UNIT", "MOC");

    private AdqlHighlighter() {
    }

    /** Spans covering the whole text, in order, neighbouring spans of one kind merged. */
    public static List<Span> spans(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int end;
            Kind kind;
            if (c == '\'') {
                end = quoted(text, i, '\'');
                kind = Kind.STRING;
            } else if (c == '"') {
                end = quoted(text, i, '"'); // a delimited identifier: a name, shown plain
                kind = Kind.PLAIN;
            } else if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
                end = text.indexOf('\n', i);
                end = end < 0 ? n : end;
                kind = Kind.COMMENT;
            } else if (isWordStart(c)) {
                end = i + 1;
                while (end < n && isWordPart(text.charAt(end))) {
                    end++;
                }
                String word = text.substring(i, end).toUpperCase(Locale.ROOT);
                kind = KEYWORDS.contains(word) ? Kind.KEYWORD : FUNCTIONS.contains(word) ? Kind.FUNCTION : Kind.PLAIN;
            } else if (Character.isDigit(c) || c == '.' && i + 1 < n && Character.isDigit(text.charAt(i + 1))) {
                end = number(text, i);
                kind = Kind.NUMBER;
            } else {
                end = i + 1;
                kind = Kind.PLAIN;
            }
            add(out, i, end, kind);
            i = end;
        }
        return out;
    }

    private static void add(List<Span> out, int start, int end, Kind kind) {
        if (!out.isEmpty() && out.get(out.size() - 1).kind() == kind) {
            Span last = out.remove(out.size() - 1);
            out.add(new Span(last.start(), end, kind));
        } else {
            out.add(new Span(start, end, kind));
        }
    }

    /** The end of a quoted piece starting at {@code start}; a doubled quote stays inside; unclosed runs to the end. */
    private static int quoted(String text, int start, char quote) {
        int i = start + 1;
        while (i < text.length()) {
            if (text.charAt(i) == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return text.length();
    }

    /** Digits, a decimal point, and an exponent such as {@code 6.2E-7}. */
    private static int number(String text, int start) {
        int i = start;
        int n = text.length();
        while (i < n && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
            i++;
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (text.charAt(j) == '+' || text.charAt(j) == '-')) {
                j++;
            }
            if (j < n && Character.isDigit(text.charAt(j))) {
                i = j;
                while (i < n && Character.isDigit(text.charAt(i))) {
                    i++;
                }
            }
        }
        return i;
    }

    private static boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
