package org.lsst.butlerbrowser.model.region;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lsst.butlerbrowser.model.testing.Corpus;
import org.lsst.butlerbrowser.model.testing.Gen;
import org.lsst.butlerbrowser.model.testing.Hostile;
import org.lsst.butlerbrowser.model.testing.ParserContract;
import org.lsst.butlerbrowser.model.testing.Properties;
import org.lsst.butlerbrowser.model.testing.RandomRegions;
import org.lsst.butlerbrowser.model.testing.RegionInvariants;

/**
 * The footprint parsers of TAP results (STC-S, DALI arrays, pgSphere text, MOC) against hostile
 * values: a usable region or a {@link RegionFormatException}, never anything else; and valid
 * footprints read back as the polygons they were written from.
 */
class FootprintFuzzTest {

    private static final ParserContract<Region> STCS = contract("STC-S region parser");
    private static final ParserContract<Region> DALI = contract("DALI region parser");
    private static final ParserContract<Region> PGSPHERE = contract("pgSphere region parser");
    /** A MOC may name up to {@link MocRegions#MAX_CELLS} cells in a few bytes; each becomes a small polygon. */
    private static final ParserContract<Region> MOC = contract("MOC region parser").allocating(160L << 20, 64);
    private static final ParserContract<Region> BY_COLUMN = contract("footprint parser chosen by column metadata")
            .allocating(160L << 20, 64);

    private static final List<String> STCS_WORDS = List.of("POLYGON", "CIRCLE", "BOX", "POSITION", "UNION",
            "INTERSECTION", "NOT", "ICRS", "FK5", "GALACTIC", "UNKNOWNFrame", "BARYCENTER", "SPHERICAL2", "(", ")",
            "UNION ICRS (", "INTERSECTION (", "NOT (", " ", "polygon", "Circle");
    private static final List<String> DALI_WORDS = List.of(" ", ",", "NaN NaN", "NaN", "-", "e", ".", "90", "-90",
            "360", "180", "1e3");
    private static final List<String> PGSPHERE_WORDS = List.of("(", ")", "{", "}", "<", ">", ",", " , ", "d", "m",
            "s", "h", "'", "\"", "(0.1 , 0.2)", "1.5707963267949", "-1.5707963267949", "3.14159265358979");
    private static final List<String> MOC_WORDS = List.of("/", "-", " ", ",", "s", "t", "0/", "29/", "12/", "30/",
            "0-11", "4339", "17351-17353");

    private static ParserContract<Region> contract(String name) {
        return ParserContract.of(name, RegionInvariants::check, RegionFormatException.class);
    }

    private static List<ConvexPolygon> samplePolygons() {
        return RandomRegions.samples(300).stream().filter(ConvexPolygon.class::isInstance)
                .map(ConvexPolygon.class::cast).toList();
    }

    private static List<String> seeds(String corpus, java.util.function.Function<ConvexPolygon, String> format) {
        List<String> seeds = new ArrayList<>(Corpus.texts(corpus));
        samplePolygons().stream().limit(40).map(format).forEach(seeds::add);
        return seeds;
    }

    static String dali(ConvexPolygon p) {
        return p.verticesDeg().stream().map(v -> v[0] + " " + v[1]).collect(Collectors.joining(" "));
    }

    static String spoly(ConvexPolygon p) {
        return p.vertices().stream().map(v -> "(" + v.lonRad() + " , " + v.latRad() + ")")
                .collect(Collectors.joining(",", "{", "}"));
    }

