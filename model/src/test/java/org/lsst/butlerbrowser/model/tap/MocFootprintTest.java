package org.lsst.butlerbrowser.model.tap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lsst.butlerbrowser.model.region.Circle;
import org.lsst.butlerbrowser.model.region.ConvexPolygon;
import org.lsst.butlerbrowser.model.region.FootprintParsers;
import org.lsst.butlerbrowser.model.region.HealpixPixelization;
import org.lsst.butlerbrowser.model.region.MocRegions;
import org.lsst.butlerbrowser.model.region.Region;
import org.lsst.butlerbrowser.model.region.RegionFormatException;
import org.lsst.butlerbrowser.model.region.UnionRegion;
import org.lsst.butlerbrowser.model.region.UnitVector3d;
import org.lsst.butlerbrowser.model.table.ResultTable;

/**
 * MOC footprints and HEALPix cells, against the real service's own HEALPix answers recorded in
 * {@code src/test/resources/tap/healpix/cells.vot}: the cell it names for each image centre, that
 * cell's centre, and the order-6 MOC of each footprint.
 */
class MocFootprintTest {

    private static final int[] ORDERS = {0, 3, 6, 10, 14, 20, 29};

    private static TapResult cells() {
        byte[] body = TapFixtures.bytes(TapFixtures.resource("healpix/cells.vot"));
        try (FakeTapServer server = new FakeTapServer().on("/tap/sync",
                FakeTapServer.bytes(200, "application/x-votable+xml;serialization=TABLEDATA", body))) {
            return new TapService(server.base(), TapAuth.none(), TapTimeouts.DEFAULT).query(TapQuery.adql("SELECT 1"));
        }
    }

    private static UnitVector3d point(ResultTable t, int row, String column) {
        return ((Circle) FootprintParsers.parse(t.value(row, t.columnIndex(column)))).center();
    }

    @Test
    void theCellTheServiceNamesHoldsItsCentreAndThePositionItWasAskedFor() {
        TapResult result = cells();
        ResultTable t = result.table();
        assertTrue(t.rowCount() > 0);
        for (int r = 0; r < t.rowCount(); r++) {
            UnitVector3d position = UnitVector3d.fromLonLatDegrees((Double) t.value(r, t.columnIndex("s_ra")),
                    (Double) t.value(r, t.columnIndex("s_dec")));
            for (int order : ORDERS) {
                long index = (Long) t.value(r, t.columnIndex("hpx" + order));
                ConvexPolygon cell = HealpixPixelization.cell(order, index);
                UnitVector3d centre = point(t, r, "centre" + order);
                assertTrue(cell.contains(centre), "order " + order + " cell " + index + " row " + r);
                // The polygon's edges are great circles, HEALPix's are curves: near an edge of a
                // cell a degree wide (order 6, here in the polar caps) a point can fall between the two.
                if (order >= 10) {
                    assertTrue(cell.contains(position), "order " + order + " cell " + index + " row " + r);
                }
            }
        }
    }

    @Test
    void theMocOfEachFootprintCoversTheFootprintsCentre() {
        TapResult result = cells();
        ResultTable t = result.table();
        TapColumn mocColumn = result.columns().get(t.columnIndex("moc6"));
        FootprintParsers.FootprintParser parser = mocColumn.footprintParser().orElseThrow();
        assertEquals(FootprintParsers.Form.MOC, parser.form());
        for (int r = 0; r < t.rowCount(); r++) {
            String moc = (String) t.value(r, t.columnIndex("moc6"));
            Region cells = parser.parse(moc);
            Region footprint = result.obsCore().footprint(r);
            UnitVector3d centre = UnitVector3d.fromLonLatDegrees((Double) t.value(r, t.columnIndex("s_ra")),
                    (Double) t.value(r, t.columnIndex("s_dec")));
            assertTrue(cells.contains(centre), moc);
            assertTrue(footprint.contains(centre));
            int listed = moc.replaceAll("\\d+/", " ").trim().split("\\s+").length;
            int operands = cells instanceof UnionRegion u ? u.operands().size() : 1;
            assertTrue(operands >= listed, "ranges expand to at least one cell each: " + moc);
        }
    }

    @Test
    void aMocRangeExpandsToEachCellOfIt() {
        UnionRegion u = assertInstanceOf(UnionRegion.class, MocRegions.parse("s3/10-12 4/200"));
        assertEquals(List.of(HealpixPixelization.cell(3, 10), HealpixPixelization.cell(3, 11), HealpixPixelization.cell(3, 12), HealpixPixelization.cell(4, 200)),
                u.operands());
        assertThrows(RegionFormatException.class, () -> MocRegions.parse("t10/1-4"));
        assertThrows(RegionFormatException.class, () -> MocRegions.parse("0/12"));
        assertThrows(RegionFormatException.class, () -> MocRegions.parse("12"));
    }
}
