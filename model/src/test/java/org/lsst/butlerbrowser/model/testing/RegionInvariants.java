package org.lsst.butlerbrowser.model.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.lsst.butlerbrowser.model.region.BoundingCircle;
import org.lsst.butlerbrowser.model.region.Region;
import org.lsst.butlerbrowser.model.region.RegionCodec;
import org.lsst.butlerbrowser.model.region.UnitVector3d;

/** What every region a parser returns must allow: drawing, measuring, testing points, storing. */
public final class RegionInvariants {

    private RegionInvariants() {
    }

    /** Null (a blank footprint) passes; anything else must be usable and survive an encoding round trip. */
    public static void check(Region region) {
        if (region == null) {
            return;
        }
        BoundingCircle bound = region.boundingCircle();
        assertFalse(Double.isNaN(bound.openingAngleDeg()), () -> "bounding circle of " + Hostile.preview(region));
        region.areaSquareDegrees();
        region.outlines();
        region.contains(UnitVector3d.Z);
        region.contains(bound.center());
        // Not assertEquals: a failure would print two copies of a region of 200,000 cells.
        assertTrue(region.equals(RegionCodec.decode(RegionCodec.encode(region))), "sphgeom encoding round trip");
    }
}
