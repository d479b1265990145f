package org.lsst.butlerbrowser.app.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The names of a scale registry's collections: {@code scale/all} → {@code scale/group_K} →
 * {@code scale/group_K/sub_J} → RUNs {@code scale/group_K/sub_J/run_M}, then the raw RUN
 * {@code scale/raw/all} as the top chain's last child (inputs after outputs, as in HSC/runs/RC2).
 */
record CollectionPlan(ScaleSpec spec) {

    static final String TOP = "scale/all";
    static final String RAW_RUN = "scale/raw/all";

    String group(int k) {
        return "scale/group_" + k;
    }

    String sub(int k, int j) {
        return group(k) + "/sub_" + j;
    }

    String run(int k, int j, int m) {
        return sub(k, j) + "/run_" + m;
    }

    /** Processing runs in search order of the top chain; run r here is run r of {@link ScaleSpec#visitOfRun}. */
    List<String> processingRuns() {
        List<String> runs = new ArrayList<>();
        for (int k = 0; k < spec.groups(); k++) {
            for (int j = 0; j < spec.subsPerGroup(); j++) {
                for (int m = 0; m < spec.runsPerSub(); m++) {
                    runs.add(run(k, j, m));
                }
            }
        }
        return runs;
    }

    int chainCount() {
        return 1 + spec.groups() * (1 + spec.subsPerGroup());
    }
}
