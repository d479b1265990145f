package org.lsst.butlerbrowser.model.tap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;
import org.lsst.butlerbrowser.model.region.FootprintParsers.FootprintParser;
import org.lsst.butlerbrowser.model.region.RegionFormatException;
import org.lsst.butlerbrowser.model.table.ResultTable;
import org.lsst.butlerbrowser.model.testing.Corpus;
import org.lsst.butlerbrowser.model.testing.Gen;
import org.lsst.butlerbrowser.model.testing.Hostile;
import org.lsst.butlerbrowser.model.testing.ParserContract;
import org.lsst.butlerbrowser.model.testing.Properties;
import org.lsst.butlerbrowser.model.testing.RegionInvariants;

/**
 * TAP results against hostile bodies: VOTables with huge declared arraysizes, wrong datatypes,
 * invalid UTF-8, truncated streams, BINARY2 counts that lie and QUERY_STATUS oddities, and the
 * same through CSV. Each is a table or a {@link TapException}; a table can be read cell by cell and
 * its footprints parsed (or refused) without any other exception.
 */
class VoTableFuzzTest {

    /** Results are held in memory by design; a declared size must never turn into an allocation. */
    static final ParserContract<TapResult> READER = ParserContract.of("VOTable result reader",
            VoTableFuzzTest::checkResult, TapException.class).allocating(64L << 20, 200);

    private static final List<String> WORDS = List.of("<", ">", "</", "/>", "\"", "=", "&", "&amp;", "&#0;", "&#xD800;",
            "<TR>", "</TR>", "<TD>", "</TD>", "<TD/>", "<FIELD ", "datatype=\"", "arraysize=\"", "xtype=\"",
            "\"char\"", "\"unicodeChar\"", "\"int\"", "\"long\"", "\"short\"", "\"double\"", "\"float\"",
            "\"boolean\"", "\"bit\"", "\"unsignedByte\"", "\"floatComplex\"", "\"*\"", "\"2000000000\"", "\"3x*\"",
            "\"-1\"", "\"polygon\"", "\"adql:REGION\"", "QUERY_STATUS", "\"ERROR\"", "\"OVERFLOW\"", "<INFO ",
            "<TABLE>", "</TABLE>", "<DATA>", "<BINARY2>", "<STREAM encoding=\"base64\">", "</STREAM>",
            "<!DOCTYPE VOTABLE [<!ENTITY x \"y\">]>", "<![CDATA[", "]]>", "<?xml version=\"1.0\" encoding=\"UTF-16\"?>",
            "\u00ff\u00fe", "POLYGON ICRS", "NaN");

    private static final String[][] COLUMNS = {
        {"s", "char", "*"}, {"n", "int", null}, {"x", "double", null}, {"poly", "double", "*"},
        {"f2", "float", "2"}, {"id", "long", null}, {"ok", "boolean", null}, {"u", "unicodeChar", "*"},
        {"b", "unsignedByte", "3"}, {"m", "short", "2x*"},
    };

    private static final List<byte[]> SEEDS = seeds();

    private static List<byte[]> seeds() {
        List<byte[]> seeds = new ArrayList<>();
        for (Corpus.Entry e : Corpus.of("votable")) {
            if (e.bytes().length < 64 * 1024) {
                seeds.add(e.bytes());
            }
        }
        for (String name : List.of("obscore-overflow.vot", "obscore-overflow-binary2.vot", "obscore-pole-tabledata.vot",
                "error-bad-adql.vot", "async-job-error-summary.vot")) {
            seeds.add(TapFixtures.bytes(TapFixtures.shared(name)));
        }
        Random r = new Random(3);
        for (int i = 0; i < 40; i++) {
            seeds.add(binary2(r, 1 + r.nextInt(4)));
        }
        return List.copyOf(seeds);
    }

