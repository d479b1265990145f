package org.lsst.butlerbrowser.views;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lsst.butlerbrowser.model.time.TaiTime;
import org.lsst.butlerbrowser.model.time.Timespan;

/**
 * Where a timeline draws validity ranges: each distinct range once, with how many rows share it,
 * in the first lane where it overlaps nothing (ranges are half-open, so [a, b) and [b, c) share a
 * lane), on a TAI axis a little wider than the finite times so that unbounded sides run off the edge.
 *
 * @param axisBegin TAI nanoseconds at the left edge
 * @param axisEnd   TAI nanoseconds at the right edge (greater than axisBegin)
 */
public record TimelineLayout(long axisBegin, long axisEnd, List<Bar> bars, int lanes) {

    private static final long DAY = 86_400_000_000_000L;
    private static final Comparator<Timespan> BY_BEGIN_THEN_END = Comparator
            .comparing(Timespan::beginNsec, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Timespan::endNsec, Comparator.nullsLast(Comparator.naturalOrder()));

    /** A distinct range, how many rows have it, and its lane (0 at the top). */
    public record Bar(Timespan span, int count, int lane) {
    }

    /** A labelled axis position at a calendar boundary (TAI). */
    public record Tick(long tai, String label) {
    }

    public TimelineLayout {
        bars = List.copyOf(bars);
    }

    /** Lays out the ranges given (nulls and empty ranges are skipped). */
    public static TimelineLayout of(Collection<Timespan> spans) {
        Map<Timespan, Integer> counts = new LinkedHashMap<>();
        for (Timespan s : spans) {
            if (s != null && !s.isEmpty()) {
                counts.merge(s, 1, Integer::sum);
            }
        }
        List<Timespan> distinct = counts.keySet().stream().sorted(BY_BEGIN_THEN_END).toList();
        List<Long> laneEnds = new ArrayList<>(); // null: a lane taken up to +∞
        List<Bar> bars = new ArrayList<>();
        for (Timespan s : distinct) {
            int lane = 0;
            while (lane < laneEnds.size() && !fitsAfter(laneEnds.get(lane), s.beginNsec())) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(s.endNsec());
            } else {
                laneEnds.set(lane, s.endNsec());
            }
            bars.add(new Bar(s, counts.get(s), lane));
        }
        long[] axis = axis(distinct);
        return new TimelineLayout(axis[0], axis[1], bars, laneEnds.size());
    }

    private static boolean fitsAfter(Long laneEnd, Long begin) {
        return laneEnd != null && begin != null && laneEnd <= begin;
    }

    private static long[] axis(List<Timespan> spans) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        boolean openBegin = false;
        boolean openEnd = false;
        for (Timespan s : spans) {
            openBegin |= s.beginNsec() == null;
            openEnd |= s.endNsec() == null;
            for (Long t : new Long[] {s.beginNsec(), s.endNsec()}) {
                if (t != null) {
                    min = Math.min(min, t);
                    max = Math.max(max, t);
                }
            }
        }
        if (min > max) { // nothing finite: any window will do, every bar spans it
            return new long[] {0, DAY};
        }
        // an unbounded side gets a fifth of the axis so that its bar is long enough to see and label
        long range = Math.max(DAY, max - min);
        return new long[] {min - (openBegin ? range / 5 : range / 25), max + (openEnd ? range / 5 : range / 25)};
    }

    /** Where a time falls on the axis, 0 at the left edge and 1 at the right; null is off the edge. */
    public double fraction(Long tai, boolean isEnd) {
        if (tai == null) {
            return isEnd ? 1 : 0;
        }
        double f = (double) (tai - axisBegin) / (double) (axisEnd - axisBegin);
        return Math.max(0, Math.min(1, f));
    }

    /**
     * Calendar boundaries inside the axis: years for spans of years, else months, else days,
     * thinned so that there are at most {@code maxTicks}.
     */
    public List<Tick> ticks(int maxTicks) {
        LocalDateTime begin = TaiTime.toTaiDateTime(axisBegin);
        LocalDateTime end = TaiTime.toTaiDateTime(axisEnd);
        ChronoUnit unit = ChronoUnit.MONTHS.between(begin, end) >= 36 ? ChronoUnit.YEARS
                : ChronoUnit.DAYS.between(begin, end) >= 90 ? ChronoUnit.MONTHS : ChronoUnit.DAYS;
        LocalDateTime first = switch (unit) {
            case YEARS -> begin.toLocalDate().withDayOfYear(1).atStartOfDay();
            case MONTHS -> begin.toLocalDate().withDayOfMonth(1).atStartOfDay();
            default -> begin.toLocalDate().atStartOfDay();
        };
        long count = Math.max(1, unit.between(first, end));
        long step = Math.max(1, (count + Math.max(1, maxTicks) - 1) / Math.max(1, maxTicks));
        List<Tick> ticks = new ArrayList<>();
        for (LocalDateTime t = first; !t.isAfter(end); t = t.plus(step, unit)) {
            if (!t.isBefore(begin)) {
                String iso = t.toLocalDate().toString();
                String label = switch (unit) {
                    case YEARS -> iso.substring(0, 4);
                    case MONTHS -> iso.substring(0, 7);
                    default -> iso;
                };
                ticks.add(new Tick(TaiTime.fromTaiDateTime(t), label));
            }
        }
        return ticks;
    }
}
