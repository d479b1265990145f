package org.lsst.butlerbrowser.model.tap;

/**
 * The serializations a TAP result can be asked for, each with its standard MIME type and TAPRegExt
 * identifier. {@link #VOTABLE} sends no RESPONSEFORMAT and takes the service's default VOTable
 * (BINARY on the Rubin Science Platform and DaCHS, TABLEDATA on the RSP's obstap).
 */
public enum ResultFormat {
    VOTABLE(null, "ivo://ivoa.net/std/TAPRegExt#output-votable-binary"),
    VOTABLE_BINARY2("application/x-votable+xml;serialization=BINARY2", "ivo://ivoa.net/std/TAPRegExt#output-votable-binary2"),
    VOTABLE_TABLEDATA("application/x-votable+xml;serialization=TABLEDATA", "ivo://ivoa.net/std/TAPRegExt#output-votable-td"),
    FITS("application/fits", null),
    CSV("text/csv", null);

    private final String mime;
    private final String ivoId;

    ResultFormat(String mime, String ivoId) {
        this.mime = mime;
        this.ivoId = ivoId;
    }

    /** The standard MIME type; null for the service's default. */
    public String mime() {
        return mime;
    }

    /** The TAPRegExt output-format identifier, or null when the standard defines none. */
    public String ivoId() {
        return ivoId;
    }
}
