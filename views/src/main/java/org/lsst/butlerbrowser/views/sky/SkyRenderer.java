package org.lsst.butlerbrowser.views.sky;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import org.lsst.butlerbrowser.model.region.BoundingCircle;
import org.lsst.butlerbrowser.model.sky.DensityMap;
import org.lsst.butlerbrowser.model.sky.FootprintSet;
import org.lsst.butlerbrowser.model.sky.PathSink;
import org.lsst.butlerbrowser.model.sky.Projection;
import org.lsst.butlerbrowser.model.sky.SkyGrid;
import org.lsst.butlerbrowser.model.sky.SkyPathBuilder;
import org.lsst.butlerbrowser.model.sky.Viewport;

/**
 * Draws a {@link SkyScene} with any {@link SkyPainter}, independent of any JavaFX node, so the
 * view's canvas, a PNG on a headless machine and an SVG come from the same code. In order: the map,
 * each visible layer (bottom first), the selected rows of every layer, the grids and their labels,
 * the map's edge, the legend.
 *
 * <p>Level of detail: only footprints whose bounding circle meets the view are considered; a layer
 * with more of them than the scene's threshold is drawn as a density map (footprint centres per
 * HEALPix cell, cells about 7 px wide, log colour scale), and its outlines return once zooming in
 * brings the count below the threshold. Footprints smaller than a pixel are drawn as a pixel-sized
 * dot. Footprints of one colour go into one path, filled and stroked once, so overlapping footprints
 * of one colour fill as their union at the layer's fill opacity (the density map shows how many
 * overlap); batches are drawn in the order of their first footprint, so with one colour per row later
 * rows lie on top.
 */
public final class SkyRenderer {

    /** Footprints with a radius under this many pixels are drawn as a dot. */
    private static final double TINY_PX = 0.75;
    private static final double DOT_PX = 1.5;
    private static final double DENSITY_CELL_PX = 7;
    private static final double HIGHLIGHT_FILL_ALPHA = 0.35;
    private static final int LEGEND_VALUES = 12;
    /** Up to this many footprints in view are outlined with smooth lines; more get plain ones, twice as fast. */
    private static final int SMOOTH_OUTLINES = 5_000;

    private final SkyScene scene;
    private final SkyPainter painter;
    private final Viewport view;
    private final SkyStyle style;
    private final SkyPathBuilder builder;
    private final BoundingCircle cap;
    private final double tinyRadius;
    private final double[] point = new double[2];
    private final List<double[]> labelBoxes = new ArrayList<>();

    private SkyRenderer(SkyScene scene, SkyPainter painter) {
        this.scene = scene;
        this.painter = painter;
        this.view = scene.viewport();
        this.style = scene.style();
        this.builder = new SkyPathBuilder(view);
        this.cap = view.visibleCap();
        this.tinyRadius = TINY_PX / view.pixelsPerRadian();
    }

    /** Draws the scene; returns how each layer was drawn. */
    public static RenderStats render(SkyScene scene, SkyPainter painter) {
        return new SkyRenderer(scene, painter).draw();
    }

    private RenderStats draw() {
        painter.clear(style.background());
        painter.beginPath();
        builder.boundary(painter);
        painter.fillPath(style.sky());
        List<RenderStats.Layer> stats = new ArrayList<>();
        for (SkyLayer layer : scene.layers()) {
            stats.add(layer.isVisible() && layer.getOpacity() > 0 ? drawLayer(layer)
                    : new RenderStats.Layer(layer.getName(), RenderStats.Mode.HIDDEN, 0, 0));
        }
        for (SkyLayer layer : scene.layers()) {
            if (layer.isVisible()) {
                drawSelection(layer);
            }
        }
        if (scene.grid() != null) {
            drawGrid(SkyGrid.System.EQUATORIAL, style.grid());
            if (scene.galacticGrid()) {
                drawGrid(SkyGrid.System.GALACTIC, style.galacticGrid());
            }
        }
        if (view.projection().allSky() || view.projection() == Projection.SIN) {
            painter.beginPath();
            builder.boundary(painter);
            painter.strokePath(style.mapEdge(), 1);
        }
        if (scene.legend()) {
            new Legend(stats).draw();
        }
        return new RenderStats(stats);
    }

    // ---- layers ----

