package org.lsst.butlerbrowser.app.detail;

/** The time scale timespans are shown in: TAI as the registry stores them, or UTC. */
public enum TimeScale {
    TAI,
    UTC
}
