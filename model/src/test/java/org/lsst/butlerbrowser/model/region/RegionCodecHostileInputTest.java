package org.lsst.butlerbrowser.model.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Registry bytes are untrusted: every malformed input must end in a one-line RegionFormatException. */
class RegionCodecHostileInputTest {

    private static final ConvexPolygon SQUARE = ConvexPolygon.fromDegrees(
            new double[] {10, -1}, new double[] {11, -1}, new double[] {11, 1}, new double[] {10, 1});
    private static final byte[] SQUARE_BYTES = RegionCodec.encode(SQUARE);

    private static String rejects(byte[] bytes) {
        RegionFormatException e = assertThrows(RegionFormatException.class, () -> RegionCodec.decode(bytes));
        assertFalse(e.getMessage().contains("\n"), "message must be one line: " + e.getMessage());
        return e.getMessage();
    }

    private static String rejectsText(String text) {
        RegionFormatException e = assertThrows(RegionFormatException.class, () -> RegionCodec.decodeBase64(text));
        assertFalse(e.getMessage().contains("\n"), "message must be one line: " + e.getMessage());
        return e.getMessage();
    }

    private static void assertMentions(String message, String... parts) {
        for (String p : parts) {
            assertTrue(message.contains(p), "'" + message + "' should mention '" + p + "'");
        }
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] union(byte type, long declaredLength, byte[] operand) {
        return le(1 + 8 + operand.length).put(type).putLong(declaredLength).put(operand).array();
    }

    @Test
    void rejectsNullAndEmptyInput() {
        assertMentions(rejects(null), "null");
        assertMentions(rejects(new byte[0]), "empty");
        assertMentions(rejectsText(null), "null");
    }

    @Test
    void rejectsUnknownTypeCodes() {
        assertMentions(rejects(new byte[] {'A', 1, 2, 3}), "unknown region type code 0x41", "'A'");
        assertMentions(rejects(new byte[] {(byte) 0xff}), "unknown region type code 0xff");
        assertMentions(rejects(new byte[] {'P'}), "0x50");
    }

    @Test
    void rejectsPolygonsOfTheWrongLength() {
        assertEquals("region data is truncated: ConvexPolygon needs 1+24·n bytes with n ≥ 3, got 50",
                rejects(Arrays.copyOf(SQUARE_BYTES, 50)));
        assertMentions(rejects(Arrays.copyOf(SQUARE_BYTES, 1)), "truncated", "got 1");
        assertMentions(rejects(Arrays.copyOf(SQUARE_BYTES, 96)), "bad length", "got 96", "23 bytes left over");
        assertMentions(rejects(Arrays.copyOf(SQUARE_BYTES, 102)), "bad length", "got 102");
    }

    @Test
    void rejectsNonFiniteAndNonUnitVertices() {
        byte[] nan = SQUARE_BYTES.clone();
        ByteBuffer.wrap(nan).order(ByteOrder.LITTLE_ENDIAN).putDouble(1 + 24 + 8, Double.NaN);
        assertMentions(rejects(nan), "ConvexPolygon vertex 1 of 4 is not finite", "NaN");

        byte[] inf = SQUARE_BYTES.clone();
        ByteBuffer.wrap(inf).order(ByteOrder.LITTLE_ENDIAN).putDouble(1 + 72, Double.NEGATIVE_INFINITY);
        assertMentions(rejects(inf), "vertex 3 of 4 is not finite", "Infinity");

        byte[] zero = SQUARE_BYTES.clone();
        Arrays.fill(zero, 1, 25, (byte) 0);
        assertMentions(rejects(zero), "vertex 0 of 4 is not a unit vector", "norm 0.0");

        byte[] big = SQUARE_BYTES.clone();
        ByteBuffer.wrap(big).order(ByteOrder.LITTLE_ENDIAN).putDouble(1 + 48, 3.0);
        assertMentions(rejects(big), "vertex 2 of 4 is not a unit vector");
    }

    @Test
    void rejectsCirclesBoxesAndEllipsesOfTheWrongSizeOrWithBadNumbers() {
        byte[] circle = RegionCodec.encode(Circle.of(UnitVector3d.X, 0.1));
        assertEquals(41, circle.length);
        assertEquals("region data is truncated: Circle needs 41 bytes, got 40", rejects(Arrays.copyOf(circle, 40)));
        assertMentions(rejects(Arrays.copyOf(circle, 42)), "too long", "Circle needs 41 bytes, got 42");
        byte[] badCentre = circle.clone();
        ByteBuffer.wrap(badCentre).order(ByteOrder.LITTLE_ENDIAN).putDouble(9, Double.NaN);
        assertMentions(rejects(badCentre), "Circle centre is not finite");

        byte[] box = RegionCodec.encode(Box.fromDegrees(350, 10, -5, 5));
        assertEquals(33, box.length);
        assertMentions(rejects(Arrays.copyOf(box, 32)), "truncated", "Box needs 33 bytes, got 32");
        byte[] infBox = box.clone();
        ByteBuffer.wrap(infBox).order(ByteOrder.LITTLE_ENDIAN).putDouble(17, Double.POSITIVE_INFINITY);
        assertMentions(rejects(infBox), "invalid Box", "latitude Infinity");
        byte[] farBox = box.clone();
        ByteBuffer.wrap(farBox).order(ByteOrder.LITTLE_ENDIAN).putDouble(1, 7.0);
        assertMentions(rejects(farBox), "invalid Box", "longitude 7.0");

        byte[] ellipse = RegionCodec.encode(RegionGeometryTest.circularEllipse(UnitVector3d.Z, 0.2));
        assertEquals(113, ellipse.length);
        assertMentions(rejects(Arrays.copyOf(ellipse, 100)), "truncated", "Ellipse needs 113 bytes, got 100");
        byte[] badRow = ellipse.clone();
        ByteBuffer.wrap(badRow).order(ByteOrder.LITTLE_ENDIAN).putDouble(25, 5.0);
        assertMentions(rejects(badRow), "Ellipse matrix row 1 is not a unit vector");
        byte[] nanAngle = ellipse.clone();
        ByteBuffer.wrap(nanAngle).order(ByteOrder.LITTLE_ENDIAN).putDouble(89, Double.NaN);
        assertMentions(rejects(nanAngle), "invalid Ellipse", "gamma=NaN");
        byte[] negTan = ellipse.clone();
        ByteBuffer.wrap(negTan).order(ByteOrder.LITTLE_ENDIAN).putDouble(97, -1.0);
        assertMentions(rejects(negTan), "invalid Ellipse", "|tan a|");
    }

