package org.lsst.butlerbrowser.model.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lsst.butlerbrowser.model.region.ConvexPolygon;
import org.lsst.butlerbrowser.model.region.StcsFormatter;
import org.lsst.butlerbrowser.model.registry.DatasetQuery;
import org.lsst.butlerbrowser.model.registry.DatasetRef;
import org.lsst.butlerbrowser.model.registry.DimensionRecord;
import org.lsst.butlerbrowser.model.registry.Registry;
import org.lsst.butlerbrowser.model.registry.RegistryException;
import org.lsst.butlerbrowser.model.registry.WhereClause;
import org.lsst.butlerbrowser.model.testing.Fixtures;
import org.lsst.butlerbrowser.model.testing.TestRepos;
import org.lsst.butlerbrowser.model.time.TaiTime;
import org.lsst.butlerbrowser.model.time.Timespan;
import uk.ac.starlink.table.RowSequence;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.StarTableFactory;

/**
 * Tables from the rc2 SQLite registry written in every format, then read back with STIL's own
 * readers and compared cell by cell with the rows they came from (and with daf_butler's answer).
 */
class TableExporterTest {

    private static final String[] CALEXP_COLUMNS =
            {"dataset_type", "run", "id", "instrument", "detector", "visit", "band", "day_obs", "physical_filter"};

    private static Registry registry;

    @TempDir
    Path dir;

