package org.lsst.butlerbrowser.app.cli;

import java.io.PrintWriter;
import org.lsst.butlerbrowser.model.registry.ResultCursor;
import picocli.CommandLine.Option;

/** {@code --limit}, as the butler takes it: 0 for no limit. */
final class LimitOption {

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20000",
            description = "At most N rows; 0 for no limit (default: ${DEFAULT-VALUE}).")
    long limit;

    long rows() {
        if (limit < 0) {
            throw new IllegalArgumentException("--limit must be 0 (no limit) or a positive number of rows");
        }
        return limit;
    }

    /** Says on stderr when the limit cut the answer short, as the butler does. */
    void warnIfTruncated(ResultCursor<?> cursor, PrintWriter err) {
        if (cursor.truncated()) {
            err.println("warning: only the first " + limit + " rows are shown; use --limit 0 for all");
        }
    }
}
