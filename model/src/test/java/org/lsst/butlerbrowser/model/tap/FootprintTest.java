package org.lsst.butlerbrowser.model.tap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lsst.butlerbrowser.model.region.Box;
import org.lsst.butlerbrowser.model.region.Circle;
import org.lsst.butlerbrowser.model.region.ConvexPolygon;
import org.lsst.butlerbrowser.model.region.DaliRegions;
import org.lsst.butlerbrowser.model.region.FootprintParsers;
import org.lsst.butlerbrowser.model.region.FootprintParsers.Form;
import org.lsst.butlerbrowser.model.region.IntersectionRegion;
import org.lsst.butlerbrowser.model.region.PgSphereParser;
import org.lsst.butlerbrowser.model.region.Region;
import org.lsst.butlerbrowser.model.region.RegionFormatException;
import org.lsst.butlerbrowser.model.region.StcsFormatter;
import org.lsst.butlerbrowser.model.region.StcsRegionParser;
import org.lsst.butlerbrowser.model.region.UnionRegion;
import org.lsst.butlerbrowser.model.region.UnitVector3d;
import org.lsst.butlerbrowser.model.table.ResultTable;

/**
 * Footprints in every form the services serve, parsed into the one region model and checked against
 * each other: the same images' STC-S and DALI polygons from DaCHS, pgSphere's text for the same rows
 * in all four output modes, daf_butler's upper-case RSP text, and the service's own answers about
 * which footprints contain the south pole.
 */
class FootprintTest {

    private static final double NANODEGREE = 1e-9;
    private static final String BOTH_TD = "images-stcs-and-dali-tabledata.vot";

    private static double degreesBetween(UnitVector3d a, UnitVector3d b) {
        return Math.toDegrees(a.angleTo(b));
    }

    private static void assertSameVertices(ConvexPolygon expected, ConvexPolygon actual, double toleranceDeg, String where) {
        assertEquals(expected.vertices().size(), actual.vertices().size(), where);
        for (int i = 0; i < expected.vertices().size(); i++) {
            double d = degreesBetween(expected.vertices().get(i), actual.vertices().get(i));
            assertTrue(d <= toleranceDeg, where + ": vertex " + i + " differs by " + d + " deg");
        }
    }

    private static Region parse(TapResult result, int row, String column) {
        int c = result.table().columnIndex(column);
        return result.columns().get(c).footprintParser().orElseThrow().parse(result.table().value(row, c));
    }

    @ParameterizedTest
    @ValueSource(strings = {BOTH_TD, "images-stcs-and-dali-binary2.vot"})
    void stcsAndDaliFootprintsOfTheSameImagesAgreeToANanodegree(String fixture) {
        TapResult result = TapFixtures.read(fixture);
        int dali = result.table().columnIndex("s_region_dali");
        assertEquals(TapFixtures.tabledata(TapFixtures.shared(BOTH_TD)).size(), result.rowCount());
        for (int r = 0; r < result.rowCount(); r++) {
            ConvexPolygon stcs = (ConvexPolygon) parse(result, r, "s_region");
            ConvexPolygon polygon = (ConvexPolygon) parse(result, r, "s_region_dali");
            assertEquals(((double[]) result.table().value(r, dali)).length / 2, polygon.vertices().size());
            assertSameVertices(stcs, polygon, NANODEGREE, fixture + " row " + r);
        }
    }

    @Test
    void theParserIsChosenByXtypeThenUcdThenName() {
        TapResult result = TapFixtures.read(BOTH_TD);
        TapColumn stcs = result.columns().get(result.table().columnIndex("s_region"));
        TapColumn dali = result.columns().get(result.table().columnIndex("s_region_dali"));
        TapColumn obsId = result.columns().get(result.table().columnIndex("obs_id"));

        assertEquals(new FootprintParsers.FootprintParser(Form.STC_S, "xtype " + stcs.xtype()), stcs.footprintParser().orElseThrow());
        assertEquals(Form.DALI_POLYGON, dali.footprintParser().orElseThrow().form());
        assertEquals(Optional.empty(), obsId.footprintParser());
        // The RSP's s_region: the same name with no xtype; a renamed copy known only by its UCD.
        assertEquals(new FootprintParsers.FootprintParser(Form.BY_CONTENT, "column name " + stcs.name()),
                FootprintParsers.forColumn(stcs.name(), null, null).orElseThrow());
        assertEquals(new FootprintParsers.FootprintParser(Form.BY_CONTENT, "UCD " + stcs.ucd()),
                FootprintParsers.forColumn("area", null, stcs.ucd()).orElseThrow());
    }

