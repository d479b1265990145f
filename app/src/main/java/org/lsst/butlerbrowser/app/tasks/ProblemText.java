package org.lsst.butlerbrowser.app.tasks;

import java.util.Locale;

/** How a failed job is told to the user in a status line: one sentence. */
public final class ProblemText {

    private ProblemText() {
    }

    /**
     * The problem's own message as one sentence: its first line, capitalised, ending in a period;
     * the exception's class name when it has no message. The model's messages never carry secrets.
     */
    public static String sentence(Throwable problem) {
        String message = problem.getMessage();
        String text = message == null || message.isBlank() ? problem.getClass().getSimpleName()
                : message.strip().lines().findFirst().orElse("").strip();
        text = text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }
}