    private RenderStats.Layer drawLayer(SkyLayer layer) {
        FootprintSet set = layer.footprints();
        int inView = set.index().countIn(cap);
        if (inView > scene.densityThreshold()) {
            return new RenderStats.Layer(layer.getName(), RenderStats.Mode.DENSITY, inView, drawDensity(layer));
        }
        IntList candidates = new IntList();
        // The index finds footprints near each other together, which keeps the rasterizer's memory
        // accesses close; only with a colour per row does their order show, and then it is table
        // order, later rows on top.
        set.index().forEachIn(cap, candidates::add);
        double opacity = layer.getOpacity();
        IntUnaryOperator rowColors = layer.getRowColors();
        FootprintCategories categories = layer.getCategories();
        int single = layer.argb(layer.getColor(), 1);
        if (rowColors != null) {
            Arrays.sort(candidates.values, 0, candidates.size);
        }
        // Batches: one per colour, in order of their first footprint (categories: legend order).
        Map<Integer, IntList> byColour = new LinkedHashMap<>();
        if (rowColors == null && categories != null) {
            byColour.put(single, new IntList());
            for (int c = 0; c < categories.values().size(); c++) {
                byColour.put(SkyPalette.category(c), new IntList());
            }
        }
        for (int k = 0; k < candidates.size; k++) {
            int f = candidates.values[k];
            int colour;
            if (rowColors != null) {
                colour = rowColors.applyAsInt(layer.rowOf(f));
            } else if (categories != null && categories.code(f) >= 0) {
                colour = SkyPalette.category(categories.code(f));
            } else {
                colour = single;
            }
            byColour.computeIfAbsent(colour, c -> new IntList()).add(f);
        }
        for (Map.Entry<Integer, IntList> batch : byColour.entrySet()) {
            int colour = batch.getKey();
            if (batch.getValue().size == 0) {
                continue;
            }
            painter.beginPath();
            addFootprints(set, batch.getValue());
            painter.fillPath(SkyPalette.withAlpha(colour, style.fillAlpha() * opacity));
            if (style.lineWidth() > 0) {
                painter.strokePath(SkyPalette.withAlpha(colour, opacity), style.lineWidth(), candidates.size <= SMOOTH_OUTLINES);
            }
        }
        return new RenderStats.Layer(layer.getName(), RenderStats.Mode.OUTLINES, inView, candidates.size);
    }

    private void addFootprints(FootprintSet set, IntList footprints) {
        for (int k = 0; k < footprints.size; k++) {
            addFootprint(set, footprints.values[k]);
        }
    }

    private void addFootprint(FootprintSet set, int f) {
        if (set.radiusRad(f) < tinyRadius) {
            if (builder.point(set.centreX(f), set.centreY(f), set.centreZ(f), point)) {
                double h = DOT_PX / 2;
                painter.moveTo(point[0] - h, point[1] - h);
                painter.lineTo(point[0] + h, point[1] - h);
                painter.lineTo(point[0] + h, point[1] + h);
                painter.lineTo(point[0] - h, point[1] + h);
                painter.closePath();
            }
        } else {
            set.outline(f, builder, painter);
        }
    }

    private int drawDensity(SkyLayer layer) {
        DensityMap.Level level = layer.footprints().density().level(DensityMap.orderFor(view.pixelsPerRadian(), DENSITY_CELL_PX));
        IntList[] byLevel = new IntList[SkyPalette.DENSITY_LEVELS];
        int[] drawn = {0};
        level.forEachIn(cap, k -> {
            int l = SkyPalette.densityLevel(level.count(k), level.maxCount());
            if (byLevel[l] == null) {
                byLevel[l] = new IntList();
            }
            byLevel[l].add(k);
            drawn[0]++;
        });
        double[] scratch = new double[12];
        for (int l = 0; l < byLevel.length; l++) {
            if (byLevel[l] != null) {
                painter.beginPath();
                for (int j = 0; j < byLevel[l].size; j++) {
                    level.outline(byLevel[l].values[j], builder, painter, scratch);
                }
                // Opaque cells (cells do not overlap) fill fastest; a translucent layer's are translucent.
                painter.fillPath(SkyPalette.withAlpha(SkyPalette.density(l), layer.getOpacity()));
            }
        }
        return drawn[0];
    }

