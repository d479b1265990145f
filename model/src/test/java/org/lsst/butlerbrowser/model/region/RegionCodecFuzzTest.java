package org.lsst.butlerbrowser.model.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lsst.butlerbrowser.model.testing.Corpus;
import org.lsst.butlerbrowser.model.testing.Gen;
import org.lsst.butlerbrowser.model.testing.Hostile;
import org.lsst.butlerbrowser.model.testing.ParserContract;
import org.lsst.butlerbrowser.model.testing.Properties;
import org.lsst.butlerbrowser.model.testing.RandomRegions;
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
        RandomRegions.samples(200).forEach(r -> seeds.add(RegionCodec.encode(r)));
        seeds.addAll(Corpus.bytes("region"));
        return List.copyOf(seeds);
    }

    private static Gen<byte[]> encodings() {
        return Hostile.bytes(SEEDS, WORDS);
    }

    private static Gen<String> texts() {
        List<String> seeds = new ArrayList<>(Corpus.texts("region-text"));
        SEEDS.stream().limit(60).forEach(b -> seeds.add(Base64.getEncoder().encodeToString(b)));
        return Hostile.text(seeds, List.of(":", "=", "==", "+", "/", "-", "_", "A", "AAAA", " "));
    }

    @Test
    void hostileBytesDecodeToAUsableRegionOrAreRefused() {
        Properties.forAll(encodings(), bytes -> BYTES.check(bytes, () -> RegionCodec.decode(bytes)));
    }

    @Test
    void hostileTextDecodesToAUsableRegionOrIsRefused() {
        Properties.forAll(texts(), text -> TEXT.check(text, () -> RegionCodec.decodeBase64(text)));
    }

    @Test
    void everyRegionSurvivesTheEncodingUnchanged() {
        Properties.forAll(200, RandomRegions.regions(), region -> {
            assertEquals(region, BYTES.accepts(region, () -> RegionCodec.decode(RegionCodec.encode(region))));
            assertEquals(region, TEXT.accepts(region, () -> RegionCodec.decodeBase64(RegionCodec.encodeBase64(region))));
        });
    }

    @Test
    void decodedPolygonsContainTheirOwnVertices() {
        Properties.forAll(200, RandomRegions.regions(), region -> {
            if (RegionCodec.decode(RegionCodec.encode(region)) instanceof ConvexPolygon p) {
                p.vertices().forEach(v -> assertTrue(p.contains(v), v + " is outside " + p));
                assertTrue(p.contains(p.centroid()));
            }
        });
    }

    @Test
    void everyCorpusInputDecodesToAUsableRegionOrIsRefused() {
        BYTES.checkCorpus(Corpus.of("region"), e -> () -> RegionCodec.decode(e.bytes()));
        TEXT.checkCorpus(Corpus.of("region-text"), e -> () -> RegionCodec.decodeBase64(e.text()));
    }

    /**
     * Found by the fuzzer: the bounding circle of a union of antipodal operands failed to normalise a
     * zero vector, and of nearly antipodal ones a vector whose squared components were subnormal.
     */
    @Test
    void unionsOfAntipodalRegionsHaveABoundingCircle() {
        for (String name : List.of("found-union-of-antipodal-circles.bin", "found-near-antipodal-union-subnormal-norm.bin")) {
            Region union = BYTES.accepts(name, () -> RegionCodec.decode(Corpus.file("region", name).bytes()));
            BoundingCircle bound = union.boundingCircle();
            assertTrue(bound.contains(UnitVector3d.Z) && bound.contains(UnitVector3d.Z.antipode()), bound.toString());
        }
    }
}
