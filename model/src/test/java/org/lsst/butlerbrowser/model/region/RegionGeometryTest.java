package org.lsst.butlerbrowser.model.region;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Geometry and codec behaviour of the region types the fixtures do not contain. */
class RegionGeometryTest {

    private static final double FULL_SKY_SQ_DEG = 4.0 * Math.PI * Region.SQ_DEG_PER_SR;

    /** An ellipse with equal semi-axes α about c, built the way sphgeom lays out its fields. */
    static Ellipse circularEllipse(UnitVector3d c, double alphaRad) {
        UnitVector3d[] basis = Circle.tangentBasis(c);
        double a = alphaRad - 0.5 * Math.PI;
        return new Ellipse(basis[0], basis[1], c, a, a, 0.0, Math.abs(Math.tan(a)), Math.abs(Math.tan(a)));
    }

    /** An ellipse with semi-axes α along b0 and β along b1 (both below 90°). */
    static Ellipse ellipse(UnitVector3d c, double alphaRad, double betaRad) {
        UnitVector3d[] basis = Circle.tangentBasis(c);
        double a = alphaRad - 0.5 * Math.PI;
        double b = betaRad - 0.5 * Math.PI;
        double gamma = Math.acos(Math.cos(alphaRad) / Math.cos(betaRad));
        return new Ellipse(basis[0], basis[1], c, a, b, gamma, Math.abs(Math.tan(a)), Math.abs(Math.tan(b)));
    }

    @Test
    void aPolygonGivesBackItsVerticesAndEqualsAPolygonOfTheSame() {
        List<UnitVector3d> vertices = List.of(UnitVector3d.fromLonLatDegrees(10, 0), UnitVector3d.fromLonLatDegrees(11, 0),
                UnitVector3d.fromLonLatDegrees(11, 1), UnitVector3d.fromLonLatDegrees(10, 1));
        ConvexPolygon polygon = new ConvexPolygon(vertices);

        assertEquals(vertices, polygon.vertices());
        assertEquals(new ConvexPolygon(vertices), polygon);
        assertEquals(new ConvexPolygon(vertices).hashCode(), polygon.hashCode());
        assertFalse(polygon.equals(new ConvexPolygon(vertices.subList(0, 3))));
        assertThrows(UnsupportedOperationException.class, () -> polygon.vertices().set(0, UnitVector3d.Z));
        assertThrows(IndexOutOfBoundsException.class, () -> polygon.vertices().get(4));
    }

