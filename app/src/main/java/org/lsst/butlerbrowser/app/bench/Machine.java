package org.lsst.butlerbrowser.app.bench;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.lsst.butlerbrowser.model.registry.Registry;

/** Where the registry figures were measured: the host and the two SQLite libraries compared. */
record Machine(Host host, String sqliteJdbc, String sqliteShell) {

    static Machine describe(Registry registry, SqliteShell shell) throws IOException, InterruptedException, SQLException {
        String jdbc;
        try (Connection c = registry.database().connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT sqlite_version()")) {
            rs.next();
            jdbc = rs.getString(1) + " (sqlite-jdbc " + c.getMetaData().getDriverVersion() + ")";
        }
        return new Machine(Host.describe(), jdbc, shell.version());
    }
}
