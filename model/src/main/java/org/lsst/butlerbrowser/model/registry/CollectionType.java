package org.lsst.butlerbrowser.model.registry;

/** daf_butler's collection types with the codes stored in {@code collection.type}. */
public enum CollectionType {
    RUN(1),
    TAGGED(2),
    CHAINED(3),
    CALIBRATION(4);

    private final int code;

    CollectionType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static CollectionType fromCode(int code) {
        for (CollectionType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        throw new RegistryException("unknown collection type code " + code + " in the collection table");
    }
}
