package org.lsst.butlerbrowser.model.tap;

/**
 * A ready query to start from.
 *
 * @param name        a short name for a menu, e.g. "Cone search"
 * @param description what it finds, in a sentence
 * @param adql        the query, written for the service it was made for
 * @param unavailable why this service cannot run it (e.g. it offers no INTERSECTS), or null when it can
 */
public record AdqlTemplate(String name, String description, String adql, String unavailable) {

    public boolean available() {
        return unavailable == null;
    }
}
