package org.lsst.butlerbrowser.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lsst.butlerbrowser.model.time.TaiTime;
import org.lsst.butlerbrowser.model.time.Timespan;

/** Where the validity timeline puts ranges: lanes, counts, the axis and its ticks. */
class TimelineLayoutTest {

    private static Long tai(String iso) {
        return iso == null ? null : TaiTime.fromTaiDateTime(LocalDateTime.parse(iso));
    }

    private static Timespan span(String begin, String end) {
        return new Timespan(tai(begin), tai(end));
    }

    @Test
    void rangesMeetingAtOneInstantShareALane() {
        // half-open: a bias valid until 2014-10-01 and its successor from then on never overlap
        TimelineLayout layout = TimelineLayout.of(List.of(
                span("2013-01-01T00:00", "2014-10-01T00:00"), span("2014-10-01T00:00", null)));
        assertEquals(1, layout.lanes());
        assertEquals(List.of(0, 0), layout.bars().stream().map(TimelineLayout.Bar::lane).toList());
    }

    @Test
    void overlappingRangesGetLanesOfTheirOwn() {
        TimelineLayout layout = TimelineLayout.of(List.of(
                span("2013-06-01T00:00", "2015-01-01T00:00"), span("2014-01-01T00:00", "2016-01-01T00:00"),
                span("2015-01-01T00:00", "2016-01-01T00:00")));
        assertEquals(2, layout.lanes());
        assertEquals(List.of(0, 1, 0), layout.bars().stream().map(TimelineLayout.Bar::lane).toList());
    }

    @Test
    void equalRangesAreOneBarWithTheirCount() {
        Timespan a = span("2013-01-01T00:00", "2014-10-01T00:00");
        Timespan b = span("2014-10-01T00:00", null);
        TimelineLayout layout = TimelineLayout.of(Arrays.asList(a, b, a, null, a, b, Timespan.EMPTY));
        assertEquals(List.of(new TimelineLayout.Bar(a, 3, 0), new TimelineLayout.Bar(b, 2, 0)), layout.bars());
    }

    @Test
    void unboundedSidesRunOffTheEdgesAndFiniteTimesStayInside() {
        Timespan open = span(null, "2014-01-01T00:00");
        Timespan later = span("2015-01-01T00:00", null);
        TimelineLayout layout = TimelineLayout.of(List.of(open, later));
        assertEquals(0, layout.fraction(null, false));
        assertEquals(1, layout.fraction(null, true));
        double end = layout.fraction(open.endNsec(), true);
        double begin = layout.fraction(later.beginNsec(), false);
        assertTrue(0.1 < end && end < begin && begin < 0.9, end + " then " + begin);
    }

    @Test
    void everythingUnboundedStillHasAnAxis() {
        TimelineLayout layout = TimelineLayout.of(List.of(Timespan.UNBOUNDED));
        assertTrue(layout.axisEnd() > layout.axisBegin());
        assertEquals(1, layout.bars().size());
    }

    @Test
    void ticksFallOnCalendarBoundariesInsideTheAxis() {
        TimelineLayout years = TimelineLayout.of(List.of(span("2013-01-01T00:00", "2016-01-01T00:00")));
        List<TimelineLayout.Tick> yearTicks = years.ticks(10);
        assertEquals(List.of("2013", "2014", "2015", "2016"), yearTicks.stream().map(TimelineLayout.Tick::label).toList());
        assertEquals(tai("2014-01-01T00:00"), yearTicks.get(1).tai());

        TimelineLayout months = TimelineLayout.of(List.of(span("2014-03-01T00:00", "2014-09-01T00:00")));
        List<TimelineLayout.Tick> monthTicks = months.ticks(4);
        assertTrue(monthTicks.size() <= 4 && monthTicks.size() >= 2, monthTicks.toString());
        assertTrue(monthTicks.stream().allMatch(t -> t.label().matches("2014-\\d\\d")), monthTicks.toString());
        assertTrue(monthTicks.stream().allMatch(t -> t.tai() >= months.axisBegin() && t.tai() <= months.axisEnd()));
    }
}
