package org.lsst.butlerbrowser.model.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lsst.butlerbrowser.model.registry.Registry;
import org.lsst.butlerbrowser.model.testing.TestRepos;

/** Our HTM numbering agrees with the htm7 overlaps daf_butler (through sphgeom) stored in the registry. */
class HtmPixelizationTest {

    @Test
    void everyRegionVertexFallsInATrixelTheRegistryListsForThatRegion() throws Exception {
        HtmPixelization htm7 = new HtmPixelization(7);
        Map<String, Set<Long>> overlaps = new HashMap<>();
        Map<String, String> regions = new HashMap<>();
        try (Registry registry = TestRepos.open(TestRepos.RC2_SQLITE); Connection c = registry.database().connection();
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT detector, visit, skypix_index FROM visit_detector_region_skypix_overlap"
                    + " WHERE skypix_system = 'htm' AND skypix_level = 7")) {
                while (rs.next()) {
                    overlaps.computeIfAbsent(rs.getLong(1) + "/" + rs.getLong(2), k -> new HashSet<>()).add(rs.getLong(3));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT detector, visit, region FROM visit_detector_region")) {
                while (rs.next()) {
                    regions.put(rs.getLong(1) + "/" + rs.getLong(2), rs.getString(3));
                }
            }
        }
        assertTrue(regions.size() > 1000);
        int checked = 0;
        for (Map.Entry<String, String> e : regions.entrySet()) {
            ConvexPolygon polygon = (ConvexPolygon) RegionCodec.decodeBase64(e.getValue());
            Set<Long> listed = overlaps.get(e.getKey());
            for (UnitVector3d v : polygon.vertices()) {
                assertTrue(listed.contains(htm7.index(v)), e.getKey() + " vertex trixel " + htm7.index(v));
                checked++;
            }
            BoundingCircle bc = polygon.boundingCircle();
            Set<Long> envelope = new HashSet<>(htm7.envelope(bc.center(), Math.toRadians(bc.openingAngleDeg())));
            assertTrue(envelope.containsAll(listed), e.getKey() + ": the envelope of the bounding circle covers the stored overlaps");
        }
        assertEquals(regions.size() * 4, checked);
    }

    @Test
    void indicesLieInTheLevelsRange() {
        HtmPixelization htm = new HtmPixelization(7);
        for (double ra = 0; ra < 360; ra += 7.3) {
            for (double dec = -89.5; dec < 90; dec += 5.1) {
                long i = htm.index(UnitVector3d.fromLonLatDegrees(ra, dec));
                assertTrue(i >= 8L * (1L << 14) && i < 16L * (1L << 14), "index " + i);
            }
        }
    }
}
