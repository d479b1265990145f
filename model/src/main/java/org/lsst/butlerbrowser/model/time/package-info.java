/**
 * daf_butler times: integer TAI nanoseconds since 1970-01-01 TAI, the half-open
 * {@link org.lsst.butlerbrowser.model.time.Timespan} read from SQLite or PostgreSQL columns, and
 * {@link org.lsst.butlerbrowser.model.time.TaiTime} conversions to TAI/UTC text and UTC MJD.
 */
package org.lsst.butlerbrowser.model.time;
