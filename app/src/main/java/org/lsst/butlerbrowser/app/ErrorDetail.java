package org.lsst.butlerbrowser.app;

import java.util.ArrayList;
import java.util.List;

/**
 * The detail behind an error sentence: each cause in turn, as "Kind: message". Messages are the
 * model's own, which never carry passwords or tokens (tests check that), so the detail is safe to
 * show and to copy into a bug report.
 */
final class ErrorDetail {

    private static final int MAX_CAUSES = 12;

    private ErrorDetail() {
    }

    static String of(Throwable problem) {
        List<String> lines = new ArrayList<>();
        Throwable t = problem;
        while (t != null && lines.size() < MAX_CAUSES) {
            lines.add((lines.isEmpty() ? "" : "caused by ") + t.getClass().getSimpleName()
                    + (t.getMessage() == null ? "" : ": " + t.getMessage()));
            t = t.getCause() == t ? null : t.getCause();
        }
        return String.join("\n", lines);
    }
}
