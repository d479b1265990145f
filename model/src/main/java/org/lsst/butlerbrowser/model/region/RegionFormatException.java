package org.lsst.butlerbrowser.model.region;

/** Stored region bytes or text that are not a valid sphgeom encoding; the message names the problem. */
public final class RegionFormatException extends IllegalArgumentException {

    public RegionFormatException(String message) {
        super(message);
    }

    public RegionFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
