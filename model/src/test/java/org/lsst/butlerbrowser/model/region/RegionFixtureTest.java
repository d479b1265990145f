package org.lsst.butlerbrowser.model.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every region stored in the fixture registries, checked against what daf_butler/sphgeom made of it. */
class RegionFixtureTest {

    private static final double TOL_DEG = 1e-9;

    /** One stored region: where it came from, the stored base64 and daf_butler's decoded view. */
    record StoredRegion(String repo, String element, String where, String base64, JsonNode expected) {
    }

    static List<StoredRegion> storedRegions(String repo) {
        List<StoredRegion> out = new ArrayList<>();
        for (JsonNode element : SharedFixtures.expectedJson(repo, "dimension_records.json").get("elements")) {
            String name = element.get("element").asText();
            for (JsonNode rec : element.get("records")) {
                Iterator<Map.Entry<String, JsonNode>> fields = rec.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> f = fields.next();
                    if (f.getValue().isObject() && f.getValue().has("encoded_hex")) {
                        String where = repo + " " + name + " " + rec.get("_db") + " field " + f.getKey();
                        out.add(new StoredRegion(repo, name, where, rec.get("_db").get(f.getKey()).asText(), f.getValue()));
                    }
                }
            }
        }
        return out;
    }

    private static double raDiff(double a, double b) {
        double d = Math.abs(a - b) % 360.0;
        return Math.min(d, 360.0 - d);
    }

    @Test
    void decodesEveryFixtureRegionToDafButlerVertices() {
        // Counts from the reference doc: tract, patch, visit, visit_detector_region regions.
        Map<String, Integer> expectedCounts = Map.of("rc2-sqlite", 1296, "rc2-postgres", 1296, "old-universe-sqlite", 33);
        double worst = 0.0;
        for (String repo : SharedFixtures.REPOS) {
            List<StoredRegion> regions = storedRegions(repo);
            assertEquals(expectedCounts.get(repo), regions.size(), repo + " region count");
            for (StoredRegion r : regions) {
                Region region = RegionCodec.decodeBase64(r.base64());
                assertEquals(r.expected().get("type").asText(), region.typeName(), r.where());
                ConvexPolygon poly = assertInstanceOf(ConvexPolygon.class, region, r.where());
                JsonNode verts = r.expected().get("vertices_deg");
                List<double[]> mine = poly.verticesDeg();
                assertEquals(verts.size(), mine.size(), "vertex count of " + r.where());
                for (int i = 0; i < mine.size(); i++) {
                    double ra = verts.get(i).get(0).asDouble();
                    double dec = verts.get(i).get(1).asDouble();
                    double dRa = raDiff(mine.get(i)[0], ra);
                    double dDec = Math.abs(mine.get(i)[1] - dec);
                    worst = Math.max(worst, Math.max(dRa, dDec));
                    assertTrue(dRa <= TOL_DEG && dDec <= TOL_DEG,
                            "vertex " + i + " of " + r.where() + ": got " + mine.get(i)[0] + ", " + mine.get(i)[1]
                                    + " expected " + ra + ", " + dec);
                }
            }
        }
        System.out.println("[regions] worst vertex difference from daf_butler: " + worst + " deg");
    }

    @Test
    void reencodesEveryFixtureRegionToTheStoredBytes() {
        HexFormat hex = HexFormat.of();
        for (String repo : SharedFixtures.REPOS) {
            for (StoredRegion r : storedRegions(repo)) {
                Region region = RegionCodec.decodeBase64(r.base64());
                assertEquals(r.expected().get("encoded_hex").asText(), hex.formatHex(RegionCodec.encode(region)), r.where());
                assertEquals(r.base64(), RegionCodec.encodeBase64(region), r.where());
            }
        }
    }

    @Test
    void boundingCirclesMatchSphgeomToANanodegree() {
        double worstCentre = 0.0;
        double worstRadius = 0.0;
        for (String repo : SharedFixtures.REPOS) {
            for (StoredRegion r : storedRegions(repo)) {
                JsonNode bc = r.expected().get("bounding_circle_deg");
                assertNotNull(bc, r.where());
                BoundingCircle mine = RegionCodec.decodeBase64(r.base64()).boundingCircle();
                UnitVector3d expectedCentre = UnitVector3d.fromLonLatDegrees(bc.get("ra").asDouble(), bc.get("dec").asDouble());
                double centreOff = Math.toDegrees(mine.center().angleTo(expectedCentre));
                double radiusOff = Math.abs(mine.openingAngleDeg() - bc.get("radius").asDouble());
                worstCentre = Math.max(worstCentre, centreOff);
                worstRadius = Math.max(worstRadius, radiusOff);
                assertTrue(centreOff <= TOL_DEG, "centre off by " + centreOff + " deg: " + r.where());
                assertTrue(radiusOff <= TOL_DEG, "radius off by " + radiusOff + " deg: " + r.where());
            }
        }
        System.out.println("[regions] worst bounding-circle difference from sphgeom: centre " + worstCentre
                + " deg, radius " + worstRadius + " deg");
    }

    @Test
    void everyPolygonContainsItsBoundingCircleCentreButNotTheOppositePoint() {
        int checked = 0;
        for (String repo : SharedFixtures.REPOS) {
            for (StoredRegion r : storedRegions(repo)) {
                Region region = RegionCodec.decodeBase64(r.base64());
                UnitVector3d centre = region.boundingCircle().center();
                assertTrue(region.contains(centre), "centre outside " + r.where());
                assertFalse(region.contains(centre.antipode()), "antipode inside " + r.where());
                for (UnitVector3d v : ((ConvexPolygon) region).vertices()) {
                    assertTrue(region.contains(v), "own vertex outside " + r.where());
                    assertTrue(region.boundingCircle().contains(v), "vertex outside bounding circle of " + r.where());
                }
                if (r.element().equals("visit_detector_region")) {
                    checked++;
                }
            }
        }
        assertEquals(1132 * 2 + 24, checked);
    }

    @Test
    void visitRegionsCoverTheirDetectorRegionCentres() {
        for (String repo : SharedFixtures.REPOS) {
            Map<String, Region> visits = new HashMap<>();
            for (JsonNode v : SharedFixtures.records(repo, "visit")) {
                visits.put(v.get("id").asText(), RegionCodec.decodeBase64(v.get("_db").get("region").asText()));
            }
            for (JsonNode d : SharedFixtures.records(repo, "visit_detector_region")) {
                Region det = RegionCodec.decodeBase64(d.get("_db").get("region").asText());
                Region visit = visits.get(d.get("visit").asText());
                assertTrue(visit.contains(det.boundingCircle().center()),
                        repo + " visit " + d.get("visit") + " detector " + d.get("detector"));
            }
        }
    }

    @Test
    void obscoreSpatialColumnsMatchTheRegionsTheyCameFrom() {
        for (String repo : List.of("rc2-sqlite", "rc2-postgres")) {
            Map<String, ConvexPolygon> byVisitDetector = new HashMap<>();
            for (JsonNode d : SharedFixtures.records(repo, "visit_detector_region")) {
                byVisitDetector.put(d.get("visit").asText() + "/" + d.get("detector").asText(),
                        (ConvexPolygon) RegionCodec.decodeBase64(d.get("_db").get("region").asText()));
            }
            Map<String, ConvexPolygon> byPatch = new HashMap<>();
            for (JsonNode p : SharedFixtures.records(repo, "patch")) {
                byPatch.put(p.get("tract").asText() + "/" + p.get("id").asText(),
                        (ConvexPolygon) RegionCodec.decodeBase64(p.get("_db").get("region").asText()));
            }
            JsonNode rows = SharedFixtures.expectedJson(repo, "obscore.json").get("rows");
            assertEquals(2721, rows.size());
            for (JsonNode row : rows) {
                ConvexPolygon poly = row.get("lsst_patch").isNull()
                        ? byVisitDetector.get(row.get("lsst_visit").asText() + "/" + row.get("lsst_detector").asText())
                        : byPatch.get(row.get("lsst_tract").asText() + "/" + row.get("lsst_patch").asText());
                String id = repo + " obscore row " + row.get("registry_dataset_id").asText();
                assertNotNull(poly, id);
                assertEquals(row.get("s_region").asText(), StcsFormatter.polygon(poly), id);
                BoundingCircle bc = poly.boundingCircle();
                assertEquals(row.get("s_ra").asDouble(), bc.raDeg(), TOL_DEG, id);
                assertEquals(row.get("s_dec").asDouble(), bc.decDeg(), TOL_DEG, id);
                assertEquals(row.get("s_fov").asDouble(), bc.diameterDeg(), TOL_DEG, id);
            }
        }
    }

    /**
     * Throughput report only (no timing assertion): decodes the fixture's 1136 stored four-vertex
     * polygons (detector, tract and patch regions) in rounds and prints the median and best round.
     */
    @Test
    void reportsDecodeThroughput() {
        List<String> polys4 = new ArrayList<>();
        for (StoredRegion r : storedRegions("rc2-sqlite")) {
            if (!r.element().equals("visit")) {
                polys4.add(r.base64());
            }
        }
        String[] texts = polys4.toArray(new String[0]);
        byte[][] raw = new byte[texts.length][];
        for (int i = 0; i < texts.length; i++) {
            raw[i] = java.util.Base64.getDecoder().decode(texts[i]);
        }
        double[] fromText = rounds(() -> decodeAllText(texts), texts.length);
        double[] fromBytes = rounds(() -> decodeAllBytes(raw), raw.length);
        System.out.printf("[regions] decode throughput, 4-vertex polygons (M/s, median / best of %d rounds of %d): "
                + "from base64 text %.2f / %.2f, from bytes %.2f / %.2f%n", fromText.length, 100 * texts.length,
                fromText[fromText.length / 2] / 1e6, fromText[fromText.length - 1] / 1e6,
                fromBytes[fromBytes.length / 2] / 1e6, fromBytes[fromBytes.length - 1] / 1e6);
        assertTrue(sink != 0);
    }

    private static long sink;

    /** Sorted decodes-per-second of 15 rounds of 100 passes, after 10 untimed warm-up rounds. */
    private static double[] rounds(Runnable pass, int perPass) {
        double[] rates = new double[15];
        for (int round = -10; round < rates.length; round++) {
            long t0 = System.nanoTime();
            for (int rep = 0; rep < 100; rep++) {
                pass.run();
            }
            long t1 = System.nanoTime();
            if (round >= 0) {
                rates[round] = 100.0 * perPass / ((t1 - t0) / 1e9);
            }
        }
        java.util.Arrays.sort(rates);
        return rates;
    }

    private static void decodeAllText(String[] texts) {
        long s = 0;
        for (String t : texts) {
            s += Double.doubleToRawLongBits(((ConvexPolygon) RegionCodec.decodeBase64(t)).vertices().get(3).z());
        }
        sink += s;
    }

    private static void decodeAllBytes(byte[][] raw) {
        long s = 0;
        for (byte[] b : raw) {
            s += Double.doubleToRawLongBits(((ConvexPolygon) RegionCodec.decode(b)).vertices().get(3).z());
        }
        sink += s;
    }
}
