package org.lsst.butlerbrowser.app.tap;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.lsst.butlerbrowser.app.session.SkyLink;
import org.lsst.butlerbrowser.model.repo.Environment;
import org.lsst.butlerbrowser.model.tap.Cancellation;
import org.lsst.butlerbrowser.model.tap.TableSet;
import org.lsst.butlerbrowser.model.tap.TapCapabilities;
import org.lsst.butlerbrowser.model.tap.TapConnection;
import org.lsst.butlerbrowser.model.tap.TapService;

/**
 * One open TAP service and what its screens share: what the service offers (capabilities, tables),
 * the latest result, and the row whose details show. Screens observe these properties instead of
 * talking to each other.
 */
public final class TapSession {

    private final TapConnection connection;
    /** Null once the session is closed. */
    private volatile TapService service;
    private final TapCapabilities capabilities;
    private final TableSet tables;
    private final SkyLink sky;
    private final ObjectProperty<QueryOutcome> result = new SimpleObjectProperty<>(this, "result");
    private final IntegerProperty selectedRow = new SimpleIntegerProperty(this, "selectedRow", -1);

    public TapSession(TapConnection connection, TapService service, TapCapabilities capabilities, TableSet tables,
                      SkyLink sky) {
        this.connection = connection;
        this.service = service;
        this.capabilities = capabilities;
        this.tables = tables;
        this.sky = sky;
    }

    /**
     * Opens the service (reading its token) and asks it what it offers: blocks, so call it from
     * background work; a TapException or IllegalArgumentException says in a sentence what failed.
     */
    public static TapSession open(TapConnection connection, Environment env, SkyLink sky, Cancellation cancellation) {
        TapService service = connection.open(env);
        TapCapabilities capabilities = service.capabilities();
        cancellation.throwIfCancelled();
        return new TapSession(connection, service, capabilities, service.tables(cancellation), sky);
    }

    public TapConnection connection() {
        return connection;
    }

    /** The service, until the session is closed. */
    public TapService service() {
        TapService open = service;
        if (open == null) {
            throw new IllegalStateException("the TAP tab on " + connection.title() + " is closed");
        }
        return open;
    }

    /**
     * Lets go of the service (its HTTP client's threads end once nothing reaches it) and of the
     * result, on the FX thread when the tab closes. Nodes of a closed tab may stay reachable for a
     * while (JavaFX keeps the path of nodes it last repainted), and through them this session.
     */
    public void close() {
        service = null;
        result.set(null);
    }

    public TapCapabilities capabilities() {
        return capabilities;
    }

    public TableSet tables() {
        return tables;
    }

    public SkyLink sky() {
        return sky;
    }

    /** The latest query's result, or null before the first. */
    public ObjectProperty<QueryOutcome> resultProperty() {
        return result;
    }

    /** The result row whose details show, or -1. */
    public IntegerProperty selectedRowProperty() {
        return selectedRow;
    }
}
