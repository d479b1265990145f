package org.lsst.butlerbrowser.views.sky;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.paint.Color;
import javafx.scene.layout.Region;
import org.lsst.butlerbrowser.model.region.BoundingCircle;
import org.lsst.butlerbrowser.model.region.UnitVector3d;
import org.lsst.butlerbrowser.model.sky.AngleFormat;
import org.lsst.butlerbrowser.model.sky.FootprintSet;
import org.lsst.butlerbrowser.model.sky.PathSink;
import org.lsst.butlerbrowser.model.sky.Projection;
import org.lsst.butlerbrowser.model.sky.SkyPathBuilder;
import org.lsst.butlerbrowser.model.sky.SkyTarget;
import org.lsst.butlerbrowser.model.sky.Viewport;

/**
 * An interactive sky: {@link SkyLayer}s of footprints drawn on one canvas by {@link SkyRenderer},
 * redrawn (once per pulse at most) only when the view, a layer or a selection changes.
 *
 * <p>Mouse and keys: drag to pan; wheel or pinch to zoom about the pointer; double-click to
 * centre; Home to reset; +/− to zoom; arrows to pan. Click selects the rows of the footprints under
 * the pointer in the topmost layer that has any (empty sky clears the selections), Shift-click
 * toggles them. Shift-drag (or any drag in {@link DragMode#BOX}) selects the footprints whose centre
 * falls in a box, Alt-drag (or {@link DragMode#LASSO}) in a lasso; with Ctrl/⌘ held a box or lasso
 * adds to the selection. Hovering shows the layer's tooltip for the row under the pointer.
 *
 * <p>For an application: add layers to {@link #getLayers()} (bottom first), bind the options
 * ({@link #projectionProperty()}, {@link #gridFormatProperty()}, {@link #galacticGridProperty()},
 * {@link #densityThresholdProperty()}, {@link #skyStyleProperty()}), offer {@link #goTo}, {@link #home()},
 * {@link #zoomToSelection()} and {@link #export}; {@link #pointerProperty()} feeds a status line.
 * Selections made here carry this view as their source.
 */
public class SkyView extends Region {

    /** What a plain drag does. */
    public enum DragMode {
        PAN, BOX, LASSO
    }

    private static final double WHEEL_STEP = 1.15;
    private static final double WHEEL_NOTCH = 40;
    private static final double KEY_ZOOM = 1.25;
    private static final double KEY_PAN = 0.1;
    private static final Color RUBBER_BAND = CanvasPainter.color(SkyPalette.HIGHLIGHT);

    private final Canvas canvas = new Canvas();
    private final Canvas overlay = new Canvas();
    private final ObservableList<SkyLayer> layers = FXCollections.observableArrayList();
    private final ObjectProperty<Viewport> viewport =
            new SimpleObjectProperty<>(this, "viewport", Viewport.wholeSky(Projection.AITOFF, 0, 0, 800, 450));
    private final ObjectProperty<Projection> projection = new SimpleObjectProperty<>(this, "projection", Projection.AITOFF);
    private final ObjectProperty<AngleFormat> gridFormat = new SimpleObjectProperty<>(this, "gridFormat", AngleFormat.SEXAGESIMAL);
    private final BooleanProperty galacticGrid = new SimpleBooleanProperty(this, "galacticGrid", false);
    private final BooleanProperty legend = new SimpleBooleanProperty(this, "legend", true);
    private final IntegerProperty densityThreshold =
            new SimpleIntegerProperty(this, "densityThreshold", SkyScene.DEFAULT_DENSITY_THRESHOLD);
    private final ObjectProperty<SkyStyle> style = new SimpleObjectProperty<>(this, "skyStyle", SkyStyle.DEFAULT);
    private final ObjectProperty<DragMode> dragMode = new SimpleObjectProperty<>(this, "dragMode", DragMode.PAN);
    private final ReadOnlyObjectWrapper<RenderStats> renderStats = new ReadOnlyObjectWrapper<>(this, "renderStats");
    private final ReadOnlyObjectWrapper<UnitVector3d> pointer = new ReadOnlyObjectWrapper<>(this, "pointer");

