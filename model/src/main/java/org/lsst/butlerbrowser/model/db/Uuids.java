package org.lsst.butlerbrowser.model.db;

import java.util.UUID;

/** SQLite stores dataset ids as 32 lower-case hex digits without dashes. */
public final class Uuids {

    private Uuids() {
    }

    public static UUID fromHex(String hex) {
        if (hex == null) {
            return null;
        }
        if (hex.length() != 32) {
            return UUID.fromString(hex);
        }
        return new UUID(Long.parseUnsignedLong(hex, 0, 16, 16), Long.parseUnsignedLong(hex, 16, 32, 16));
    }

    public static String toHex(UUID id) {
        return String.format("%016x%016x", id.getMostSignificantBits(), id.getLeastSignificantBits());
    }
}
