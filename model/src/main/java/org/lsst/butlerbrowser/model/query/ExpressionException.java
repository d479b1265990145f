package org.lsst.butlerbrowser.model.query;

/**
 * A query expression that cannot be parsed or used, with the character range to underline.
 */
public final class ExpressionException extends IllegalArgumentException {

    private final String expression;
    private final int start;
    private final int end;

    public ExpressionException(String message, String expression, int start, int end) {
        super(message);
        this.expression = expression;
        this.start = Math.max(0, Math.min(start, expression.length()));
        this.end = Math.max(this.start, Math.min(end, expression.length()));
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    /** The message with the expression and a caret line under the offending characters. */
    public String describe() {
        String shown = expression.length() > 200 ? expression.substring(0, 200) + "…" : expression;
        if (start > 200) {
            return getMessage() + " (at character " + (start + 1) + ")";
        }
        int width = Math.max(1, Math.min(end, 200) - start);
        return getMessage() + "\n  " + shown + "\n  " + " ".repeat(start) + "^".repeat(width);
    }

    /** One line: the message and the position, for single-line error channels. */
    public String oneLine() {
        return getMessage() + " (at character " + (start + 1) + " of the expression)";
    }
}
