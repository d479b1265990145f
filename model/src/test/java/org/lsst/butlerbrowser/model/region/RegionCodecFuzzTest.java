package org.lsst.butlerbrowser.model.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.lsst.butlerbrowser.model.testing.Corpus;
import org.lsst.butlerbrowser.model.testing.Hostile;
import org.lsst.butlerbrowser.model.testing.ParserContract;
import org.lsst.butlerbrowser.model.testing.RegionArbitraries;
import org.lsst.butlerbrowser.model.testing.RegionInvariants;

/**
 * The sphgeom decoder against hostile registry values: whatever the bytes, a usable region or a
 * {@link RegionFormatException}; and every region survives encode → decode unchanged.
 */
class RegionCodecFuzzTest {

    private static final ParserContract<Region> BYTES = ParserContract.of("sphgeom region decoder",
            RegionInvariants::check, RegionFormatException.class);
    private static final ParserContract<Region> TEXT = ParserContract.of("sphgeom base64 region text",
            RegionInvariants::check, RegionFormatException.class);
    /** Type codes, compound headers and whole small encodings to splice in. */
    private static final List<String> WORDS = List.of("p", "c", "b", "e", "u", "i", "u\u0009\0\0\0\0\0\0\0",
            "i\u0029\0\0\0\0\0\0\0", "\0\0\0\0\0\0\0\0", "\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff");

    private static final List<byte[]> SEEDS = seeds();

    private static List<byte[]> seeds() {
        List<byte[]> seeds = new ArrayList<>();
        RegionArbitraries.samples(200).forEach(r -> seeds.add(RegionCodec.encode(r)));
        seeds.addAll(Corpus.bytes("region"));
        return List.copyOf(seeds);
    }

    @Provide
    Arbitrary<byte[]> encodings() {
        return Hostile.bytes(SEEDS, WORDS);
    }

    @Provide
    Arbitrary<String> texts() {
        List<String> seeds = new ArrayList<>(Corpus.texts("region-text"));
        SEEDS.stream().limit(60).forEach(b -> seeds.add(Base64.getEncoder().encodeToString(b)));
        return Hostile.text(seeds, List.of(":", "=", "==", "+", "/", "-", "_", "A", "AAAA", " "));
    }

    @Provide
    Arbitrary<Region> regions() {
        return RegionArbitraries.regions();
    }

    @Property
    void hostileBytesDecodeToAUsableRegionOrAreRefused(@ForAll("encodings") byte[] bytes) {
        BYTES.check(bytes, () -> RegionCodec.decode(bytes));
    }

    @Property
    void hostileTextDecodesToAUsableRegionOrIsRefused(@ForAll("texts") String text) {
        TEXT.check(text, () -> RegionCodec.decodeBase64(text));
    }

    @Property(tries = 200)
    void everyRegionSurvivesTheEncodingUnchanged(@ForAll("regions") Region region) {
        assertEquals(region, BYTES.accepts(region, () -> RegionCodec.decode(RegionCodec.encode(region))));
        assertEquals(region, TEXT.accepts(region, () -> RegionCodec.decodeBase64(RegionCodec.encodeBase64(region))));
    }

    @Property(tries = 200)
    void decodedPolygonsContainTheirOwnVertices(@ForAll("regions") Region region) {
        if (RegionCodec.decode(RegionCodec.encode(region)) instanceof ConvexPolygon p) {
            p.vertices().forEach(v -> assertTrue(p.contains(v), v + " is outside " + p));
            assertTrue(p.contains(p.centroid()));
        }
    }

    @Example
    void everyCorpusInputDecodesToAUsableRegionOrIsRefused() {
        BYTES.checkCorpus(Corpus.of("region"), e -> () -> RegionCodec.decode(e.bytes()));
        TEXT.checkCorpus(Corpus.of("region-text"), e -> () -> RegionCodec.decodeBase64(e.text()));
    }

    /**
     * Found by the fuzzer: the bounding circle of a union of antipodal operands failed to normalise a
     * zero vector, and of nearly antipodal ones a vector whose squared components were subnormal.
     */
    @Example
    void unionsOfAntipodalRegionsHaveABoundingCircle() {
        for (String name : List.of("found-union-of-antipodal-circles.bin", "found-near-antipodal-union-subnormal-norm.bin")) {
            Region union = BYTES.accepts(name, () -> RegionCodec.decode(Corpus.file("region", name).bytes()));
            BoundingCircle bound = union.boundingCircle();
            assertTrue(bound.contains(UnitVector3d.Z) && bound.contains(UnitVector3d.Z.antipode()), bound.toString());
        }
    }
}
