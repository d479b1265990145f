package org.lsst.butlerbrowser.app.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lsst.butlerbrowser.model.table.ResultTable;
import org.lsst.butlerbrowser.model.tap.Cancellation;
import org.lsst.butlerbrowser.model.tap.TapProgress;
import org.lsst.butlerbrowser.model.tap.TapResult;
import uk.ac.starlink.table.ColumnInfo;
import uk.ac.starlink.table.RandomStarTable;
import uk.ac.starlink.votable.DataFormat;
import uk.ac.starlink.votable.VOTableVersion;
import uk.ac.starlink.votable.VOTableWriter;

/**
 * A million ObsCore rows made from the rows the kit's service returned for an ObsCore query
 * (shared/fixtures/tap/obscore-sync-tabledata.vot: 24 columns, with Rubin's lsst_* ones), repeated
 * with what is unique per dataset made unique again: each copy gets its own dataset UUID (in
 * obs_publisher_did and access_url) and its footprint moved by a hundred-thousandth of a degree per
 * copy, so no string repeats that would not repeat in a real table. Written once as BINARY2.
 */
final class SyntheticObsCore {

    static final int ROWS = 1_000_000;
    private static final Pattern UUID_TAIL = Pattern.compile("([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-)([0-9a-f]{12})");

    private SyntheticObsCore() {
    }

    /** Writes {@code rows} rows to {@code file} (through a temporary file, so a partial file never stays). */
    static void write(Path fixture, Path file, int rows) throws IOException {
        ResultTable base = TapResult.read(fixture, TapProgress.NONE, Cancellation.none()).table();
        int did = base.columnIndex("obs_publisher_did");
        int url = base.columnIndex("access_url");
        int region = base.columnIndex("s_region");
        RandomStarTable table = new RandomStarTable() {
            @Override
            public long getRowCount() {
                return rows;
            }

            @Override
            public int getColumnCount() {
                return base.starColumns().size();
            }

            @Override
            public ColumnInfo getColumnInfo(int c) {
                return base.starColumns().get(c);
            }

            @Override
            public Object getCell(long row, int c) {
                int from = (int) (row % base.rowCount());
                long copy = row / base.rowCount();
                Object value = base.value(from, c);
                if (value == null || copy == 0) {
                    return value;
                }
                if (c == did || c == url) {
                    return newUuid((String) value, copy);
                }
                return c == region ? moved((String) value, copy) : value;
            }
        };
        table.setName("obscore, " + rows + " synthetic rows");
        table.setParameters(base.asStarTable().getParameters());
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16)) {
            new VOTableWriter(DataFormat.BINARY2, true, VOTableVersion.V14).writeStarTable(table, out);
        }
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The same text with its UUID's last 12 hex digits advanced by the copy number. */
    private static String newUuid(String text, long copy) {
        Matcher m = UUID_TAIL.matcher(text);
        if (!m.find()) {
            return text + "#" + copy;
        }
        long tail = (Long.parseLong(m.group(2), 16) + copy) & 0xFFFF_FFFF_FFFFL;
        return text.substring(0, m.start()) + m.group(1) + String.format(Locale.ROOT, "%012x", tail) + text.substring(m.end());
    }

    /** "Polygon ICRS ra dec ...": every RA moved by copy × 1e-5 degrees, written with seven decimals. */
    private static String moved(String stcs, long copy) {
        String[] words = stcs.strip().split("\\s+");
        StringBuilder out = new StringBuilder(words[0]).append(' ').append(words[1]);
        for (int i = 2; i < words.length; i++) {
            double v = Double.parseDouble(words[i]);
            if (i % 2 == 0) {
                v = (v + copy * 1e-5) % 360;
            }
            out.append(' ').append(String.format(Locale.ROOT, "%.7f", v));
        }
        return out.toString();
    }
}
