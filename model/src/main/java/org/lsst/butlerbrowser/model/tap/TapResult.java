package org.lsst.butlerbrowser.model.tap;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.lsst.butlerbrowser.model.table.ResultTable;

/**
 * The table a TAP query returned, with what the service said about it.
 *
 * @param table      the rows, in memory column by column
 * @param columns    the service's description of each column (FIELD metadata)
 * @param overflowed whether the service stopped at MAXREC (QUERY_STATUS=OVERFLOW) so rows are missing
 * @param maxrec     the MAXREC the query asked for, or -1 when it left the service's default
 * @param bytesRead  the size of the response body
 */
public record TapResult(ResultTable table, List<TapColumn> columns, boolean overflowed, long maxrec, long bytesRead) {

    public TapResult {
        columns = List.copyOf(columns);
    }

    /**
     * A result saved to a file (VOTable in any serialization, FITS, or CSV with a header), read as a
     * service's answer would be: QUERY_STATUS honoured, OVERFLOW kept as a warning.
     */
    public static TapResult read(Path file, TapProgress progress, Cancellation cancellation) {
        return TapResultReader.read(new TableFile(file), -1, progress, cancellation);
    }

    public int rowCount() {
        return table.rowCount();
    }

    /** "truncated at MAXREC=N" when the service cut the result short. */
    public Optional<String> warning() {
        if (!overflowed) {
            return Optional.empty();
        }
        return Optional.of("truncated at MAXREC=" + (maxrec >= 0 ? maxrec : table.rowCount())
                + (maxrec >= 0 ? "" : " (the service's default limit)"));
    }

    /** Whether the columns are ObsCore's (by utype or by standard names). */
    public boolean isObsCore() {
        return ObsCoreColumns.recognises(columns);
    }

    /** The rows read as ObsCore, with typed values and footprints. */
    public ObsCoreResult obsCore() {
        return new ObsCoreResult(table, columns);
    }
}
