package org.lsst.butlerbrowser.model.table;

/** What an export reports to, and asks whether to stop. Called on the exporting thread. */
public interface ExportProgress {

    /** Nothing listens and nothing cancels. */
    ExportProgress NONE = new ExportProgress() {
        @Override
        public void rows(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /**
     * {@code done} rows of the current pass over the table are written; {@code total} is -1 while
     * unknown. Some formats (FITS) read the table twice: once to size the columns, then to write.
     */
    void rows(long done, long total);

    /** Checked before every row; true stops the export and deletes what was written. */
    boolean isCancelled();
}
