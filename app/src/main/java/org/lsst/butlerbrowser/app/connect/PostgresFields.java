package org.lsst.butlerbrowser.app.connect;

/**
 * A PostgreSQL registry as the Connect dialog names it, without its password: what may be shown
 * and remembered.
 *
 * @param namespace the registry's schema, or null for the default
 * @param user      the login, or null to let db-auth or the driver decide
 */
public record PostgresFields(String host, int port, String database, String namespace, String user) {

    /** E.g. {@code butler_reader@db.example.org:5432/butler, schema rc2}. */
    public String title() {
        return (user == null ? "" : user + "@") + host + ":" + port + "/" + database
                + (namespace == null ? "" : ", schema " + namespace);
    }
}
