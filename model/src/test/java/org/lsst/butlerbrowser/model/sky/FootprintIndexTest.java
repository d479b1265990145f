package org.lsst.butlerbrowser.model.sky;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.lsst.butlerbrowser.model.region.BoundingCircle;
import org.lsst.butlerbrowser.model.region.Circle;
import org.lsst.butlerbrowser.model.region.CircleOverlap;
import org.lsst.butlerbrowser.model.region.ConvexPolygon;
import org.lsst.butlerbrowser.model.region.HealpixPixelization;
import org.lsst.butlerbrowser.model.region.Region;
import org.lsst.butlerbrowser.model.region.UnitVector3d;

/** The index finds exactly what a scan of every footprint with the exact region tests finds. */
class FootprintIndexTest {

    static List<Region> randomFootprints(int n, long seed) {
        Random random = new Random(seed);
        List<Region> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (i % 97 == 0) {
                out.add(null); // a row without a footprint
            } else if (i % 211 == 0) {
                out.add(Circle.of(randomPoint(random), Math.toRadians(40))); // a few very large ones
            } else {
                out.add(ConvexPolygon.regular(randomPoint(random), Math.toRadians(0.15 + 2.3 * random.nextDouble()), 4,
                        2 * Math.PI * random.nextDouble()));
            }
        }
        return out;
    }

    static UnitVector3d randomPoint(Random random) {
        double z = 2 * random.nextDouble() - 1;
        double phi = 2 * Math.PI * random.nextDouble();
        double s = Math.sqrt(1 - z * z);
        return new UnitVector3d(s * Math.cos(phi), s * Math.sin(phi), z);
    }

    @Test
    void aPointIsInExactlyTheFootprintsThatContainIt() {
        List<Region> regions = randomFootprints(20_000, 3);
        FootprintIndex index = new FootprintSet(regions).index();
        Random random = new Random(4);
        int hits = 0;
        for (int k = 0; k < 2_000; k++) {
            UnitVector3d p = randomPoint(random);
            int[] expected = IntStream.range(0, regions.size())
                    .filter(i -> regions.get(i) != null && regions.get(i).contains(p)).toArray();
            assertArrayEquals(expected, index.containing(p));
            hits += expected.length;
        }
        assertTrue(hits > 1000, "the points hit " + hits + " footprints");
    }

    @Test
    void aCapMeetsEveryFootprintThatOverlapsIt() {
        List<Region> regions = randomFootprints(20_000, 5);
        FootprintSet set = new FootprintSet(regions);
        Random random = new Random(6);
        for (double radiusDeg : new double[] {0.5, 5, 30, 100}) {
            UnitVector3d c = randomPoint(random);
            Set<Integer> found = new HashSet<>();
            set.index().forEachIn(new BoundingCircle(c, radiusDeg), found::add);
            for (int i = 0; i < regions.size(); i++) {
                Region r = regions.get(i);
                if (r != null && CircleOverlap.overlaps(r, c, Math.toRadians(radiusDeg))) {
                    assertTrue(found.contains(i), "footprint " + i + " overlaps the cap of " + radiusDeg + "°");
                }
            }
            assertEquals(found.size(), set.index().countIn(new BoundingCircle(c, radiusDeg)));
        }
        assertEquals(regions.stream().filter(r -> r != null).count(), set.index().countIn(BoundingCircle.FULL));
    }

    @Test
    void densityCountsAreTheFootprintCentresPerCellAtEveryOrder() {
        List<Region> regions = randomFootprints(5_000, 8);
        FootprintSet set = new FootprintSet(regions);
        for (int order = 0; order <= DensityMap.MAX_ORDER; order++) {
            java.util.Map<Long, Integer> expected = new java.util.HashMap<>();
            for (Region r : regions) {
                if (r != null) {
                    expected.merge(HealpixPixelization.index(order, r.boundingCircle().center()), 1, Integer::sum);
                }
            }
            DensityMap.Level level = set.density().level(order);
            assertEquals(expected.size(), level.size());
            for (int k = 0; k < level.size(); k++) {
                assertEquals(expected.get(level.cell(k)), level.count(k));
            }
            assertEquals(expected.values().stream().mapToInt(Integer::intValue).max().orElse(0), level.maxCount());
        }
    }
}