    private final InvalidationListener redrawOnChange = o -> requestRedraw();
    private final Map<SkyLayer, Runnable> selectionListeners = new HashMap<>();
    private final Tooltip tooltip = new Tooltip();
    private boolean redrawPending;
    /** Paints the frames, reused while the size stays. */
    private CanvasPainter painter;
    private boolean painterAntialias;
    private boolean sized;

    // the gesture in progress
    private Viewport pressView;
    private UnitVector3d grabbed;
    private double pressX;
    private double pressY;
    private DragMode gesture;
    private final List<double[]> lasso = new ArrayList<>();

    public SkyView() {
        getStyleClass().add("sky-view");
        overlay.setMouseTransparent(true);
        getChildren().addAll(canvas, overlay);
        setFocusTraversable(true);
        setMinSize(100, 80);
        setPrefSize(800, 450);
        projection.addListener((o, old, p) -> {
            if (p != null && viewport.get().projection() != p) {
                viewport.set(viewport.get().withProjection(p));
            }
        });
        viewport.addListener((o, old, v) -> {
            if (projection.get() != v.projection()) {
                projection.set(v.projection());
            }
            requestRedraw();
        });
        for (Observable option : List.of(gridFormat, galacticGrid, legend, densityThreshold, style)) {
            option.addListener(redrawOnChange);
        }
        layers.addListener((ListChangeListener<SkyLayer>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(this::forget);
                change.getAddedSubList().forEach(this::watch);
            }
            requestRedraw();
        });
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::hovered);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            tooltip.hide();
            pointer.set(null);
            clearOverlay();
        });
        addEventHandler(ScrollEvent.SCROLL, e -> {
            // deltaY is wheel notches times the platform's pixels per notch (its multiplier).
            double notches = e.getDeltaY() / (e.getMultiplierY() > 0 ? e.getMultiplierY() : WHEEL_NOTCH);
            zoomAt(Math.pow(WHEEL_STEP, notches), e.getX(), e.getY());
            e.consume();
        });
        addEventHandler(ZoomEvent.ZOOM, e -> {
            zoomAt(e.getZoomFactor(), e.getX(), e.getY());
            e.consume();
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    // ---- layers and redrawing ----

    private void watch(SkyLayer layer) {
        layer.appearance().forEach(p -> p.addListener(redrawOnChange));
        selectionListeners.put(layer, layer.selection().addListener(change -> requestRedraw()));
    }

    private void forget(SkyLayer layer) {
        layer.appearance().forEach(p -> p.removeListener(redrawOnChange));
        Runnable remove = selectionListeners.remove(layer);
        if (remove != null) {
            remove.run();
        }
    }

    /** Schedules one redraw for the next pulse, however many changes ask for it meanwhile. */
    public void requestRedraw() {
        if (redrawPending) {
            return;
        }
        redrawPending = true;
        Platform.runLater(() -> {
            redrawPending = false;
            redraw();
        });
    }

    private void redraw() {
        if (!sized) {
            return;
        }
        int w = (int) canvas.getWidth();
        int h = (int) canvas.getHeight();
        boolean antialias = style.get().antialias();
        if (painter == null || painter.width != w || painter.height != h || painterAntialias != antialias) {
            painter = new CanvasPainter(new WritableImage(w, h), antialias);
            painterAntialias = antialias;
        }
        renderStats.set(SkyRenderer.render(scene(), painter));
        painter.show(canvas.getGraphicsContext2D());
    }

    /** What the view shows now, as a value: for exporting, or drawing elsewhere. */
    public SkyScene scene() {
        return new SkyScene(viewport.get(), List.copyOf(layers), style.get(), gridFormat.get(), galacticGrid.get(),
                legend.get(), densityThreshold.get());
    }

    @Override
    protected void layoutChildren() {
        int w = Math.max(1, (int) Math.floor(getWidth()));
        int h = Math.max(1, (int) Math.floor(getHeight()));
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            overlay.setWidth(w);
            overlay.setHeight(h);
            Viewport v = viewport.get();
            boolean first = !sized;
            sized = true;
            viewport.set(first && v.fovDeg() >= 360 ? Viewport.wholeSky(v.projection(), v.centreRaDeg(), v.centreDecDeg(), w, h)
                    : v.withSize(w, h));
            requestRedraw();
        }
    }

    // ---- navigation ----

    /** Centres the view on a position, with its field of view when it has one. */
    public void goTo(SkyTarget target) {
        Viewport v = viewport.get();
        double fov = target.hasFov() ? target.fovDeg() : v.fovDeg();
        viewport.set(Viewport.ofFov(v.projection(), target.raDeg(), target.decDeg(), fov, v.width(), v.height()));
    }

    public void goTo(double raDeg, double decDeg, double fovDeg) {
        goTo(new SkyTarget(raDeg, decDeg, fovDeg));
    }

    /**
     * Back to the start: the whole sky centred on the visible layers' footprints (on their RA, at
     * Dec 0, for the all-sky projections), or for TAN all the footprints in view.
     */
    public void home() {
        Viewport v = viewport.get();
        BoundingCircle all = BoundingCircle.EMPTY;
        for (SkyLayer layer : layers) {
            if (layer.isVisible()) {
                all = all.expandedTo(layer.footprints().index().bounds());
            }
        }
        double ra = all.isEmpty() || all.isFull() ? 0 : all.raDeg();
        Projection p = v.projection();
        if (p.allSky() || all.isEmpty() || all.isFull()) {
            viewport.set(Viewport.wholeSky(p, ra, p.allSky() ? 0 : all.isEmpty() ? 0 : all.decDeg(), v.width(), v.height()));
        } else {
            viewport.set(fitted(all));
        }
    }

    /** Fits the footprints of the selected rows of every layer into the view; nothing when none are selected. */
    public void zoomToSelection() {
        BoundingCircle[] all = {BoundingCircle.EMPTY};
        for (SkyLayer layer : layers) {
            FootprintSet set = layer.footprints();
            layer.forEachSelectedFootprint(f -> {
                if (set.present(f)) {
                    all[0] = all[0].expandedTo(new BoundingCircle(set.centre(f), Math.toDegrees(set.radiusRad(f))));
                }
            });
        }
        if (!all[0].isEmpty()) {
            viewport.set(fitted(all[0]));
        }
    }

    private Viewport fitted(BoundingCircle circle) {
        Viewport v = viewport.get();
        return Viewport.fitting(v.projection(), circle, v.width(), v.height());
    }

    /** Zooms by {@code factor} (over 1 zooms in) keeping the sky at (x, y) in place. */
    public void zoomAt(double factor, double x, double y) {
        viewport.set(viewport.get().zoomedAt(factor, x, y));
    }

    private void key(KeyEvent e) {
        Viewport v = viewport.get();
        switch (e.getCode()) {
            case HOME -> home();
            case PLUS, EQUALS, ADD -> zoomAt(KEY_ZOOM, v.width() / 2.0, v.height() / 2.0);
            case MINUS, SUBTRACT -> zoomAt(1 / KEY_ZOOM, v.width() / 2.0, v.height() / 2.0);
            case LEFT -> viewport.set(v.panned(KEY_PAN * v.width(), 0));
            case RIGHT -> viewport.set(v.panned(-KEY_PAN * v.width(), 0));
            case UP -> viewport.set(v.panned(0, KEY_PAN * v.height()));
            case DOWN -> viewport.set(v.panned(0, -KEY_PAN * v.height()));
            default -> {
                return;
            }
        }
        e.consume();
    }

    // ---- mouse ----

    private void pressed(MouseEvent e) {
        requestFocus();
        tooltip.hide();
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        pressView = viewport.get();
        grabbed = pressView.toSky(e.getX(), e.getY());
        pressX = e.getX();
        pressY = e.getY();
        gesture = e.isShiftDown() ? DragMode.BOX : e.isAltDown() ? DragMode.LASSO : dragMode.get();
        lasso.clear();
        lasso.add(new double[] {e.getX(), e.getY()});
    }

    private void dragged(MouseEvent e) {
        if (pressView == null) {
            return;
        }
        switch (gesture) {
            case PAN -> {
                if (grabbed != null) {
                    viewport.set(pressView.withPointAt(grabbed, e.getX(), e.getY()));
                }
            }
            case BOX -> drawBox(e.getX(), e.getY());
            case LASSO -> {
                lasso.add(new double[] {e.getX(), e.getY()});
                drawLasso();
            }
        }
    }

    private void released(MouseEvent e) {
        if (pressView == null) {
            return;
        }
        boolean still = Math.hypot(e.getX() - pressX, e.getY() - pressY) < 3;
        if (still && e.getClickCount() == 2) {
            UnitVector3d p = viewport.get().toSky(e.getX(), e.getY());
            if (p != null) {
                viewport.set(viewport.get().withCentre(p.raDeg(), p.decDeg()));
            }
        } else if (still) {
            click(e.getX(), e.getY(), e.isShiftDown());
        } else if (gesture == DragMode.BOX) {
            double x0 = Math.min(pressX, e.getX());
            double x1 = Math.max(pressX, e.getX());
            double y0 = Math.min(pressY, e.getY());
            double y1 = Math.max(pressY, e.getY());
            selectInside(new double[] {x0, x1, x1, x0}, new double[] {y0, y0, y1, y1}, e.isShortcutDown());
        } else if (gesture == DragMode.LASSO && lasso.size() > 2) {
            selectInside(lasso.stream().mapToDouble(p -> p[0]).toArray(), lasso.stream().mapToDouble(p -> p[1]).toArray(),
                    e.isShortcutDown());
        }
        pressView = null;
        clearOverlay();
    }

    /** Selects the rows under (x, y) in the topmost visible layer that has any; empty sky clears every selection. */
    public void click(double x, double y, boolean toggle) {
        UnitVector3d p = viewport.get().toSky(x, y);
        if (p != null) {
            for (int i = layers.size() - 1; i >= 0; i--) {
                SkyLayer layer = layers.get(i);
                if (!layer.isVisible()) {
                    continue;
                }
                int[] rows = layer.rowsAt(p);
                if (rows.length > 0) {
                    if (toggle) {
                        layer.selection().toggle(rows, this);
                    } else {
                        layer.selection().set(rows, this);
                    }
                    return;
                }
            }
        }
        if (!toggle) {
            layers.forEach(l -> l.selection().clear(this));
        }
    }

    /** Selects, in every visible layer, the rows whose footprint centre is inside the pixel polygon. */
    public void selectInside(double[] xs, double[] ys, boolean add) {
        Viewport v = viewport.get();
        for (SkyLayer layer : layers) {
            if (layer.isVisible()) {
                int[] rows = layer.rowsWithCentreIn(v, xs, ys);
                if (add) {
                    layer.selection().add(rows, this);
                } else {
                    layer.selection().set(rows, this);
                }
            }
        }
    }

    private void hovered(MouseEvent e) {
        Viewport v = viewport.get();
        UnitVector3d p = v.toSky(e.getX(), e.getY());
        pointer.set(p);
        clearOverlay();
        if (p == null) {
            tooltip.hide();
            return;
        }
        for (int i = layers.size() - 1; i >= 0; i--) {
            SkyLayer layer = layers.get(i);
            if (!layer.isVisible()) {
                continue;
            }
            int[] footprints = layer.footprints().index().containing(p);
            if (footprints.length > 0) {
                outlineOnOverlay(layer, footprints[footprints.length - 1]);
                String text = layer.tooltipText(layer.rowOf(footprints[footprints.length - 1]));
                int more = (int) java.util.Arrays.stream(footprints).map(layer::rowOf).distinct().count() - 1;
                if (text != null) {
                    tooltip.setText(more > 0 ? text + "\n(+" + more + " more here)" : text);
                    tooltip.show(this, e.getScreenX() + 14, e.getScreenY() + 14);
                }
                return;
            }
        }
        tooltip.hide();
    }

    // ---- overlay: hover outline and rubber band ----

    private void clearOverlay() {
        overlay.getGraphicsContext2D().clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
    }

    private void outlineOnOverlay(SkyLayer layer, int footprint) {
        GraphicsContext gc = overlay.getGraphicsContext2D();
        gc.beginPath();
        layer.footprints().outline(footprint, new SkyPathBuilder(viewport.get()), new PathSink() {
            @Override
            public void moveTo(double x, double y) {
                gc.moveTo(x, y);
            }

            @Override
            public void lineTo(double x, double y) {
                gc.lineTo(x, y);
            }

            @Override
            public void closePath() {
                gc.closePath();
            }
        });
        gc.setStroke(CanvasPainter.color(style.get().label()));
        gc.setLineWidth(1.5);
        gc.stroke();
    }

    private void drawBox(double x, double y) {
        clearOverlay();
        GraphicsContext gc = overlay.getGraphicsContext2D();
        gc.setStroke(RUBBER_BAND);
        gc.setLineWidth(1.5);
        gc.setFill(RUBBER_BAND.deriveColor(0, 1, 1, 0.12));
        double x0 = Math.min(pressX, x);
        double y0 = Math.min(pressY, y);
        gc.fillRect(x0, y0, Math.abs(x - pressX), Math.abs(y - pressY));
        gc.strokeRect(x0, y0, Math.abs(x - pressX), Math.abs(y - pressY));
    }

    private void drawLasso() {
        clearOverlay();
        GraphicsContext gc = overlay.getGraphicsContext2D();
        gc.setStroke(RUBBER_BAND);
        gc.setLineWidth(1.5);
        gc.beginPath();
        gc.moveTo(lasso.get(0)[0], lasso.get(0)[1]);
        lasso.forEach(p -> gc.lineTo(p[0], p[1]));
        gc.closePath();
        gc.stroke();
    }

    // ---- export ----

    /** Saves what the view shows as PNG or SVG (by the format given). */
    public void export(Path file, SkyExport.Format format) throws IOException {
        SkyExport.write(scene(), file, format);
    }

    // ---- properties ----

    /** The layers, bottom first. */
    public ObservableList<SkyLayer> getLayers() {
        return layers;
    }

    /** What the view shows: projection, centre, scale and size. Set it to move the view. */
    public ObjectProperty<Viewport> viewportProperty() {
        return viewport;
    }

    public Viewport getViewport() {
        return viewport.get();
    }

    /** Sets what the view shows; once the view is laid out, at its own size. */
    public void setViewport(Viewport value) {
        viewport.set(sized ? value.withSize((int) canvas.getWidth(), (int) canvas.getHeight()) : value);
    }

    /** The projection; changing it keeps the centre and the field of view. */
    public ObjectProperty<Projection> projectionProperty() {
        return projection;
    }

    public Projection getProjection() {
        return projection.get();
    }

    public void setProjection(Projection value) {
        projection.set(value);
    }

    /** How the RA/Dec grid is labelled; null hides the grid. */
    public ObjectProperty<AngleFormat> gridFormatProperty() {
        return gridFormat;
    }

    public BooleanProperty galacticGridProperty() {
        return galacticGrid;
    }

    public BooleanProperty legendProperty() {
        return legend;
    }

    /** A layer with more footprints than this in view is drawn as a density map. */
    public IntegerProperty densityThresholdProperty() {
        return densityThreshold;
    }

    public ObjectProperty<SkyStyle> skyStyleProperty() {
        return style;
    }

    public ObjectProperty<DragMode> dragModeProperty() {
        return dragMode;
    }

    /** How the last frame drew each layer (outlines or density, how many). */
    public ReadOnlyObjectProperty<RenderStats> renderStatsProperty() {
        return renderStats.getReadOnlyProperty();
    }

    /** The sky under the mouse pointer; null when it is off the map or outside the view. */
    public ReadOnlyObjectProperty<UnitVector3d> pointerProperty() {
        return pointer.getReadOnlyProperty();
    }
}
