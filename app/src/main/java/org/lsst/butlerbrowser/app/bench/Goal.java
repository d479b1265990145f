package org.lsst.butlerbrowser.app.bench;

import java.util.Locale;
import java.util.function.Predicate;

/** A target from the issue that a measurement is held to, with the words the report prints for it. */
record Goal(String text, Predicate<Measurement> test) {

    static Goal maxMillis(double ms) {
        return new Goal(String.format(Locale.ROOT, "≤ %.0f ms", ms), m -> m.ours().medianMs() <= ms);
    }

    static Goal withinFloor(double factor) {
        return new Goal(String.format(Locale.ROOT, "≤ %.0f× floor", factor), m -> m.ratio() <= factor);
    }

    static Goal minRate(double perSecond, String unit) {
        return new Goal(String.format(Locale.ROOT, "≥ %,.0f %s/s", perSecond, unit), m -> m.ours().rate() >= perSecond);
    }

    Goal and(Goal other) {
        return new Goal(text + ", " + other.text, test.and(other.test));
    }

    boolean met(Measurement m) {
        return test.test(m);
    }
}
