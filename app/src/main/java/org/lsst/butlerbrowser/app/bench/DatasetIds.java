package org.lsst.butlerbrowser.app.bench;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Dataset ids as daf_butler makes them, in SQLite's CHAR(32) form (lower-case hex, no dashes):
 * raws get a deterministic UUIDv5 of their data ID, outputs a time-ordered UUIDv7. The difference
 * matters for speed as well as fidelity: v7 ids arrive in index order, v5 ids land anywhere.
 */
final class DatasetIds {

    /** daf_butler's namespace for deterministic dataset ids. */
    private static final UUID NAMESPACE = UUID.fromString("840b31d9-05cd-5161-b2c8-00d32b280d0f");
    private static final HexFormat HEX = HexFormat.of();

    private final SplittableRandom random;
    private final MessageDigest sha1;
    private final byte[] namespace = ByteBuffer.allocate(16)
            .putLong(NAMESPACE.getMostSignificantBits()).putLong(NAMESPACE.getLeastSignificantBits()).array();

    DatasetIds(long seed) {
        random = new SplittableRandom(seed);
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-1", e);
        }
    }

    /**
     * daf_butler's id for a raw: UUIDv5 over {@code dataset_type=raw,run=...,dim=value,...} with
     * the required dimensions sorted by name.
     */
    String raw(String run, String instrument, long detector, long exposure) {
        sha1.update(namespace);
        byte[] h = sha1.digest(("dataset_type=raw,run=" + run + ",detector=" + detector + ",exposure=" + exposure
                + ",instrument=" + instrument).getBytes(StandardCharsets.UTF_8));
        ByteBuffer b = ByteBuffer.wrap(h, 0, 16);
        long msb = b.getLong() & ~0xF000L | 0x5000L;
        long lsb = b.getLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        return hex(msb, lsb);
    }

    /** A random UUIDv7 whose timestamp is {@code unixMillis}. */
    String output(long unixMillis) {
        long msb = unixMillis << 16 | 0x7000L | random.nextInt(1 << 12);
        long lsb = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        return hex(msb, lsb);
    }

    private static String hex(long msb, long lsb) {
        return HEX.toHexDigits(msb) + HEX.toHexDigits(lsb);
    }
}
