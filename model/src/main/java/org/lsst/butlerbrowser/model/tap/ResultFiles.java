package org.lsst.butlerbrowser.model.tap;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lsst.butlerbrowser.model.table.ResultTable;
import uk.ac.starlink.fits.FitsTableBuilder;
import uk.ac.starlink.table.RowSequence;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.StoragePolicy;
import uk.ac.starlink.table.TableBuilder;
import uk.ac.starlink.table.formats.CsvTableBuilder;
import uk.ac.starlink.util.FileDataSource;
import uk.ac.starlink.votable.VOTableBuilder;

/**
 * A query result saved to a file (VOTable in any serialization, FITS or CSV, as {@code tap-query
 * --out} or TOPCAT writes them) read back as a {@link TapResult}, so that its columns carry the
 * same metadata (xtype, UCD, utype) a live answer has and its footprints are parsed the same way.
 */
public final class ResultFiles {

    private static final int SNIFF_BYTES = 512;

    private ResultFiles() {
    }

    /** Whether the file starts like a table this class reads (XML, FITS), rather than, say, an SQLite registry. */
    public static boolean looksLikeTable(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        String start = start(file);
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return start.startsWith("<") || start.startsWith("SIMPLE  =") || name.endsWith(".csv");
    }

    /**
     * Reads the whole table into memory.
     *
     * @throws TapException (kind MALFORMED) naming the file when it is missing or not a table
     */
    public static TapResult read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new TapException(TapException.Kind.MALFORMED, "no such file: " + file);
        }
        try {
            String start = start(file);
            TableBuilder builder = start.startsWith("<") ? new VOTableBuilder(false) // lenient, as for live answers
                    : start.startsWith("SIMPLE  =") ? new FitsTableBuilder() : new CsvTableBuilder();
            StarTable table = builder.makeStarTable(new FileDataSource(file.toFile()), false, StoragePolicy.PREFER_MEMORY);
            if (table == null) {
                throw new TapException(TapException.Kind.MALFORMED, file + " holds no table");
            }
            ResultTable.Builder rows = new ResultTable.Builder();
            rows.acceptMetadata(table);
            try (RowSequence seq = table.getRowSequence()) {
                while (seq.next()) {
                    rows.acceptRow(seq.getRow());
                }
            }
            ResultTable result = rows.build();
            return new TapResult(result, result.starColumns().stream().map(TapColumn::fromStil).toList(), false, -1,
                    Files.size(file));
        } catch (IOException | RuntimeException e) {
            if (e instanceof TapException t) {
                throw t;
            }
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new TapException(TapException.Kind.MALFORMED, file + " is not a table this program reads (" + why + ")", e);
        }
    }

    private static String start(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(SNIFF_BYTES), StandardCharsets.ISO_8859_1).stripLeading().replace("\uFEFF", "");
        } catch (IOException e) {
            return "";
        }
    }
}