    static String spolyDegrees(ConvexPolygon p) {
        return p.verticesDeg().stream().map(v -> String.format(Locale.ROOT, "(%.12fd , %.12fd)", v[0], v[1]))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static Gen<String> stcsTexts() {
        List<String> seeds = seeds("stcs", StcsFormatter::polygon);
        seeds.add("UNION ICRS (" + StcsFormatter.polygon(samplePolygons().get(0)) + " CIRCLE ICRS 10 20 1)");
        return Hostile.text(seeds, STCS_WORDS);
    }

    private static Gen<String> daliTexts() {
        return Hostile.text(seeds("dali", FootprintFuzzTest::dali), DALI_WORDS);
    }

    private static Gen<String> pgSphereTexts() {
        List<String> seeds = seeds("pgsphere", FootprintFuzzTest::spoly);
        samplePolygons().stream().limit(20).map(FootprintFuzzTest::spolyDegrees).forEach(seeds::add);
        return Hostile.text(seeds, PGSPHERE_WORDS);
    }

    private static Gen<String> mocTexts() {
        return Hostile.text(Corpus.texts("moc"), MOC_WORDS);
    }

    private static Gen<String> columnWords() {
        return Gen.oneOf(Gen.of("polygon", "circle", "point", "moc", "stc-s", "adql:REGION", "spoly",
                "s_region", "pos.outline;obs.field", "pgsphere_region", "timestamp", "", " POLYGON "),
                Hostile.text(List.of("s_region"), List.of("adql:", "pos.outline")));
    }

    private static Gen<Object> footprintValues() {
        return Gen.oneOf(stcsTexts(), daliTexts(), pgSphereTexts(), mocTexts(), Hostile.doubleArrays(),
                Gen.of(42, new int[] {1, 2, 3}, new float[] {10, 20, 1}, new Object[0]));
    }

    /** A DALI value as text and as the array a VOTable holds. */
    private record DaliValue(String text, double[] numbers) {
    }

    /** A column's metadata and a value found in it. */
    private record FootprintCell(String name, String xtype, String ucd, Object value) {
    }

    /** A range of MOC cells at an order, from a cell number to be reduced to that order. */
    private record MocRange(int order, long seed) {
    }

    @Test
    void hostileStcsIsReadOrRefused() {
        Properties.forAll(stcsTexts(), text -> STCS.check(text, () -> StcsRegionParser.parse(text)));
    }

    @Test
    void hostileDaliValuesAreReadOrRefused() {
        Gen<String> texts = daliTexts();
        Gen<double[]> arrays = Hostile.doubleArrays();
        Properties.forAll(r -> new DaliValue(texts.next(r), arrays.next(r)), v -> {
            DALI.check(v.text(), () -> FootprintParsers.parse(v.text()));
            DALI.check(v.numbers(), () -> DaliRegions.polygon(v.numbers()));
            DALI.check(v.numbers(), () -> DaliRegions.circle(v.numbers()));
            DALI.check(v.numbers(), () -> DaliRegions.point(v.numbers()));
        });
    }

    @Test
    void hostilePgSphereTextIsReadOrRefused() {
        Properties.forAll(pgSphereTexts(), text -> PGSPHERE.check(text, () -> PgSphereParser.parse(text)));
    }

    @Test
    void hostileMocTextIsReadOrRefused() {
        Properties.forAll(mocTexts(), text -> MOC.check(text, () -> MocRegions.parse(text)));
    }

    @Test
    void anyColumnMetadataPicksAParserThatReadsOrRefuses() {
        Gen<String> words = columnWords();
        Gen<Object> values = footprintValues();
        Properties.forAll(r -> new FootprintCell(words.next(r), words.next(r), words.next(r), values.next(r)), cell -> {
            FootprintParsers.forColumn(cell.name(), cell.xtype(), cell.ucd())
                    .ifPresent(parser -> BY_COLUMN.check(cell.value(), () -> parser.parse(cell.value())));
            BY_COLUMN.check(cell.value(), () -> FootprintParsers.parse(cell.value()));
        });
    }

    @Test
    void stcsWrittenByTheFormatterReadsBackAsTheSamePolygon() {
        Properties.forAll(200, RandomRegions.polygons(), p -> {
            String text = StcsFormatter.polygon(p);
            assertSameVertices(p, STCS.accepts(text, () -> StcsRegionParser.parse(text)), 1e-6);
            // A second reading: the same text through the by-content dispatcher, and closed with its first vertex.
            assertEquals(StcsRegionParser.parse(text), FootprintParsers.parse(text));
            String first = text.split(" ", 5)[2] + " " + text.split(" ", 5)[3];
            assertEquals(StcsRegionParser.parse(text), StcsRegionParser.parse(text + " " + first));
        });
    }

    @Test
    void daliArraysAndTextReadBackAsTheSamePolygon() {
        Properties.forAll(200, RandomRegions.polygons(), p -> {
            double[] numbers = p.verticesDeg().stream().flatMapToDouble(java.util.Arrays::stream).toArray();
            Region fromArray = DALI.accepts(numbers, () -> DaliRegions.polygon(numbers));
            assertSameVertices(p, fromArray, 1e-9);
            assertEquals(fromArray, FootprintParsers.parse(numbers));
            assertEquals(fromArray, FootprintParsers.parse(dali(p)));
        });
    }

    @Test
    void pgSphereTextReadsBackAsTheSamePolygon() {
        Properties.forAll(200, RandomRegions.polygons(), p -> {
            assertSameVertices(p, PGSPHERE.accepts(spoly(p), () -> PgSphereParser.parse(spoly(p))), 1e-9);
            assertSameVertices(p, PGSPHERE.accepts(spolyDegrees(p), () -> PgSphereParser.parse(spolyDegrees(p))), 1e-9);
        });
    }

    @Test
    void mocRangesReadAsTheUnionOfTheirCells() {
        Gen<Integer> orders = Gen.ints(0, 29);
        Gen<Long> seeds = Gen.longs();
        Properties.forAll(200, r -> new MocRange(orders.next(r), seeds.next(r)), m -> {
            int order = m.order();
            long cells = 12L << (2 * order);
            long first = Math.floorMod(m.seed(), cells);
            long last = Math.min(cells - 1, first + Math.floorMod(m.seed(), 5));
            Region range = MOC.accepts(order + "/" + first + "-" + last, () -> MocRegions.parse(order + "/" + first + "-" + last));
            List<Region> cellByCell = new ArrayList<>();
            for (long c = first; c <= last; c++) {
                ConvexPolygon cell = HealpixPixelization.cell(order, c);
                cell.vertices().forEach(v -> assertTrue(cell.contains(v)));
                cellByCell.add(cell);
            }
            assertEquals(cellByCell.size() == 1 ? cellByCell.get(0) : new UnionRegion(cellByCell), range);
        });
    }

    @Test
    void everyCorpusInputIsReadOrRefused() {
        STCS.checkCorpus(Corpus.of("stcs"), e -> () -> StcsRegionParser.parse(e.text()));
        DALI.checkCorpus(Corpus.of("dali"), e -> () -> FootprintParsers.parse(e.text()));
        PGSPHERE.checkCorpus(Corpus.of("pgsphere"), e -> () -> PgSphereParser.parse(e.text()));
        MOC.checkCorpus(Corpus.of("moc"), e -> () -> MocRegions.parse(e.text()));
    }

    private static void assertSameVertices(ConvexPolygon expected, Region actual, double toleranceDeg) {
        ConvexPolygon p = assertInstanceOf(ConvexPolygon.class, actual);
        assertEquals(expected.vertices().size(), p.vertices().size());
        for (int i = 0; i < p.vertices().size(); i++) {
            double d = Math.toDegrees(expected.vertices().get(i).angleTo(p.vertices().get(i)));
            assertTrue(d <= toleranceDeg, "vertex " + i + " moved by " + d + "°: " + p);
            assertTrue(p.contains(p.vertices().get(i)), "vertex " + i + " is outside its own polygon " + p);
        }
    }

    // Faults the fuzzers found, each also in the corpus.

    @Test
    void stcsPositionsOffTheSphereAreFootprintErrors() {
        String m = STCS.refuses("CIRCLE ICRS 10 95 1", () -> StcsRegionParser.parse("CIRCLE ICRS 10 95 1")).getMessage();
        assertTrue(m.contains("(10.0, 95.0) is not a sky position"), m);
        Box box = assertInstanceOf(Box.class, STCS.accepts("BOX", () -> StcsRegionParser.parse("BOX ICRS 10 89 2 4")));
        assertEquals(Math.PI / 2, box.latB(), "a box reaching past the pole stops at it");
    }

    @Test
    void stcsNestedBeyondWhatCanBeStoredIsRefused() {
        String text = "UNION ( ".repeat(RegionCodec.MAX_NESTING + 1) + "CIRCLE 1 2 3 CIRCLE 4 5 6 )"
                + " CIRCLE 1 2 3 )".repeat(RegionCodec.MAX_NESTING);
        assertTrue(STCS.refuses(text, () -> StcsRegionParser.parse(text)).getMessage().contains("nested more than 64"));
    }

    @Test
    void pgSphereAnglesBeyondDoubleRangeAreRefused() {
        String m = PGSPHERE.refuses("1e999", () -> PgSphereParser.parse("(1e999 , 0.1)")).getMessage();
        assertTrue(m.contains("'1e999' is not a pgSphere angle"), m);
    }

    /** Upper-casing "ßßß…" is quadratic in the JDK; the parsers no longer upper-case what cannot be a keyword. */
    @Test
    void longWordsAreRefusedWithoutQuadraticWork() {
        ParserContract<Region> lean = STCS.allocating(8L << 20, 64);
        String text = Corpus.file("stcs", "found-sharp-s-100000-quadratic-upper-case.txt").text();
        assertTrue(lean.refuses(text, () -> FootprintParsers.parse(text)).getMessage().startsWith("unsupported STC-S shape"));
    }

    @Test
    void messagesQuoteTheInputOnOneLine() {
        String text = Corpus.file("pgsphere", "found-newline-in-message.txt").text();
        String m = PGSPHERE.refuses(text, () -> PgSphereParser.parse(text)).getMessage();
        assertFalse(m.contains("\n") || m.contains("\u202e"), m);
    }

    @Test
    void mocsOverTheCellLimitAreRefusedBeforeAnyCellIsBuilt() {
        ParserContract<Region> lean = MOC.allocating(4L << 20, 64);
        assertTrue(lean.refuses("29/0-300000", () -> MocRegions.parse("29/0-300000")).getMessage()
                .contains("more than " + MocRegions.MAX_CELLS + " cells"));
    }
}
