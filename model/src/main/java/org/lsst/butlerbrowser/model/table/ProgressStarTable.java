package org.lsst.butlerbrowser.model.table;

import java.io.IOException;
import java.io.InterruptedIOException;
import uk.ac.starlink.table.RowSequence;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.WrapperRowSequence;
import uk.ac.starlink.table.WrapperStarTable;

/**
 * Counts the rows STIL reads from a table, reports them to an {@link ExportProgress} and stops
 * the writer, by an {@link InterruptedIOException}, once the export is cancelled. The row count of
 * a finished pass is the total of the next (FITS writers read twice).
 */
final class ProgressStarTable extends WrapperStarTable {

    /** Reports are throttled to one per this many rows: the window's progress bar needs no more. */
    private static final long REPORT_EVERY = 256;

    private final ExportProgress progress;
    private long total;
    private long lastPassRows = -1;

    ProgressStarTable(StarTable base, long knownRows, ExportProgress progress) {
        super(base);
        this.progress = progress;
        this.total = knownRows;
    }

    /** Rows read in the last complete pass, -1 before one finished. */
    long lastPassRows() {
        return lastPassRows;
    }

    @Override
    public RowSequence getRowSequence() throws IOException {
        checkCancelled();
        return new WrapperRowSequence(super.getRowSequence()) {
            private long done;

            @Override
            public boolean next() throws IOException {
                checkCancelled();
                if (!super.next()) {
                    lastPassRows = done;
                    total = done;
                    progress.rows(done, total);
                    return false;
                }
                done++;
                if (done % REPORT_EVERY == 0) {
                    progress.rows(done, total);
                }
                return true;
            }
        };
    }

    private void checkCancelled() throws InterruptedIOException {
        if (progress.isCancelled()) {
            throw new InterruptedIOException("export cancelled");
        }
    }
}
