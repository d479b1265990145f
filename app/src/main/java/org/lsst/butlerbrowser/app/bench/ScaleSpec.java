package org.lsst.butlerbrowser.app.bench;

import java.util.Properties;

/**
 * How big a scale registry is. Processing run {@code r} holds calexps and sourceTable_visits of
 * {@code visitsPerRun} consecutive visits starting at visit {@code r · stride} (wrapping around),
 * so neighbouring runs overlap and a find-first search over several of them has work to do; one
 * raw run holds a raw for every visit and detector.
 *
 * @param visits       new HSC visits, each with a region, a timespan and its own exposure
 * @param detectors    detectors per visit (visit_detector_region rows per visit)
 * @param groups       chains under the top chain (level 2)
 * @param subsPerGroup chains under each group chain (level 3)
 * @param runsPerSub   RUN collections under each level-3 chain
 * @param visitsPerRun visits whose calexps each processing run holds
 */
record ScaleSpec(int visits, int detectors, int groups, int subsPerGroup, int runsPerSub, int visitsPerRun) {

    /** The size the benchmark is about: 20,000 visits, 400,000 detector regions, ~1M datasets, 50 runs. */
    static final ScaleSpec FULL = new ScaleSpec(20_000, 20, 5, 2, 5, 600);

    ScaleSpec {
        if (visits < 1 || detectors < 1 || groups < 1 || subsPerGroup < 1 || runsPerSub < 1
                || visitsPerRun < 1 || visitsPerRun > visits) {
            throw new IllegalArgumentException("invalid scale: " + this);
        }
    }

    int processingRuns() {
        return groups * subsPerGroup * runsPerSub;
    }

    /** Offset between the first visits of consecutive runs; smaller than visitsPerRun, hence the overlap. */
    int stride() {
        return Math.max(1, visits / processingRuns());
    }

    /** The visit index (0-based) of the i-th visit of processing run r. */
    int visitOfRun(int run, int i) {
        return (run * stride() + i) % visits;
    }

    long detectorRegions() {
        return (long) visits * detectors;
    }

    long calexpsPerRun() {
        return (long) visitsPerRun * detectors;
    }

    long datasets() {
        return detectorRegions() + processingRuns() * (calexpsPerRun() + visitsPerRun);
    }

    Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("visits", Integer.toString(visits));
        p.setProperty("detectors", Integer.toString(detectors));
        p.setProperty("groups", Integer.toString(groups));
        p.setProperty("subsPerGroup", Integer.toString(subsPerGroup));
        p.setProperty("runsPerSub", Integer.toString(runsPerSub));
        p.setProperty("visitsPerRun", Integer.toString(visitsPerRun));
        return p;
    }

    static ScaleSpec fromProperties(Properties p) {
        return new ScaleSpec(Integer.parseInt(p.getProperty("visits")), Integer.parseInt(p.getProperty("detectors")),
                Integer.parseInt(p.getProperty("groups")), Integer.parseInt(p.getProperty("subsPerGroup")),
                Integer.parseInt(p.getProperty("runsPerSub")), Integer.parseInt(p.getProperty("visitsPerRun")));
    }
}
