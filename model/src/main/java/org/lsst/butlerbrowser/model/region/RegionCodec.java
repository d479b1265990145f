package org.lsst.butlerbrowser.model.region;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Reads and writes lsst.sphgeom's binary region encoding, and the base64 text registries store.
 *
 * <p>Byte 0 is an ASCII type code; numbers are little-endian float64 / uint64:
 * <pre>
 *   'p' ConvexPolygon       1 + 24·n bytes (n ≥ 3): n × (x, y, z)
 *   'c' Circle              41 bytes: centre x, y, z; squared chord length; opening angle (rad)
 *   'b' Box                 33 bytes: lon.a, lon.b, lat.a, lat.b (rad)
 *   'e' Ellipse             113 bytes: S row-major (9); a, b, gamma; |tan a|, |tan b|
 *   'u' UnionRegion         repeated (u64 length N, N bytes of a nested region) to the end
 *   'i' IntersectionRegion  same as union
 * </pre>
 *
 * <p>Registry values come from files and servers we do not control, so decoding checks every length
 * and number before trusting it and reports any problem as a one-line {@link RegionFormatException}.
 * Lengths are only ever compared with the bytes actually present, never used to allocate, and
 * compound nesting is capped at {@link #MAX_NESTING}, so bad input cannot exhaust memory or stack.
 */
public final class RegionCodec {

    /** Deepest nesting of compound regions accepted; sphgeom itself only ever writes one or two levels. */
    public static final int MAX_NESTING = 64;

    static final byte POLYGON = 'p';
    static final byte CIRCLE = 'c';
    static final byte BOX = 'b';
    static final byte ELLIPSE = 'e';
    static final byte UNION = 'u';
    static final byte INTERSECTION = 'i';

    static final int CIRCLE_SIZE = 41;
    static final int BOX_SIZE = 33;
    static final int ELLIPSE_SIZE = 113;
    static final int MIN_POLYGON_SIZE = 1 + 24 * 3;

    private static final UnionRegion EMPTY_UNION = new UnionRegion(List.of());

    private RegionCodec() {
    }

    /**
     * Decodes a registry region column: standard padded base64 of one encoding, or several joined by
     * ':' (daf_butler's aggregate form, returned as a {@link UnionRegion}); "" is the empty union.
     */
    public static Region decodeBase64(String text) {
        if (text == null) {
            throw new RegionFormatException("region text is null");
        }
        if (text.isEmpty()) {
            return EMPTY_UNION;
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            return decode(base64(text));
        }
        List<Region> parts = new ArrayList<>();
        int start = 0;
        for (int part = 1; ; part++) {
            int end = text.indexOf(':', start);
            if (end < 0) {
                end = text.length();
            }
            if (end == start) {
                throw new RegionFormatException("part " + part + " of ':'-joined region text is empty");
            }
            try {
                parts.add(decode(base64(text.substring(start, end))));
            } catch (RegionFormatException e) {
                throw new RegionFormatException("part " + part + " of ':'-joined region text: " + e.getMessage(), e);
            }
            if (end == text.length()) {
                return new UnionRegion(parts);
            }
            start = end + 1;
        }
    }

    private static byte[] base64(String text) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new RegionFormatException("region text is not valid base64: " + e.getMessage(), e);
        }
    }

    /** Decodes one binary encoding. */
    public static Region decode(byte[] bytes) {
        if (bytes == null) {
            throw new RegionFormatException("region data is null");
        }
        return decodeAt(ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN), 0, bytes.length, 0);
    }

    private static Region decodeAt(ByteBuffer buf, int off, int len, int depth) {
        if (len == 0) {
            throw fail("region data is empty", off);
        }
        byte type = buf.get(off);
        switch (type) {
            case POLYGON:
                return decodePolygon(buf, off, len);
            case CIRCLE:
                return decodeCircle(buf, off, len);
            case BOX:
                return decodeBox(buf, off, len);
            case ELLIPSE:
                return decodeEllipse(buf, off, len);
            case UNION:
            case INTERSECTION:
                return decodeCompound(buf, off, len, depth, type == UNION);
            default:
                throw fail(String.format("unknown region type code 0x%02x%s (expected p, c, b, e, u or i)",
                        type & 0xff, type >= 0x20 && type < 0x7f ? " ('" + (char) type + "')" : ""), off);
        }
    }

    private static ConvexPolygon decodePolygon(ByteBuffer buf, int off, int len) {
        if (len < MIN_POLYGON_SIZE) {
            throw fail("region data is truncated: ConvexPolygon needs 1+24·n bytes with n ≥ 3, got " + len, off);
        }
        if ((len - 1) % 24 != 0) {
            throw fail("region data has a bad length: ConvexPolygon needs 1+24·n bytes, got " + len
                    + " (" + (len - 1) % 24 + " bytes left over)", off);
        }
        int n = (len - 1) / 24;
        UnitVector3d[] vs = new UnitVector3d[n];
        int p = off + 1;
        for (int i = 0; i < n; i++, p += 24) {
            vs[i] = readUnitVector(buf, p, "ConvexPolygon vertex " + i + " of " + n, off);
        }
        return new ConvexPolygon(List.of(vs));
    }

    private static UnitVector3d readUnitVector(ByteBuffer buf, int p, String what, int off) {
        double x = buf.getDouble(p);
        double y = buf.getDouble(p + 8);
        double z = buf.getDouble(p + 16);
        double n2 = x * x + y * y + z * z;
        if (!(Math.abs(n2 - 1.0) <= UnitVector3d.UNIT_TOLERANCE)) {
            String v = "(" + x + ", " + y + ", " + z + ")";
            if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(z)) {
                throw fail(what + " is not finite: " + v, off);
            }
            throw fail(what + " is not a unit vector: " + v + " has norm " + Math.sqrt(n2), off);
        }
        return new UnitVector3d(x, y, z);
    }

    private static void checkFixedSize(String type, int expected, int len, int off) {
        if (len < expected) {
            throw fail("region data is truncated: " + type + " needs " + expected + " bytes, got " + len, off);
        }
        if (len > expected) {
            throw fail("region data is too long: " + type + " needs " + expected + " bytes, got " + len, off);
        }
    }

    private static Circle decodeCircle(ByteBuffer buf, int off, int len) {
        checkFixedSize("Circle", CIRCLE_SIZE, len, off);
        UnitVector3d c = readUnitVector(buf, off + 1, "Circle centre", off);
        // NaN or negative chord lengths are sphgeom's empty circle, ≥ 4 the full sky: both legal.
        return new Circle(c, buf.getDouble(off + 25), buf.getDouble(off + 33));
    }

    private static Box decodeBox(ByteBuffer buf, int off, int len) {
        checkFixedSize("Box", BOX_SIZE, len, off);
        try {
            return new Box(buf.getDouble(off + 1), buf.getDouble(off + 9),
                    buf.getDouble(off + 17), buf.getDouble(off + 25));
        } catch (IllegalArgumentException e) {
            throw fail("invalid Box: " + e.getMessage(), off);
        }
    }

    private static Ellipse decodeEllipse(ByteBuffer buf, int off, int len) {
        checkFixedSize("Ellipse", ELLIPSE_SIZE, len, off);
        UnitVector3d b0 = readUnitVector(buf, off + 1, "Ellipse matrix row 0", off);
        UnitVector3d b1 = readUnitVector(buf, off + 25, "Ellipse matrix row 1", off);
        UnitVector3d c = readUnitVector(buf, off + 49, "Ellipse matrix row 2 (centre)", off);
        try {
            return new Ellipse(b0, b1, c, buf.getDouble(off + 73), buf.getDouble(off + 81),
                    buf.getDouble(off + 89), buf.getDouble(off + 97), buf.getDouble(off + 105));
        } catch (IllegalArgumentException e) {
            throw fail("invalid Ellipse: " + e.getMessage(), off);
        }
    }

    private static Region decodeCompound(ByteBuffer buf, int off, int len, int depth, boolean union) {
        String type = union ? "UnionRegion" : "IntersectionRegion";
        if (depth >= MAX_NESTING) {
            throw fail("region nesting is deeper than " + MAX_NESTING + " compound levels", off);
        }
        List<Region> operands = new ArrayList<>();
        int end = off + len;
        int p = off + 1;
        for (int i = 1; p < end; i++) {
            int remaining = end - p;
            if (remaining < 8) {
                throw fail("region data is truncated: " + type + " operand " + i
                        + " needs an 8-byte length, only " + remaining + " bytes remain", off);
            }
            long n = buf.getLong(p);
            p += 8;
            remaining -= 8;
            // A u64 above 2^63 reads as negative here; either way it cannot exceed what is left.
            if (n < 0 || n > remaining) {
                throw fail("region data is truncated: " + type + " operand " + i + " declares "
                        + Long.toUnsignedString(n) + " bytes but only " + remaining + " remain", off);
            }
            if (n == 0) {
                throw fail(type + " operand " + i + " is empty (length 0)", off);
            }
            operands.add(decodeAt(buf, p, (int) n, depth + 1));
            p += (int) n;
        }
        return union ? new UnionRegion(operands) : new IntersectionRegion(operands);
    }

    private static RegionFormatException fail(String problem, int off) {
        return new RegionFormatException(off == 0 ? problem : problem + " (in the operand at byte " + off + ")");
    }

    /** The sphgeom encoding of any region. */
    public static byte[] encode(Region region) {
        return encode(region, 0);
    }

    /** {@link #encode(Region)} as standard padded base64, the form stored in registry tables. */
    public static String encodeBase64(Region region) {
        return Base64.getEncoder().encodeToString(encode(region));
    }

    private static byte[] encode(Region region, int depth) {
        if (region instanceof ConvexPolygon p) {
            ByteBuffer b = allocate(1 + 24 * p.vertices().size()).put(POLYGON);
            for (UnitVector3d v : p.vertices()) {
                putVector(b, v);
            }
            return b.array();
        }
        if (region instanceof Circle c) {
            ByteBuffer b = allocate(CIRCLE_SIZE).put(CIRCLE);
            putVector(b, c.center());
            return b.putDouble(c.squaredChordLength()).putDouble(c.openingAngleRad()).array();
        }
        if (region instanceof Box x) {
            return allocate(BOX_SIZE).put(BOX).putDouble(x.lonA()).putDouble(x.lonB())
                    .putDouble(x.latA()).putDouble(x.latB()).array();
        }
        if (region instanceof Ellipse e) {
            ByteBuffer b = allocate(ELLIPSE_SIZE).put(ELLIPSE);
            putVector(b, e.b0());
            putVector(b, e.b1());
            putVector(b, e.center());
            return b.putDouble(e.a()).putDouble(e.b()).putDouble(e.gamma())
                    .putDouble(e.tanA()).putDouble(e.tanB()).array();
        }
        if (region instanceof UnionRegion u) {
            return encodeCompound(UNION, u.operands(), depth);
        }
        if (region instanceof IntersectionRegion i) {
            return encodeCompound(INTERSECTION, i.operands(), depth);
        }
        throw new IllegalArgumentException("cannot encode " + region);
    }

    private static byte[] encodeCompound(byte type, List<Region> operands, int depth) {
        // Refuse what decode would refuse, so every encoding we write can be read back.
        if (depth >= MAX_NESTING) {
            throw new IllegalArgumentException("region nesting is deeper than " + MAX_NESTING + " compound levels");
        }
        List<byte[]> parts = new ArrayList<>(operands.size());
        int size = 1;
        for (Region r : operands) {
            byte[] part = encode(r, depth + 1);
            parts.add(part);
            size = Math.addExact(size, Math.addExact(8, part.length));
        }
        ByteBuffer b = allocate(size).put(type);
        for (byte[] part : parts) {
            b.putLong(part.length).put(part);
        }
        return b.array();
    }

    private static ByteBuffer allocate(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static void putVector(ByteBuffer b, UnitVector3d v) {
        b.putDouble(v.x()).putDouble(v.y()).putDouble(v.z());
    }
}
