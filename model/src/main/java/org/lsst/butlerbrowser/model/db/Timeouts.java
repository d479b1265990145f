package org.lsst.butlerbrowser.model.db;

import java.time.Duration;

/** How long to wait for a PostgreSQL connection and for any one statement. */
public record Timeouts(Duration connect, Duration statement) {

    public static final Timeouts DEFAULT = new Timeouts(Duration.ofSeconds(10), Duration.ofMinutes(5));
}