    /** Reads one body as the synchronous query path does, all of it in the queue at once. */
    static TapResult read(byte[] body, String contentType) {
        ResponseStream stream = new ResponseStream(Duration.ofSeconds(30), Cancellation.none());
        stream.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {
            }

            @Override
            public void cancel() {
            }
        });
        stream.onNext(List.of(ByteBuffer.wrap(body)));
        stream.onComplete();
        HttpHeaders headers = HttpHeaders.of(Map.of("Content-Type", List.of(contentType)), (k, v) -> true);
        TapResponse response = new TapResponse(URI.create("http://tap.example.org/tap/sync"), 200, headers, stream,
                text -> text);
        return TapResultReader.read(response, 100, TapProgress.NONE, Cancellation.none());
    }

    /** What the result views do: every cell, every column's footprints, and ObsCore rows. */
    private static void checkResult(TapResult result) {
        ResultTable table = result.table();
        assertEquals(table.columns().size(), result.columns().size());
        int rows = Math.min(table.rowCount(), 500);
        for (int c = 0; c < result.columns().size(); c++) {
            FootprintParser parser = result.columns().get(c).footprintParser().orElse(null);
            for (int r = 0; r < rows; r++) {
                Object value = table.value(r, c);
                if (parser != null) {
                    footprint(() -> parser.parse(value));
                }
            }
        }
        if (result.isObsCore()) {
            ObsCoreResult obsCore = result.obsCore();
            for (int r = 0; r < rows; r++) {
                obsCore.row(r);
                int row = r;
                footprint(() -> obsCore.footprint(row));
            }
        }
        result.warning();
    }

    private static void footprint(java.util.function.Supplier<org.lsst.butlerbrowser.model.region.Region> parse) {
        try {
            RegionInvariants.check(parse.get());
        } catch (RegionFormatException e) {
            // a clear refusal of one footprint: the view shows the row without it
        }
    }

    private static Gen<byte[]> votables() {
        return Gen.oneOf(Hostile.bytes(SEEDS, WORDS), r -> binary2(r, 1 + r.nextInt(6)));
    }

    private static Gen<String> contentTypes() {
        return Gen.of("application/x-votable+xml", "text/xml", "", "text/csv", "text/csv;header=present",
                "text/tab-separated-values", "text/html", "application/fits", "text/plain;charset=UTF-16");
    }

    /** A response body and the Content-Type it came with. */
    private record Response(byte[] body, String contentType) {
    }

    @Test
    void hostileResultsAreReadOrRefused() {
        Gen<byte[]> bodies = votables();
        Gen<String> types = contentTypes();
        Properties.forAll(r -> new Response(bodies.next(r), types.next(r)),
                response -> READER.check(response.body(), () -> read(response.body(), response.contentType())));
    }

    @Test
    void everyCorpusInputIsReadOrRefused() {
        READER.checkCorpus(Corpus.of("votable"), e -> () -> read(e.bytes(), "application/x-votable+xml"));
    }


    /**
     * A BINARY2 VOTable whose payload is mutated after encoding, so that counts, lengths and null
     * flags lie about the bytes that follow (base64 is redone, so the XML itself stays well formed).
     */
    static byte[] binary2(Random r, int rowCount) {
        List<String[]> fields = new ArrayList<>();
        for (int i = 1 + r.nextInt(5); i > 0; i--) {
            fields.add(COLUMNS[r.nextInt(COLUMNS.length)]);
        }
        ByteBuffer b = ByteBuffer.allocate(1 << 16);
        for (int row = 0; row < rowCount; row++) {
            b.put(new byte[(fields.size() + 7) / 8]);
            for (String[] f : fields) {
                int count = f[2] == null ? 1 : f[2].equals("*") || f[2].endsWith("*") ? r.nextInt(6) : Integer.parseInt(f[2]);
                if (f[2] != null && f[2].endsWith("*")) {
                    b.putInt(count * (f[2].startsWith("2x") ? 2 : 1));
                    count *= f[2].startsWith("2x") ? 2 : 1;
                }
                for (int k = 0; k < count; k++) {
                    switch (f[1]) {
                        case "char", "unsignedByte", "boolean" -> b.put((byte) (f[1].equals("boolean") ? 'T' : 'a' + r.nextInt(26)));
                        case "unicodeChar", "short" -> b.putShort((short) r.nextInt());
                        case "int" -> b.putInt(r.nextInt());
                        case "float" -> b.putFloat(r.nextFloat() * 90);
                        case "long" -> b.putLong(r.nextLong());
                        default -> b.putDouble(r.nextDouble() * 90);
                    }
                }
            }
        }
        byte[] payload = java.util.Arrays.copyOf(b.array(), b.position());
        byte[] mutated = Hostile.mutate(r, payload);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<VOTABLE version=\"1.4\"><RESOURCE type=\"results\">"
                + "<INFO name=\"QUERY_STATUS\" value=\"OK\"/><TABLE>");
        for (String[] f : fields) {
            xml.append("<FIELD name=\"").append(f[0]).append("\" datatype=\"").append(f[1]).append('"')
                    .append(f[2] == null ? "" : " arraysize=\"" + f[2] + "\"")
                    .append(f[0].equals("poly") ? " xtype=\"polygon\"" : "").append("/>");
        }
        xml.append("<DATA><BINARY2><STREAM encoding=\"base64\">").append(Base64.getEncoder().encodeToString(mutated))
                .append("</STREAM></BINARY2></DATA></TABLE></RESOURCE></VOTABLE>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    // Faults the fuzzers found, each also in the corpus.

    /** STIL allocated the declared array (16 GB) before reading a value. */
    @Test
    void declaredArraySizesAreRefusedBeforeAnythingIsAllocated() {
        ParserContract<TapResult> lean = READER.allocating(8L << 20, 64);
        for (String name : List.of("arraysize-2e9-double-binary2.vot", "arraysize-2e9-char-tabledata.vot")) {
            byte[] body = Corpus.file("votable", name).bytes();
            String m = lean.refuses(name, () -> read(body, "application/x-votable+xml")).getMessage();
            assertTrue(m.contains("more than " + CellSizeGuard.MAX_VALUES + " values in each cell"), m);
        }
    }

    /** A BINARY2 count of 2^31 - 1 made STIL allocate the array before finding the data missing. */
    @Test
    void countsInBinaryStreamsAreCheckedBeforeStilSeesThem() {
        ParserContract<TapResult> lean = READER.allocating(8L << 20, 64);
        for (String name : List.of("binary2-array-count-2^31-1.vot", "binary-not-2.vot",
                "found-binary2-2xstar-count-is-total-values.vot", "found-binary2-fields-outside-the-table-level.vot")) {
            byte[] body = Corpus.file("votable", name).bytes();
            assertTrue(lean.refuses(name, () -> read(body, "application/x-votable+xml")).getMessage().contains("claims"));
        }
        byte[] unknown = Corpus.file("votable", "found-binary2-field-without-datatype.vot").bytes();
        assertTrue(lean.refuses("no datatype", () -> read(unknown, "")).getMessage().contains("no known datatype"));
    }

    /** A failed parse inside a BINARY2 stream left STIL's reader thread waiting for the rest for ever. */
    @Test
    void aTableCutShortLeavesNoReaderThreadBehind() throws InterruptedException {
        byte[] body = Corpus.file("votable", "truncated-binary2.vot").bytes();
        for (int i = 0; i < 5; i++) {
            READER.refuses("truncated", () -> read(body, "application/x-votable+xml"));
        }
        Thread.sleep(200);
        long waiting = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().equals("Stream reader")).count();
        assertEquals(0, waiting, "STIL stream reader threads still alive");
    }

    @Test
    void fitsRowsWiderThanTheLimitAreRefused() {
        byte[] body = Corpus.file("votable", "fits-naxis1-2e9.fits").bytes();
        assertTrue(READER.allocating(8L << 20, 64).refuses("fits", () -> read(body, "application/fits")).getMessage()
                .contains("rows are 2000000000 bytes wide"));
        byte[] junk = Corpus.file("votable", "found-fits-primary-naxis-with-trailing-junk.fits").bytes();
        assertTrue(READER.allocating(8L << 20, 64).refuses("junk", () -> read(junk, "application/fits")).getMessage()
                .contains("cannot be read"));
    }

    /** STIL's GROUP handling recursed once per level: 20,000 levels overflowed the stack. */
    @Test
    void deeplyNestedElementsAreRefusedByTheXmlParser() {
        byte[] body = Corpus.file("votable", "deep-elements-20000.vot").bytes();
        assertTrue(READER.refuses("deep", () -> read(body, "application/x-votable+xml")).getMessage().contains("depth"));
    }

    /** The last, unpadded base64 group was decoded by STIL when a failed parse ended its stream: a count of 2^28. */
    @Test
    void aStreamEndedByAFailedParseHandsStilOnlyCheckedBytes() {
        byte[] body = Corpus.file("votable", "found-binary2-partial-last-group-read-after-a-failed-parse.vot").bytes();
        assertTrue(READER.allocating(8L << 20, 64).refuses("partial group", () -> read(body, "")).getMessage()
                .contains("malformed"));
    }
}