    @Test
    void rspStylePolygonsWithSixDecimalsReadLikeTheServicesOwn() {
        TapResult result = TapFixtures.read("obscore-sync-tabledata.vot");
        FootprintParsers.FootprintParser rsp = FootprintParsers.forColumn("s_region", null, null).orElseThrow();
        for (int r = 0; r < result.rowCount(); r++) {
            ConvexPolygon dachs = (ConvexPolygon) parse(result, r, "s_region");
            String text = StcsFormatter.polygon(dachs); // daf_butler's "POLYGON ICRS %.6f ..." as the RSP serves it
            assertTrue(text.startsWith("POLYGON ICRS "));
            assertSameVertices(dachs, (ConvexPolygon) rsp.parse(text), 1e-6, text);
        }
    }

    @Test
    void everyFootprintTheServiceSaysContainsTheSouthPoleDoes() {
        TapResult result = TapFixtures.read("obscore-pole-tabledata.vot");
        assertTrue(result.rowCount() > 0);
        for (int r = 0; r < result.rowCount(); r++) {
            Region footprint = result.obsCore().footprint(r);
            assertTrue(footprint.contains(new UnitVector3d(0, 0, -1)), "row " + r);
            assertTrue(footprint.boundingCircle().contains(new UnitVector3d(0, 0, -1)), "row " + r);
        }
    }

    @Test
    void theFovCircleAndCentreOfEveryImageAgreeWithItsFootprint() {
        TapResult result = TapFixtures.read("obscore-sync-tabledata.vot");
        ObsCoreResult obscore = result.obsCore();
        for (int r = 0; r < result.rowCount(); r++) {
            var row = obscore.row(r);
            ConvexPolygon footprint = (ConvexPolygon) obscore.footprint(r);
            // s_fov is rounded to 5 decimals by the service; allow that much.
            double radius = row.sFov() / 2 + 1e-5;
            Region stcsCircle = StcsRegionParser.parse("CIRCLE ICRS " + row.sRa() + " " + row.sDec() + " " + radius);
            Region daliCircle = FootprintParsers.parse(new double[] {row.sRa(), row.sDec(), radius});
            for (UnitVector3d v : footprint.vertices()) {
                assertTrue(stcsCircle.contains(v) && daliCircle.contains(v), "row " + r);
            }
            Region centre = FootprintParsers.parse(new double[] {row.sRa(), row.sDec()});
            assertTrue(footprint.contains(((Circle) centre).center()), "row " + r);
            assertTrue(footprint.contains(((Circle) StcsRegionParser.parse("Position ICRS " + row.sRa() + " " + row.sDec())).center()));
        }
    }

    /** pgSphere's text for the same rows, in the given output mode, by obs_publisher_did. */
    private static Map<String, String[]> pgSphere(String mode) throws IOException {
        Map<String, String[]> rows = new HashMap<>();
        for (String line : Files.readAllLines(TapFixtures.resource("pgsphere/images-" + mode + ".tsv"))) {
            String[] f = line.split("\t");
            rows.put(f[0], f);
        }
        return rows;
    }

    @ParameterizedTest
    @ValueSource(strings = {"rad", "deg", "dms", "hms"})
    void pgSphereTextInEveryOutputModeGivesTheStcsFootprint(String mode) throws IOException {
        // DMS and HMS print 1e-5 arcsec and 1e-6 s of time, a few nanodegrees.
        double tolerance = mode.equals("rad") || mode.equals("deg") ? NANODEGREE : 1e-8;
        Map<String, String[]> pg = pgSphere(mode);
        Map<String, String[]> rad = pgSphere("rad");
        TapResult result = TapFixtures.read(BOTH_TD);
        int did = result.table().columnIndex("obs_publisher_did");
        assertEquals(result.rowCount(), pg.size());
        for (int r = 0; r < result.rowCount(); r++) {
            String[] f = pg.get((String) result.table().value(r, did));
            Region spoly = FootprintParsers.parse(f[1]);
            assertSameVertices((ConvexPolygon) parse(result, r, "s_region"), (ConvexPolygon) spoly, tolerance, f[1]);

            String[] exact = rad.get(f[0]);
            Circle point = (Circle) PgSphereParser.parse(f[2]);
            Circle circle = (Circle) PgSphereParser.parse(f[3]);
            Box box = (Box) PgSphereParser.parse(f[4]);
            assertTrue(degreesBetween(((Circle) PgSphereParser.parse(exact[2])).center(), point.center()) <= tolerance, f[2]);
            assertTrue(degreesBetween(point.center(), circle.center()) <= tolerance, f[3]);
            assertEquals(((Circle) PgSphereParser.parse(exact[3])).openingAngleRad(), circle.openingAngleRad(),
                    Math.toRadians(tolerance), f[3]);
            assertTrue(box.contains(point.center()), f[4]);
            Box exactBox = (Box) PgSphereParser.parse(exact[4]);
            assertEquals(exactBox.latA(), box.latA(), Math.toRadians(tolerance), f[4]);
            assertEquals(exactBox.lonWidth(), box.lonWidth(), Math.toRadians(tolerance), f[4]);
        }
    }