    @Test
    void unitVectorsReadBackTheLonLatTheyWereMadeFrom() {
        UnitVector3d v = UnitVector3d.fromLonLatDegrees(215.66492204914290, -0.4958616515773609);
        assertEquals(215.6649220491429, v.raDeg(), 1e-12);
        assertEquals(-0.4958616515773609, v.decDeg(), 1e-12);
        assertEquals(0.0, UnitVector3d.Z.raDeg());
        assertEquals(90.0, UnitVector3d.Z.decDeg());
        // A hair below the x axis is longitude ~360°, reported in [0, 360).
        double ra = new UnitVector3d(1.0, -1e-300, 0.0).raDeg();
        assertTrue(ra >= 0.0 && ra < 360.0, "ra " + ra);
        assertThrows(IllegalArgumentException.class, () -> new UnitVector3d(1, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new UnitVector3d(Double.NaN, 0, 1));
    }

    @Test
    void orientationIsExactForCoplanarPoints() {
        UnitVector3d a = UnitVector3d.fromLonLatDegrees(10, 0);
        UnitVector3d b = UnitVector3d.fromLonLatDegrees(20, 0);
        UnitVector3d c = UnitVector3d.fromLonLatDegrees(30, 0);
        // All on the equator: z is exactly 0, so the exact determinant is 0.
        assertEquals(0, UnitVector3d.orientation(a, b, c));
        assertEquals(1, UnitVector3d.orientation(UnitVector3d.X, UnitVector3d.Y, UnitVector3d.Z));
        assertEquals(-1, UnitVector3d.orientation(UnitVector3d.Y, UnitVector3d.X, UnitVector3d.Z));
        // A point 1e-300 rad above the equator is on the left of an eastward equator edge.
        assertEquals(1, UnitVector3d.orientation(new UnitVector3d(1.0, 0.0, 1e-300), UnitVector3d.X.antipode(),
                UnitVector3d.fromLonLatDegrees(270, 0)));
    }

    @Test
    void octantTriangleHasAnEighthOfTheSkyAndContainsItsInterior() {
        ConvexPolygon octant = new ConvexPolygon(List.of(UnitVector3d.X, UnitVector3d.Y, UnitVector3d.Z));
        assertEquals(FULL_SKY_SQ_DEG / 8.0, octant.areaSquareDegrees(), 1e-9);
        assertTrue(octant.contains(UnitVector3d.normalize(1, 1, 1)));
        assertFalse(octant.contains(UnitVector3d.normalize(-1, 1, 1)));
        // Boundary points are inside, as in sphgeom.
        assertTrue(octant.contains(UnitVector3d.normalize(1, 1, 0)));
        BoundingCircle bc = octant.boundingCircle();
        assertEquals(45.0, bc.raDeg(), 1e-12);
        assertEquals(Math.toDegrees(Math.atan(1 / Math.sqrt(2))), bc.decDeg(), 1e-12);
        assertEquals(Math.toDegrees(Math.acos(1 / Math.sqrt(3))), bc.openingAngleDeg(), 1e-6);
    }

    @Test
    void smallPolygonAreaMatchesThePlanarEstimate() {
        ConvexPolygon sq = ConvexPolygon.fromDegrees(
                new double[] {10, -0.05}, new double[] {10.1, -0.05}, new double[] {10.1, 0.05}, new double[] {10, 0.05});
        assertEquals(0.01, sq.areaSquareDegrees(), 1e-7);
        assertEquals(List.of(sq.vertices()), sq.outlines());
        assertArrayEquals(new double[] {10.1, -0.05}, sq.verticesDeg().get(1), 1e-12);
    }

    @Test
    void circlesContainTheirCapAndEncodeLikeSphgeom() {
        UnitVector3d c = UnitVector3d.fromLonLatDegrees(150, 2);
        Circle circle = Circle.of(c, Math.toRadians(1.5));
        assertEquals("Circle", circle.typeName());
        assertTrue(circle.contains(UnitVector3d.fromLonLatDegrees(150, 3.49)));
        assertFalse(circle.contains(UnitVector3d.fromLonLatDegrees(150, 3.51)));
        double expectedArea = 2 * Math.PI * (1 - Math.cos(Math.toRadians(1.5))) * Region.SQ_DEG_PER_SR;
        assertEquals(expectedArea, circle.areaSquareDegrees(), 1e-12);
        assertEquals(1.5, circle.boundingCircle().openingAngleDeg(), 1e-12);
        Region back = RegionCodec.decode(RegionCodec.encode(circle));
        assertEquals(circle, back);
        for (UnitVector3d p : circle.outlines().get(0)) {
            assertEquals(1.5, Math.toDegrees(c.angleTo(p)), 1e-9);
        }
        assertEquals(64, circle.outlines().get(0).size());
        Circle full = Circle.of(c, Math.PI);
        assertTrue(full.isFull() && full.contains(c.antipode()));
        assertEquals(FULL_SKY_SQ_DEG, full.areaSquareDegrees(), 1e-9);
        assertTrue(Circle.of(c, -1).isEmpty());
    }

    @Test
    void boxesWrapThroughZeroLongitude() {
        Box box = Box.fromDegrees(350, 10, -5, 5);
        assertEquals("Box", box.typeName());
        assertTrue(box.contains(UnitVector3d.fromLonLatDegrees(355, 0)));
        assertTrue(box.contains(UnitVector3d.fromLonLatDegrees(5, 4.9)));
        assertFalse(box.contains(UnitVector3d.fromLonLatDegrees(180, 0)));
        assertFalse(box.contains(UnitVector3d.fromLonLatDegrees(0, 5.1)));
        double expected = Math.toRadians(20) * 2 * Math.sin(Math.toRadians(5)) * Region.SQ_DEG_PER_SR;
        assertEquals(expected, box.areaSquareDegrees(), 1e-9);
        BoundingCircle bc = box.boundingCircle();
        assertEquals(0.0, Math.min(bc.raDeg(), 360 - bc.raDeg()), 1e-9);
        for (List<UnitVector3d> ring : box.outlines()) {
            for (UnitVector3d p : ring) {
                assertTrue(bc.contains(p), "outline point outside bounding circle: " + p);
            }
        }
        assertEquals(box, RegionCodec.decode(RegionCodec.encode(box)));
        // Every longitude: one ring along both parallels, cut along a meridian; bounded by a polar cap.
        Box band = Box.fromDegrees(0, 360, 60, 80);
        assertEquals(1, band.outlines().size());
        assertEquals(1, Box.fromDegrees(0, 360, 60, 90).outlines().size());
        assertEquals(30.0, band.boundingCircle().openingAngleDeg(), 1e-9);
        assertTrue(band.contains(UnitVector3d.fromLonLatDegrees(123, 70)));
    }

    @Test
    void ellipsesContainTheirInteriorAndHaveTheRightArea() {
        UnitVector3d c = UnitVector3d.fromLonLatDegrees(40, -30);
        Ellipse round = circularEllipse(c, Math.toRadians(2));
        assertEquals(Circle.of(c, Math.toRadians(2)).areaSquareDegrees(), round.areaSquareDegrees(), 1e-9);
        Ellipse e = ellipse(c, Math.toRadians(3), Math.toRadians(1));
        assertEquals("Ellipse", e.typeName());
        assertTrue(e.contains(c));
        assertFalse(e.contains(c.antipode()));
        // Along b0 the boundary is 3° out, along b1 only 1°.
        assertTrue(e.contains(rotate(c, e.b0(), 2.9)));
        assertFalse(e.contains(rotate(c, e.b0(), 3.1)));
        assertTrue(e.contains(rotate(c, e.b1(), 0.9)));
        assertFalse(e.contains(rotate(c, e.b1(), 1.1)));
        for (UnitVector3d p : e.outlines().get(0)) {
            double d = Math.toDegrees(c.angleTo(p));
            assertTrue(d >= 1 - 1e-9 && d <= 3 + 1e-9, "outline point at " + d + " deg");
        }
        // Small-ellipse area tends to π·α·β.
        double planar = Math.PI * 3 * 1;
        assertEquals(planar, e.areaSquareDegrees(), planar * 1e-3);
        // sphgeom pads the radius by 2 × 1.5e-8 rad for asin error.
        assertEquals(3.0, e.boundingCircle().openingAngleDeg(), 1e-5);
        assertEquals(e, RegionCodec.decode(RegionCodec.encode(e)));
        // Wider than a hemisphere: the complement of a 30° cap about the antipode.
        Ellipse big = circularEllipse(c, Math.toRadians(150));
        assertTrue(big.contains(rotate(c, big.b0(), 149)));
        assertFalse(big.contains(c.antipode()));
        assertEquals(Circle.of(c, Math.toRadians(150)).areaSquareDegrees(), big.areaSquareDegrees(), 1e-6);
    }

    /** The point {@code deg} degrees from c towards the tangent direction t. */
    private static UnitVector3d rotate(UnitVector3d c, UnitVector3d t, double deg) {
        double r = Math.toRadians(deg);
        return UnitVector3d.normalize(Math.cos(r) * c.x() + Math.sin(r) * t.x(),
                Math.cos(r) * c.y() + Math.sin(r) * t.y(), Math.cos(r) * c.z() + Math.sin(r) * t.z());
    }

    @Test
    void colonJoinedTextDecodesToTheUnionOfItsParts() {
        ConvexPolygon a = ConvexPolygon.fromDegrees(new double[] {0, 0}, new double[] {1, 0}, new double[] {1, 1});
        ConvexPolygon b = ConvexPolygon.fromDegrees(new double[] {10, 0}, new double[] {11, 0}, new double[] {11, 1});
        String text = RegionCodec.encodeBase64(a) + ":" + RegionCodec.encodeBase64(b);
        UnionRegion u = assertInstanceOf(UnionRegion.class, RegionCodec.decodeBase64(text));
        assertEquals(List.of(a, b), u.operands());
        assertTrue(u.contains(a.centroid()) && u.contains(b.centroid()));
        assertFalse(u.contains(UnitVector3d.fromLonLatDegrees(5, 0.5)));
        assertEquals(2, u.outlines().size());
        BoundingCircle bc = u.boundingCircle();
        for (UnitVector3d v : a.vertices()) {
            assertTrue(bc.contains(v));
        }
        for (UnitVector3d v : b.vertices()) {
            assertTrue(bc.contains(v));
        }
        assertTrue(Double.isNaN(u.areaSquareDegrees()));
        assertEquals(0.0, new UnionRegion(List.of()).areaSquareDegrees());
    }

    @Test
    void nestedCompoundsRoundTripThroughTheBinaryEncoding() {
        Region inner = new IntersectionRegion(List.of(Box.fromDegrees(0, 30, -10, 10), Circle.of(UnitVector3d.X, 0.2)));
        Region outer = new UnionRegion(List.of(inner, ellipse(UnitVector3d.Y, 0.1, 0.05),
                ConvexPolygon.fromDegrees(new double[] {200, 0}, new double[] {201, 0}, new double[] {201, 1})));
        byte[] bytes = RegionCodec.encode(outer);
        assertEquals('u', bytes[0]);
        Region back = RegionCodec.decode(bytes);
        assertEquals(outer, back);
        assertEquals(Base64.getEncoder().encodeToString(bytes), RegionCodec.encodeBase64(back));
        assertTrue(back.contains(UnitVector3d.X));
        assertFalse(inner.contains(UnitVector3d.fromLonLatDegrees(25, 0)));
        assertEquals("IntersectionRegion", inner.typeName());
        assertEquals("UnionRegion", outer.typeName());
        assertEquals(FULL_SKY_SQ_DEG, new IntersectionRegion(List.of()).areaSquareDegrees(), 1e-9);
        assertTrue(new IntersectionRegion(List.of()).contains(UnitVector3d.Z));
    }

    @Test
    void stcsNumbersRoundLikePythonNotLikeJavaFormat() {
        // 5e-7 is stored just below the tie: Python prints 0.000000, String.format 0.000001.
        assertEquals("0.000000", StcsFormatter.fixed6(5e-7));
        assertEquals("-0.000000", StcsFormatter.fixed6(-1e-9));
        assertEquals("-0.000000", StcsFormatter.fixed6(-0.0));
        assertEquals("2.000001", StcsFormatter.fixed6(2.0000005));
        assertEquals("359.999999", StcsFormatter.fixed6(359.9999994));
        ConvexPolygon p = ConvexPolygon.fromDegrees(new double[] {150.928921, 2.505016},
                new double[] {150.901755, 2.927145}, new double[] {150.383768, 2.955931}, new double[] {150.390418, 2.516711});
        assertEquals("POLYGON ICRS 150.928921 2.505016 150.901755 2.927145 150.383768 2.955931 150.390418 2.516711",
                StcsFormatter.format(p));
        assertThrows(IllegalArgumentException.class, () -> StcsFormatter.format(Circle.of(UnitVector3d.X, 0.1)));
    }

    @Test
    void regularPolygonsHaveTheirVerticesAtTheirRadiusAndContainTheirCentre() {
        for (UnitVector3d c : List.of(UnitVector3d.fromLonLatDegrees(10, 20), UnitVector3d.Z, UnitVector3d.Z.antipode(),
                UnitVector3d.fromLonLatDegrees(359.9, -89.9))) {
            ConvexPolygon p = ConvexPolygon.regular(c, Math.toRadians(2), 5, 0.3);
            assertEquals(5, p.vertices().size());
            for (UnitVector3d v : p.vertices()) {
                assertEquals(2, Math.toDegrees(c.angleTo(v)), 1e-9);
            }
            assertTrue(p.contains(c), "counter-clockwise, so its centre is inside");
            assertEquals(0, c.angleTo(p.centroid()), 1e-9);
        }
    }
}
