package org.lsst.butlerbrowser.views;

import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.Duration;
import org.lsst.butlerbrowser.model.time.Timespan;

/**
 * A small picture of validity ranges on a TAI time axis: one bar per distinct range with the number
 * of rows that have it, overlapping ranges in separate lanes, unbounded sides running off the edge
 * with an arrow. The highlighted range (the selected row's) is drawn in a second colour.
 */
public final class ValidityTimeline extends Region {

    private static final double BAR = 14;
    private static final double GAP = 3;
    private static final double AXIS = 20;
    private static final double PAD = 8;
    private static final int MAX_LANES_SHOWN = 6;
    private static final Color FILL = Color.web("#6b93c9");
    private static final Color HIGHLIGHT = Color.web("#e08a1e");

    private final ObservableList<Timespan> timespans = FXCollections.observableArrayList();
    private final ObjectProperty<Timespan> highlighted = new SimpleObjectProperty<>(this, "highlighted");
    private TimelineLayout layout = TimelineLayout.of(java.util.List.of());
    private boolean dirty = true;
    private double drawnWidth = -1;

    public ValidityTimeline() {
        getStyleClass().add("validity-timeline");
        setStyle("-fx-background-color: #fafafa; -fx-border-color: #d4d4d4 transparent transparent transparent;");
        InvalidationListener relayout = o -> {
            layout = TimelineLayout.of(timespans);
            redraw();
        };
        timespans.addListener(relayout);
        highlighted.addListener(o -> redraw());
        setMinHeight(0);
    }

    /** The ranges to draw, one per row (equal ranges are drawn once, with their count). */
    public ObservableList<Timespan> getTimespans() {
        return timespans;
    }

    public ObjectProperty<Timespan> highlightedProperty() {
        return highlighted;
    }

    /** Where the bars are now (for tests). */
    public TimelineLayout timelineLayout() {
        return layout;
    }

    private double laneHeight() {
        return layout.lanes() <= MAX_LANES_SHOWN ? BAR : Math.max(3, BAR * MAX_LANES_SHOWN / layout.lanes());
    }

    @Override
    protected double computePrefHeight(double width) {
        int lanes = Math.max(1, layout.lanes());
        return PAD + lanes * (laneHeight() + GAP) + AXIS;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 400;
    }

    private void redraw() {
        dirty = true;
        requestLayout();
    }

    /** Rebuilds the shapes only when something changed: replacing children re-requests layout. */
    @Override
    protected void layoutChildren() {
        if (!dirty && drawnWidth == getWidth()) {
            return;
        }
        dirty = false;
        drawnWidth = getWidth();
        getChildren().clear();
        double left = PAD;
        double width = Math.max(1, getWidth() - 2 * PAD);
        double lane = laneHeight();
        for (TimelineLayout.Bar bar : layout.bars()) {
            drawBar(bar, left, width, PAD + bar.lane() * (lane + GAP), lane);
        }
        double axisY = PAD + Math.max(1, layout.lanes()) * (lane + GAP) + 2;
        getChildren().add(line(left, axisY, left + width, axisY, Color.web("#9a9a9a")));
        for (TimelineLayout.Tick tick : layout.ticks(Math.max(2, (int) (width / 70)))) {
            double x = left + layout.fraction(tick.tai(), false) * width;
            getChildren().add(line(x, axisY, x, axisY + 4, Color.web("#9a9a9a")));
            Text label = text(tick.label(), 10, Color.web("#555555"));
            label.setX(x - label.getLayoutBounds().getWidth() / 2);
            label.setY(axisY + 15);
            getChildren().add(label);
        }
    }

    private void drawBar(TimelineLayout.Bar bar, double left, double width, double y, double height) {
        Timespan span = bar.span();
        double x0 = left + layout.fraction(span.beginNsec(), false) * width;
        double x1 = left + layout.fraction(span.endNsec(), true) * width;
        // a pixel short at each end, so that ranges meeting at one instant show as two bars
        Rectangle r = new Rectangle(x0 + 1, y, Math.max(2, x1 - x0 - 2), height);
        r.setArcWidth(4);
        r.setArcHeight(4);
        r.setFill(span.equals(highlighted.get()) ? HIGHLIGHT : FILL);
        Tooltip tip = new Tooltip(span.toCliString() + " TAI · " + bar.count() + (bar.count() == 1 ? " row" : " rows"));
        tip.setShowDelay(Duration.millis(300));
        Tooltip.install(r, tip);
        getChildren().add(r);
        if (height >= 10) {
            String open = (span.beginNsec() == null ? "◀ " : "") + bar.count() + (span.endNsec() == null ? " ▶" : "");
            Text count = text(open, 9.5, Color.WHITE);
            if (count.getLayoutBounds().getWidth() + 6 < x1 - x0) {
                count.setX((x0 + x1 - count.getLayoutBounds().getWidth()) / 2);
                count.setY(y + height - 3.5);
                count.setMouseTransparent(true);
                getChildren().add(count);
            }
        }
    }

    private static Line line(double x0, double y0, double x1, double y1, Color color) {
        Line l = new Line(x0, y0, x1, y1);
        l.setStroke(color);
        return l;
    }

    private static Text text(String s, double size, Color color) {
        Text t = new Text(s);
        t.setFont(Font.font(size));
        t.setFill(color);
        return t;
    }
}