    @Test
    void unionsAndIntersectionsOfRealFootprintsHoldTheirParts() {
        TapResult result = TapFixtures.read(BOTH_TD);
        int col = result.table().columnIndex("s_region");
        String a = (String) result.table().value(0, col);
        String b = (String) result.table().value(1, col);
        UnionRegion union = assertInstanceOf(UnionRegion.class, StcsRegionParser.parse("Union ICRS ( " + a + " " + b + " )"));
        assertEquals(List.of(StcsRegionParser.parse(a), StcsRegionParser.parse(b)), union.operands());

        Region nested = StcsRegionParser.parse("UNION (" + a + " INTERSECTION ICRS (" + b + " " + b + "))");
        IntersectionRegion inner = assertInstanceOf(IntersectionRegion.class, ((UnionRegion) nested).operands().get(1));
        assertEquals(List.of(StcsRegionParser.parse(b), StcsRegionParser.parse(b)), inner.operands());
        UnitVector3d centreOfB = ((ConvexPolygon) StcsRegionParser.parse(b)).centroid();
        assertTrue(nested.contains(centreOfB));

        RegionFormatException not = assertThrows(RegionFormatException.class,
                () -> StcsRegionParser.parse("NOT (" + a + ")"));
        assertTrue(not.getMessage().startsWith("NOT "), not.getMessage());
    }

    @Test
    void aClosingVertexThatRepeatsTheFirstIsDropped() {
        TapResult result = TapFixtures.read(BOTH_TD);
        int col = result.table().columnIndex("s_region_dali");
        double[] open = (double[]) result.table().value(0, col);
        double[] closed = java.util.Arrays.copyOf(open, open.length + 2);
        closed[open.length] = open[0];
        closed[open.length + 1] = open[1];
        assertEquals(DaliRegions.polygon(open), DaliRegions.polygon(closed));
        StringBuilder stcs = new StringBuilder("Polygon ICRS");
        for (double d : closed) {
            stcs.append(' ').append(d);
        }
        assertEquals(DaliRegions.polygon(open), StcsRegionParser.parse(stcs.toString()));
    }

    @Test
    void nanPairsSeparateTheParts() {
        ResultTable t = TapFixtures.read(BOTH_TD).table();
        int col = t.columnIndex("s_region_dali");
        double[] a = (double[]) t.value(0, col);
        double[] b = (double[]) t.value(1, col);
        double[] both = new double[a.length + 2 + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        both[a.length] = Double.NaN;
        both[a.length + 1] = Double.NaN;
        System.arraycopy(b, 0, both, a.length + 2, b.length);
        assertEquals(new UnionRegion(List.of(DaliRegions.polygon(a), DaliRegions.polygon(b))), DaliRegions.polygon(both));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Polygon ICRS 1 2 3", "Polygon ICRS 1 2 3 4 5 x", "Ellipse ICRS 1 2 3 4 5", "UNION ( Polygon 1 1 2 2 3 1",
            "{(1 , 2),(3 , x)}", "<(1 , 2) , >", "((1 , 2))", "{(0.1 , 2),(0.2 , 0.1),(0.3 , 0.1)}", "5/1-3 6/100000"})
    void brokenOrUnsupportedFootprintsFailWithAMessageNamingThem(String text) {
        RegionFormatException e = assertThrows(RegionFormatException.class, () -> FootprintParsers.parse(text));
        assertTrue(e.getMessage().contains(text.length() > 20 ? text.substring(0, 20) : text) || e.getMessage().contains("MOC")
                || e.getMessage().contains("latitude"), e.getMessage());
    }
}