    private void drawSelection(SkyLayer layer) {
        if (layer.selection().isEmpty()) {
            return;
        }
        FootprintSet set = layer.footprints();
        IntList selected = new IntList();
        layer.forEachSelectedFootprint(f -> {
            if (set.present(f) && meetsView(set, f)) {
                selected.add(f);
            }
        });
        if (selected.size == 0) {
            return;
        }
        painter.beginPath();
        addFootprints(set, selected);
        painter.fillPath(SkyPalette.withAlpha(style.highlight(), HIGHLIGHT_FILL_ALPHA));
        painter.strokePath(style.highlight(), Math.max(2, style.lineWidth() + 1));
    }

    private boolean meetsView(FootprintSet set, int f) {
        if (cap.isFull()) {
            return true;
        }
        double d = set.centreX(f) * cap.center().x() + set.centreY(f) * cap.center().y() + set.centreZ(f) * cap.center().z();
        return Math.acos(Math.max(-1, Math.min(1, d))) <= Math.toRadians(cap.openingAngleDeg()) + set.radiusRad(f);
    }

    // ---- grid ----

    private void drawGrid(SkyGrid.System system, int colour) {
        List<SkyGrid.Line> lines = SkyGrid.lines(view, system, scene.grid());
        List<Object[]> labels = new ArrayList<>();
        painter.beginPath();
        for (SkyGrid.Line line : lines) {
            EdgeFinder edge = new EdgeFinder(line.meridian());
            builder.polyline(line.points(), 0, line.size(), edge);
            labels.add(new Object[] {line, edge});
        }
        painter.strokePath(colour, 1);
        boolean galactic = system == SkyGrid.System.GALACTIC;
        for (Object[] l : labels) {
            SkyGrid.Line line = (SkyGrid.Line) l[0];
            EdgeFinder edge = (EdgeFinder) l[1];
            String text = galactic ? (line.meridian() ? "l " : "b ") + line.label() : line.label();
            int textColour = galactic ? colour | 0xff000000 : style.label();
            if (edge.found) {
                if (line.meridian()) {
                    label(text, edge.at, view.height() - style.fontSize(), SkyPainter.Align.CENTER, textColour);
                } else {
                    label(text, 3, edge.at, SkyPainter.Align.LEFT, textColour);
                }
            } else if (line.anchor() != null && view.projection().allSky()
                    && builder.point(line.anchor()[0], line.anchor()[1], line.anchor()[2], point)) {
                if (line.meridian()) {
                    label(text, point[0], point[1] + style.fontSize(), SkyPainter.Align.CENTER, textColour);
                } else {
                    label(text, point[0] + 3, point[1] - style.fontSize() * 0.8, SkyPainter.Align.LEFT, textColour);
                }
            }
        }
    }

    /** A label with a pale box behind it, unless it would overlap one already drawn. */
    private void label(String text, double x, double y, SkyPainter.Align align, int colour) {
        double size = style.fontSize();
        double w = painter.textWidth(text, size) + 4;
        double left = switch (align) {
            case LEFT -> x - 2;
            case CENTER -> x - w / 2;
            case RIGHT -> x - w + 2;
        };
        double[] box = {left, y - size * 0.7, w, size * 1.4};
        if (box[0] < 0 || box[0] + box[2] > view.width() || box[1] < 0 || box[1] + box[3] > view.height()) {
            return;
        }
        for (double[] b : labelBoxes) {
            if (box[0] < b[0] + b[2] && b[0] < box[0] + box[2] && box[1] < b[1] + b[3] && b[1] < box[1] + box[3]) {
                return;
            }
        }
        labelBoxes.add(box);
        painter.fillRect(box[0], box[1], box[2], box[3], SkyPalette.withAlpha(style.sky(), 0.5)); // light: data shows through
        painter.text(text, x, y, size, colour, align);
    }

    /**
     * Passes a grid line on to the painter and notes where it first crosses the edge its label
     * belongs on: the bottom for meridians, the left for parallels.
     */
    private final class EdgeFinder implements PathSink {
        private final boolean meridian;
        private boolean found;
        private double at;
        private double lastX;
        private double lastY;

        EdgeFinder(boolean meridian) {
            this.meridian = meridian;
        }

