package org.lsst.butlerbrowser.views.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lsst.butlerbrowser.model.region.Circle;
import org.lsst.butlerbrowser.model.region.ConvexPolygon;
import org.lsst.butlerbrowser.model.region.UnitVector3d;

/** How a region is laid into a thumbnail: the sky's orientation, the fit, and what cannot be drawn. */
class RegionOutlineTest {

    /** A kite around (150°, +2°): points west, north, east, south, counter-clockwise from outside. */
    private static final ConvexPolygon KITE = ConvexPolygon.fromDegrees(
            new double[] {149.0, 2.0}, new double[] {150.0, 1.5}, new double[] {151.0, 2.0}, new double[] {150.0, 2.5});

    @Test
    void eastIsLeftAndNorthIsUp() {
        List<double[]> ring = RegionOutline.fit(KITE, 40, 40, 2).rings().get(0);
        double[] west = ring.get(0);
        double[] south = ring.get(1);
        double[] east = ring.get(2);
        double[] north = ring.get(3);
        assertTrue(east[0] < west[0], "east (larger RA) is drawn left of west");
        assertTrue(north[1] < south[1], "north is drawn above south");
    }

    @Test
    void fillsTheBoxWithinItsMarginKeepingTheAspect() {
        RegionOutline outline = RegionOutline.fit(KITE, 60, 30, 3);
        List<double[]> ring = outline.rings().get(0);
        assertEquals(KITE.vertices().size(), ring.size());
        double minX = ring.stream().mapToDouble(p -> p[0]).min().orElseThrow();
        double maxX = ring.stream().mapToDouble(p -> p[0]).max().orElseThrow();
        double minY = ring.stream().mapToDouble(p -> p[1]).min().orElseThrow();
        double maxY = ring.stream().mapToDouble(p -> p[1]).max().orElseThrow();
        // the kite is twice as wide as tall on the sky (2° × 1° near the equator)
        assertEquals(24.0, maxY - minY, 1e-9, "height limits the fit: 30 − 2 × 3");
        assertEquals(2.0, (maxX - minX) / (maxY - minY), 0.01, "aspect kept");
        assertEquals(30.0, (minX + maxX) / 2, 1e-9, "centred horizontally");
        assertEquals(15.0, (minY + maxY) / 2, 1e-9, "centred vertically");
    }

    @Test
    void drawsNothingForARegionReachingAHemisphere() {
        Circle hemisphere = Circle.of(UnitVector3d.Z, Math.PI / 2 + 0.1);
        assertTrue(RegionOutline.fit(hemisphere, 40, 40, 2).isEmpty());
    }
}
