package org.lsst.butlerbrowser.model.table;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.ac.starlink.ecsv.EcsvTableWriter;
import uk.ac.starlink.table.StarTableWriter;
import uk.ac.starlink.table.formats.CsvTableWriter;
import uk.ac.starlink.votable.DataFormat;
import uk.ac.starlink.votable.FitsPlusTableWriter;
import uk.ac.starlink.votable.VOTableVersion;
import uk.ac.starlink.votable.VOTableWriter;

/**
 * The file formats a table is exported to, each written by STIL's own writer.
 *
 * <p>FITS is written as STIL's "FITS-plus": an ordinary FITS file whose first extension is the
 * binary table (any FITS reader reads it), with the VOTable metadata (UCDs, xtypes, descriptions)
 * in the primary HDU so that TOPCAT and STIL get every column's metadata back.
 */
public enum TableFormat {

    CSV("CSV", List.of("csv")),
    VOTABLE("VOTable (TABLEDATA)", List.of("vot", "xml", "votable")),
    VOTABLE_BINARY2("VOTable (BINARY2)", List.of("vot", "xml", "votable")),
    FITS("FITS binary table", List.of("fits", "fit", "fts")),
    ECSV("ECSV", List.of("ecsv"));

    private final String label;
    private final List<String> extensions;

    TableFormat(String label, List<String> extensions) {
        this.label = label;
        this.extensions = extensions;
    }

    /** What a person picks, e.g. "VOTable (BINARY2)". */
    public String label() {
        return label;
    }

    /** File name extensions without the dot; the first is the one added to a bare name. */
    public List<String> extensions() {
        return extensions;
    }

    /** A fresh writer: STIL's writers carry settings, so they are not shared between exports. */
    StarTableWriter writer() {
        return switch (this) {
            case CSV -> new CsvTableWriter(true);
            case VOTABLE -> new VOTableWriter(DataFormat.TABLEDATA, true, VOTableVersion.V14);
            case VOTABLE_BINARY2 -> new VOTableWriter(DataFormat.BINARY2, true, VOTableVersion.V14);
            case FITS -> new FitsPlusTableWriter();
            case ECSV -> new EcsvTableWriter();
        };
    }

    /**
     * The format a file name asks for by its extension; {@code preferred} settles a name that two
     * formats share (.vot) and is used when the extension is unknown.
     */
    public static TableFormat forFileName(String fileName, TableFormat preferred) {
        return byExtension(fileName)
                .filter(f -> !preferred.extensions.contains(extension(fileName)))
                .orElse(preferred);
    }

    /** {@code fileName} with this format's extension added unless it already ends with one of the format's. */
    public String withExtension(String fileName) {
        return extensions.contains(extension(fileName)) ? fileName : fileName + "." + extensions.get(0);
    }

    private static Optional<TableFormat> byExtension(String fileName) {
        String ext = extension(fileName);
        for (TableFormat f : values()) {
            if (f.extensions.contains(ext)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