    @BeforeAll
    static void open() {
        registry = TestRepos.open(TestRepos.RC2_SQLITE);
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    /** calexp in HSC/runs/RC2, find-first: what daf_butler's query-datasets answered in the fixture. */
    private static TableRows calexps() {
        List<ColumnInfo> columns = new ArrayList<>();
        for (String name : CALEXP_COLUMNS) {
            Class<?> type = switch (name) {
                case "id" -> UUID.class;
                case "detector", "visit", "day_obs" -> Long.class;
                default -> String.class;
            };
            columns.add(name.equals("id")
                    ? new ColumnInfo("id", UUID.class, null, "meta.id;meta.main", null, "dataset UUID")
                    : ColumnInfo.of(name, type));
        }
        DatasetQuery query = DatasetQuery.of("calexp", List.of("HSC/runs/RC2"), true);
        return new CursorRows<DatasetRef>("calexp", columns, () -> registry.queryDatasets(query), ref -> new Object[] {
            ref.datasetType(), ref.run(), ref.id(), ref.dataId().get("instrument"), ref.dataId().get("detector"),
            ref.dataId().get("visit"), ref.dataId().get("band"), ref.dataId().get("day_obs"),
            ref.dataId().get("physical_filter")});
    }

    /** visit records: units, UCDs, NULLs in every type, a region and a timespan per row. */
    private static TableRows visits() {
        List<ColumnInfo> columns = List.of(
                ColumnInfo.of("instrument", String.class),
                new ColumnInfo("id", Long.class, null, "meta.id;obs", null, "visit ID"),
                ColumnInfo.of("day_obs", Long.class),
                ColumnInfo.of("physical_filter", String.class),
                ColumnInfo.of("seq_num", Long.class),
                new ColumnInfo("exposure_time", Double.class, "s", "time.duration;obs.exposure", null, "exposure time"),
                ColumnInfo.of("target_name", String.class),
                new ColumnInfo("zenith_angle", Double.class, "deg", "pos.az.zd", null, null),
                new ColumnInfo("region", ConvexPolygon.class, null, "pos.outline;obs.field", null, "visit footprint"),
                ColumnInfo.of("timespan", Timespan.class));
        return new CursorRows<DimensionRecord>("visit", columns,
                () -> registry.queryDimensionRecords("visit", WhereClause.NONE, 0),
                r -> columns.stream().map(c -> r.get(c.name())).toArray());
    }

    // ---- writing and reading back -------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(TableFormat.class)
    void calexpRowsReadBackEqualToTheSourceAndToDafButlersAnswer(TableFormat format) throws Exception {
        TableRows source = calexps();
        Path file = dir.resolve("calexp." + format.extensions().get(0));

        long written = TableExporter.export(source, file, format, ExportProgress.NONE);

        List<Object[]> expected = expectedRows(source);
        assertEquals(expected.size(), written);
        StarTable back = read(file, format);
        assertColumnsMatch(source, back, format);
        assertRowsEqual(expected, rows(back));

        // and what was written is what `butler query-datasets calexp --collections HSC/runs/RC2 --find-first` printed
        List<String> oracle = Files.readAllLines(Fixtures.registry("expected/rc2-sqlite/cli")
                        .resolve("query-datasets_calexp_chain-RC2_find-first.txt")).stream()
                .skip(3).filter(l -> !l.isBlank()).map(l -> String.join(" ", l.strip().split("\\s+"))).sorted().toList();
        List<String> exported = rows(back).stream()
                .map(r -> Arrays.stream(r).map(v -> String.valueOf(normalized(v))).reduce((a, b) -> a + " " + b).orElse(""))
                .sorted().toList();
        assertEquals(oracle, exported);
    }

    @ParameterizedTest
    @EnumSource(TableFormat.class)
    void visitRecordsKeepNullsRegionsAsStcsAndTimespansAsTaiIntervals(TableFormat format) throws Exception {
        TableRows source = visits();
        Path file = dir.resolve("visit." + format.extensions().get(0));

        assertEquals(160, TableExporter.export(source, file, format, ExportProgress.NONE));

        StarTable back = read(file, format);
        assertColumnsMatch(source, back, format);
        List<Object[]> rows = rows(back);
        assertRowsEqual(expectedRows(source), rows);
        // visit 318 as daf_butler reported it
        JsonNode visit318 = StreamSupport.stream(Fixtures.expected("rc2-sqlite", "dimension_records.json")
                        .get("elements").spliterator(), false)
                .filter(e -> e.get("element").asText().equals("visit")).findFirst().orElseThrow()
                .get("records").get(0);
        Object[] first = rows.get(0);
        assertEquals(visit318.get("id").asLong(), normalized(first[1]));
        assertTrue(((String) first[8]).startsWith("POLYGON ICRS "), "region as s_region text: " + first[8]);
        JsonNode timespan = visit318.get("timespan");
        assertEquals(timespan.get("begin_tai").asText() + "/" + timespan.get("end_tai").asText(), first[9]);
    }

    private static StarTable read(Path file, TableFormat format) throws IOException {
        String handler = switch (format) {
            case CSV -> "csv";
            case VOTABLE, VOTABLE_BINARY2 -> "votable";
            case FITS -> "fits";
            case ECSV -> "ecsv";
        };
        return new StarTableFactory(true).makeStarTable(file.toString(), handler);
    }

    private static void assertColumnsMatch(TableRows source, StarTable back, TableFormat format) {
        List<ColumnInfo> columns = source.columns();
        assertEquals(columns.size(), back.getColumnCount());
        for (int i = 0; i < columns.size(); i++) {
            ColumnInfo expected = columns.get(i);
            uk.ac.starlink.table.ColumnInfo actual = back.getColumnInfo(i);
            assertEquals(expected.name(), actual.getName());
            if (format != TableFormat.CSV) { // CSV has a header line of names only
                // STIL's ECSV reader gives "" for a key the file leaves out
                assertEquals(expected.unit(), blankToNull(actual.getUnitString()), expected.name() + " unit");
                assertEquals(expected.ucd(), blankToNull(actual.getUCD()), expected.name() + " UCD");
                assertEquals(expected.description(), blankToNull(actual.getDescription()), expected.name() + " description");
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** The source rows as they should read back: UUIDs, regions and timespans as text. */
    private static List<Object[]> expectedRows(TableRows source) {
        List<Object[]> out = new ArrayList<>();
        try (TableRows.RowIterator it = source.open()) {
            it.forEachRemaining(row -> out.add(Arrays.stream(row).map(v -> {
                if (v instanceof ConvexPolygon p) {
                    return StcsFormatter.polygon(p);
                } else if (v instanceof Timespan t) {
                    return TaiTime.toTaiIso(t.beginNsec()) + "/" + TaiTime.toTaiIso(t.endNsec());
                }
                return v instanceof UUID ? v.toString() : v;
            }).toArray()));
        }
        return out;
    }

    private static List<Object[]> rows(StarTable table) throws IOException {
        List<Object[]> out = new ArrayList<>();
        try (RowSequence seq = table.getRowSequence()) {
            while (seq.next()) {
                out.add(seq.getRow());
            }
        }
        return out;
    }

    private static void assertRowsEqual(List<Object[]> expected, List<Object[]> actual) {
        assertEquals(expected.size(), actual.size(), "rows");
        for (int r = 0; r < expected.size(); r++) {
            Object[] e = Arrays.stream(expected.get(r)).map(TableExporterTest::normalized).toArray();
            Object[] a = Arrays.stream(actual.get(r)).map(TableExporterTest::normalized).toArray();
            assertArrayEquals(e, a, "row " + r);
        }
    }

    /**
     * Equal values as every format gives them back: readers choose the narrowest integer type
     * (CSV, also Float for decimals a float holds exactly), FITS gives a one-character text
     * column back as Character, and a missing value may come back as null, NaN or an empty string.
     */
    private static Object normalized(Object v) {
        if (v instanceof Double d && d.isNaN() || v instanceof Float f && f.isNaN() || "".equals(v)) {
            return null;
        }
        if (v instanceof Float f) {
            return Double.valueOf(f.toString());
        }
        if (v instanceof Character c) {
            return c.toString();
        }
        if (v instanceof Byte || v instanceof Short || v instanceof Integer || v instanceof Long) {
            return ((Number) v).longValue();
        }
        return v;
    }

    // ---- progress, cancellation and failures ----------------------------------------------------

    private static ListRows numbers(int n) {
        return new ListRows("numbers", List.of(ColumnInfo.of("n", Long.class), ColumnInfo.of("label", String.class)),
                IntStream.range(0, n).mapToObj(i -> new Object[] {(long) i, "row " + i}).toList());
    }

    @Test
    void progressCountsRowsAgainstTheKnownTotal() throws Exception {
        List<long[]> reports = new ArrayList<>();
        ExportProgress progress = new ExportProgress() {
            @Override
            public void rows(long done, long total) {
                reports.add(new long[] {done, total});
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        assertEquals(1000, TableExporter.export(numbers(1000), dir.resolve("n.vot"), TableFormat.VOTABLE, progress));

        assertArrayEquals(new long[] {256, 1000}, reports.get(0));
        assertArrayEquals(new long[] {1000, 1000}, reports.get(reports.size() - 1));
        assertTrue(reports.stream().allMatch(r -> r[1] == 1000), "the total is known throughout");
    }

    @ParameterizedTest
    @EnumSource(TableFormat.class)
    void cancellingStopsTheExportAndLeavesNoFile(TableFormat format) {
        Path file = dir.resolve("n." + format.extensions().get(0));

        assertThrows(CancellationException.class,
                () -> TableExporter.export(numbers(100_000), file, format, cancelAfter(1000)));

        assertFalse(Files.exists(file));
        assertEquals(List.of(), listing(dir), "no partial file is left in the folder");
    }

    @Test
    void cancellingLeavesAFileAlreadyThereUntouched() throws Exception {
        Path file = Files.writeString(dir.resolve("n.csv"), "earlier export\n");

        assertThrows(CancellationException.class,
                () -> TableExporter.export(numbers(100_000), file, TableFormat.CSV, cancelAfter(1000)));

        assertEquals("earlier export\n", Files.readString(file));
        assertEquals(List.of("n.csv"), listing(dir));
    }

    @Test
    void aFinishedExportReplacesTheFileThere() throws Exception {
        Path file = Files.writeString(dir.resolve("n.csv"), "earlier export\n");

        TableExporter.export(numbers(2), file, TableFormat.CSV, ExportProgress.NONE);

        assertEquals("n,label\n0,row 0\n1,row 1\n", Files.readString(file));
    }

    @Test
    void theExportedFileGetsTheFolderDefaultPermissionsNotATempFilesOwnerOnlyOnes() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path probe = Files.createFile(dir.resolve("probe"));
        Path file = dir.resolve("n.ecsv");

        TableExporter.export(numbers(2), file, TableFormat.ECSV, ExportProgress.NONE);

        assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(file));
    }

    private static ExportProgress cancelAfter(long rows) {
        return new ExportProgress() {
            private long seen;

            @Override
            public void rows(long done, long total) {
                seen = done;
            }

            @Override
            public boolean isCancelled() {
                return seen >= rows;
            }
        };
    }

    @Test
    void aMissingFolderIsReportedInOneSentence() {
        Path file = dir.resolve("no-such-folder/calexp.vot");

        ExportException e = assertThrows(ExportException.class,
                () -> TableExporter.export(numbers(3), file, TableFormat.VOTABLE, ExportProgress.NONE));

        assertEquals("Cannot write " + file + ": the folder " + file.getParent() + " does not exist.", e.getMessage());
    }

    @Test
    void aFolderAsTheTargetIsReportedInOneSentence() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("calexp.fits"));

        ExportException e = assertThrows(ExportException.class,
                () -> TableExporter.export(numbers(3), folder, TableFormat.FITS, ExportProgress.NONE));

        assertEquals("Cannot write " + folder + ": it is a folder.", e.getMessage());
    }

    @Test
    void aReadFailureMidwayNamesTheCauseAndLeavesNoFile() {
        AtomicInteger read = new AtomicInteger();
        TableRows failing = new CursorRows<DimensionRecord>("failing", List.of(ColumnInfo.of("id", Long.class)),
                () -> registry.queryDimensionRecords("visit", WhereClause.NONE, 0), r -> {
                    if (read.incrementAndGet() == 80) { // halfway through the 160 visits
                        throw new RegistryException("database disk image is malformed");
                    }
                    return new Object[] {r.get("id")};
                });
        Path file = dir.resolve("failing.ecsv");

        ExportException e = assertThrows(ExportException.class,
                () -> TableExporter.export(failing, file, TableFormat.ECSV, ExportProgress.NONE));

        assertEquals("Cannot write " + file + ": database disk image is malformed.", e.getMessage());
        assertEquals(List.of(), listing(dir));
    }

    @Test
    void aValueOfTheWrongTypeIsNamedWithItsColumn() {
        TableRows wrong = new ListRows("wrong", List.of(ColumnInfo.of("visit", Long.class)),
                List.<Object[]>of(new Object[] {1L}, new Object[] {"318"}));
        Path file = dir.resolve("wrong.csv");

        ExportException e = assertThrows(ExportException.class,
                () -> TableExporter.export(wrong, file, TableFormat.CSV, ExportProgress.NONE));

        assertEquals("Cannot write " + file + ": column visit holds Long values but one row has a String (318).",
                e.getMessage());
        assertFalse(Files.exists(file));
    }

    private static List<String> listing(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