        @Override
        public void moveTo(double x, double y) {
            painter.moveTo(x, y);
            lastX = x;
            lastY = y;
        }

        @Override
        public void lineTo(double x, double y) {
            painter.lineTo(x, y);
            if (!found) {
                if (meridian) {
                    double edge = view.height();
                    if ((lastY - edge) * (y - edge) < 0) {
                        double t = (edge - lastY) / (y - lastY);
                        at = lastX + t * (x - lastX);
                        found = at > 0 && at < view.width();
                    }
                } else if (lastX * x < 0) {
                    double t = -lastX / (x - lastX);
                    at = lastY + t * (y - lastY);
                    found = at > 0 && at < view.height();
                }
            }
            lastX = x;
            lastY = y;
        }

        @Override
        public void closePath() {
            painter.closePath();
        }
    }

    // ---- legend ----

    /** The box in the top right corner that says what the colours mean. */
    private final class Legend {
        private final List<String> texts = new ArrayList<>();
        private final List<int[]> swatches = new ArrayList<>();

        Legend(List<RenderStats.Layer> stats) {
            long shown = scene.layers().stream().filter(l -> l.isVisible()).count();
            for (int i = 0; i < scene.layers().size(); i++) {
                SkyLayer layer = scene.layers().get(i);
                RenderStats.Layer s = stats.get(i);
                if (s.mode() == RenderStats.Mode.DENSITY) {
                    DensityMap.Level level = layer.footprints().density()
                            .level(DensityMap.orderFor(view.pixelsPerRadian(), DENSITY_CELL_PX));
                    add(layer.getName() + ": footprints per cell", null);
                    add(String.format(java.util.Locale.ROOT, "1 … %,d", level.maxCount()), new int[] {-1});
                } else if (s.mode() == RenderStats.Mode.OUTLINES && layer.getRowColors() == null
                        && layer.getCategories() != null) {
                    FootprintCategories c = layer.getCategories();
                    add(layer.getName() + ": " + c.column(), null);
                    for (int k = 0; k < c.values().size() && k < LEGEND_VALUES; k++) {
                        add(String.valueOf(c.values().get(k)), new int[] {SkyPalette.category(k)});
                    }
                    if (c.values().size() > LEGEND_VALUES) {
                        add("… " + (c.values().size() - LEGEND_VALUES) + " more", null);
                    }
                } else if (s.mode() == RenderStats.Mode.OUTLINES && layer.getRowColors() == null && shown > 1) {
                    add(layer.getName(), new int[] {layer.argb(layer.getColor(), 1)});
                }
            }
        }

        private void add(String text, int[] swatch) {
            texts.add(text);
            swatches.add(swatch);
        }

        void draw() {
            if (texts.isEmpty()) {
                return;
            }
            double size = style.fontSize();
            double row = size * 1.5;
            double swatch = size;
            double width = 0;
            for (int i = 0; i < texts.size(); i++) {
                width = Math.max(width, painter.textWidth(texts.get(i), size) + (swatches.get(i) == null ? 0 : swatch + 6));
            }
            width += 16;
            double height = row * texts.size() + 8;
            double left = view.width() - width - 8;
            double top = 8;
            painter.fillRect(left, top, width, height, SkyPalette.withAlpha(style.sky(), 0.85));
            for (int i = 0; i < texts.size(); i++) {
                double y = top + 4 + row * (i + 0.5);
                double x = left + 8;
                int[] s = swatches.get(i);
                if (s != null) {
                    if (s[0] == -1) {
                        double step = swatch / 2;
                        for (int l = 0; l < 4; l++) {
                            painter.fillRect(x + l * step / 2, y - swatch / 2, step / 2 + 0.5, swatch,
                                    SkyPalette.density(l * (SkyPalette.DENSITY_LEVELS - 1) / 3));
                        }
                    } else {
                        painter.fillRect(x, y - swatch / 2, swatch, swatch, s[0]);
                    }
                    x += swatch + 6;
                }
                painter.text(texts.get(i), x, y, size, style.label(), SkyPainter.Align.LEFT);
            }
        }
    }

    /** A growable list of ints, so a frame does not box a million indices. */
    private static final class IntList {
        int[] values = new int[64];
        int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, 2 * size);
            }
            values[size++] = v;
        }
    }
}
