package org.lsst.butlerbrowser.app.tap;

import org.lsst.butlerbrowser.model.tap.TapResult;

/**
 * A query's result with how it was run.
 *
 * @param adql    the query as sent
 * @param async   run as a UWS job
 * @param seconds from sending the query to the last row read
 */
public record QueryOutcome(TapResult result, String adql, boolean async, double seconds) {
}
