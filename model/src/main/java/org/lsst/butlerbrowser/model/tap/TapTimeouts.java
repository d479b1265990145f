package org.lsst.butlerbrowser.model.tap;

import java.time.Duration;

/**
 * How long to wait before calling a TAP service unresponsive, so that no request can hang.
 *
 * @param connect  to open the connection
 * @param response for the response headers of VOSI and UWS requests
 * @param query    for the response headers of a sync query, which some services send only when
 *                 the query has run (DaCHS's own sync limit is 300 s)
 * @param idle     between two pieces of a response body: a service that stalls mid-stream fails
 *                 after this long instead of hanging
 */
public record TapTimeouts(Duration connect, Duration response, Duration query, Duration idle) {

    public static final TapTimeouts DEFAULT = new TapTimeouts(Duration.ofSeconds(15), Duration.ofSeconds(60),
            Duration.ofSeconds(330), Duration.ofSeconds(60));

    public TapTimeouts {
        for (Duration d : new Duration[] {connect, response, query, idle}) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("TAP timeouts must be positive durations");
            }
        }
    }
}