    @Test
    void rejectsCompoundOperandLengthsThatLie() {
        assertEquals("region data is truncated: UnionRegion operand 1 declares 1000 bytes but only 97 remain",
                rejects(union((byte) 'u', 1000, SQUARE_BYTES)));
        // 2^64 − 1 and 2^63 read as negative Java longs; 2^62 as a huge positive one.
        assertMentions(rejects(union((byte) 'u', -1L, SQUARE_BYTES)), "declares 18446744073709551615 bytes");
        assertMentions(rejects(union((byte) 'i', Long.MIN_VALUE, SQUARE_BYTES)),
                "IntersectionRegion operand 1 declares 9223372036854775808 bytes");
        assertMentions(rejects(union((byte) 'u', 1L << 62, SQUARE_BYTES)), "declares 4611686018427387904 bytes");
        assertMentions(rejects(union((byte) 'u', 0, SQUARE_BYTES)), "UnionRegion operand 1 is empty");
        // A shorter declared length hands the operand a truncated polygon.
        assertMentions(rejects(union((byte) 'u', 50, SQUARE_BYTES)), "ConvexPolygon needs 1+24·n bytes", "got 50",
                "operand at byte 9");
        // Valid operand followed by three stray bytes where the next length should be.
        byte[] stray = Arrays.copyOf(union((byte) 'u', SQUARE_BYTES.length, SQUARE_BYTES), 1 + 8 + 97 + 3);
        assertMentions(rejects(stray), "UnionRegion operand 2 needs an 8-byte length, only 3 bytes remain");
        assertMentions(rejects(new byte[] {'u', 1, 2}), "operand 1 needs an 8-byte length, only 2 bytes remain");
    }

    /** {@code levels} compounds wrapped around SQUARE, written outside-in in one pass. */
    private static byte[] nested(int levels) {
        ByteBuffer b = le(9 * levels + SQUARE_BYTES.length);
        for (int k = 0; k < levels; k++) {
            b.put((byte) (k % 2 == 0 ? 'u' : 'i')).putLong(9L * (levels - k - 1) + SQUARE_BYTES.length);
        }
        return b.put(SQUARE_BYTES).array();
    }

    @Test
    void limitsNestingDepthWithoutOverflowingTheStack() {
        Region ok = RegionCodec.decode(nested(RegionCodec.MAX_NESTING));
        assertTrue(ok.contains(SQUARE.boundingCircle().center()));
        assertMentions(rejects(nested(RegionCodec.MAX_NESTING + 1)), "nesting is deeper than 64");
        // Far deeper than any stack would allow if the decoder recursed without a limit.
        assertMentions(rejects(nested(200_000)), "nesting is deeper than 64");
    }

    @Test
    void rejectsBadBase64AndEmptyJoinedParts() {
        assertMentions(rejectsText("not base64!"), "not valid base64");
        String good = Base64.getEncoder().encodeToString(SQUARE_BYTES);
        assertMentions(rejectsText(good + "::" + good), "part 2 of ':'-joined region text is empty");
        assertMentions(rejectsText(good + ":"), "part 2", "empty");
        assertMentions(rejectsText(good + ":" + Base64.getEncoder().encodeToString(new byte[] {'p', 0, 0})),
                "part 2 of ':'-joined region text: region data is truncated");
        assertMentions(rejectsText(good.substring(0, good.length() - 3)), "not valid base64");
    }

    @Test
    void acceptsTheLegalEdgeCasesItMustNotReject() {
        UnionRegion empty = assertInstanceOf(UnionRegion.class, RegionCodec.decodeBase64(""));
        assertTrue(empty.operands().isEmpty());
        assertInstanceOf(UnionRegion.class, RegionCodec.decode(new byte[] {'u'}));
        assertInstanceOf(IntersectionRegion.class, RegionCodec.decode(new byte[] {'i'}));
        // NaN chord length is sphgeom's empty circle; NaN box endpoints its empty box.
        byte[] emptyCircle = RegionCodec.encode(new Circle(UnitVector3d.Z, Double.NaN, Double.NaN));
        assertTrue(((Circle) RegionCodec.decode(emptyCircle)).isEmpty());
        byte[] emptyBox = RegionCodec.encode(new Box(Double.NaN, Double.NaN, Double.NaN, Double.NaN));
        assertTrue(((Box) RegionCodec.decode(emptyBox)).isEmpty());
    }
}
