package org.lsst.butlerbrowser.app.sky;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.paint.Color;
import org.lsst.butlerbrowser.app.session.Footprints;
import org.lsst.butlerbrowser.app.session.SkyLink;
import org.lsst.butlerbrowser.app.tap.RowOrder;
import org.lsst.butlerbrowser.app.tap.RowSorter;
import org.lsst.butlerbrowser.app.tasks.Job;
import org.lsst.butlerbrowser.app.tasks.ProblemText;
import org.lsst.butlerbrowser.app.tasks.TaskRunner;
import org.lsst.butlerbrowser.model.query.ExpressionException;
import org.lsst.butlerbrowser.model.sky.AngleFormat;
import org.lsst.butlerbrowser.model.sky.Projection;
import org.lsst.butlerbrowser.model.sky.Viewport;
import org.lsst.butlerbrowser.views.ColumnSort;
import org.lsst.butlerbrowser.views.sky.SkyExport;
import org.lsst.butlerbrowser.views.sky.SkyLayer;
import org.lsst.butlerbrowser.views.sky.SkyPalette;
import org.lsst.butlerbrowser.views.sky.SkyScene;

/**
 * The sky screen's state: one sky that every source draws into. Its layers (listed top first) come
 * from the open registries ({@link AddLayerModel}) and from TAP results ("Show on sky", through
 * {@link #show(Footprints)}); each is read and prepared off the JavaFX thread. The selected layer's
 * rows feed the rows table, the charts and the detail panel, all sharing the layer's one selection.
 * The view's projection, grid and viewport live here too, and the viewport's centre is handed to the
 * window's {@link SkyLink}, where the TAP window's ObsCore templates read it.
 */
public final class SkyScreenModel {

    private final TaskRunner runner;
    private final SkyLink link;
    private final ObservableList<SkyLayerModel> layers = FXCollections.observableArrayList();
    private final ObjectProperty<SkyLayerModel> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<Viewport> viewport = new SimpleObjectProperty<>(this, "viewport");
    private final ObjectProperty<Projection> projection = new SimpleObjectProperty<>(this, "projection", Projection.AITOFF);
    private final ObjectProperty<AngleFormat> gridFormat = new SimpleObjectProperty<>(this, "gridFormat", AngleFormat.SEXAGESIMAL);
    private final BooleanProperty galacticGrid = new SimpleBooleanProperty(this, "galacticGrid", false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            "Add a layer from an open registry, or use \"Show on sky\" on a TAP result.");
    private final AddLayerModel addLayer;
    private final TimeHistogramModel times = new TimeHistogramModel();
    private final BandCountsModel bands = new BandCountsModel();
    private final ScatterModel scatter = new ScatterModel();
    private final RowDetailModel detail = new RowDetailModel();
    private final RowSorter sorter;
    private final List<Job> jobs = new ArrayList<>();
    private int coloursUsed;

    public SkyScreenModel(TaskRunner runner, SkyLink link) {
        this.runner = runner;
        this.sorter = new RowSorter(runner);
        this.link = link;
        this.addLayer = new AddLayerModel(link.registries(), this::load);
        for (LinkedLayerModel panel : List.of(times, bands, scatter, detail)) {
            panel.layerProperty().bind(selected);
        }
        viewport.addListener((obs, was, now) -> link.centreProperty().set(now == null ? null : now.centre()));
    }

    /**
     * Reads a registry source into a new layer on top, in the background with progress and Cancel.
     * A filter the registry rejects goes to {@code badFilter}; any other problem to the status line.
     */
    public void load(LayerSource source, Consumer<ExpressionException> badFilter) {
        Color colour = nextColour();
        String title = source.title();
        status.set("Reading " + title + "…");
        track(runner.run("Reading " + title + " for the sky", progress -> {
            FootprintTable table = source.read(progress::onCancel);
            return table.rowCount() == 0 ? null : SkyLayerModel.prepare(title, table, colour);
        }, layer -> {
            if (layer == null) {
                status.set("Nothing to draw: " + title + " has no rows.");
            } else {
                add(layer);
            }
        }, problem -> {
            if (problem instanceof ExpressionException e) {
                badFilter.accept(e);
                status.set("The filter cannot be used: " + e.oneLine());
            } else {
                status.set("Could not read " + title + ": " + ProblemText.sentence(problem));
            }
        }, () -> status.set("Cancelled reading " + title + ".")));
    }

    /** Draws the rows "Show on sky" handed over as a new layer on top. */
    public void show(Footprints footprints) {
        Color colour = nextColour();
        status.set("Drawing " + footprints.title() + "…");
        track(runner.run("Drawing " + footprints.rows().size() + " footprints on the sky",
                progress -> SkyLayerModel.prepare(footprints.title(), FootprintTable.of(footprints), colour),
                this::add,
                problem -> status.set("Could not draw " + footprints.title() + ": " + ProblemText.sentence(problem)),
                () -> status.set("Cancelled drawing " + footprints.title() + ".")));
    }

    private void track(Job job) {
        jobs.removeIf(Job::isDone);
        jobs.add(job);
    }

    private Color nextColour() {
        int argb = SkyPalette.category(coloursUsed++);
        return Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff);
    }

    private void add(SkyLayerModel layer) {
        layers.add(0, layer);
        selected.set(layer);
        status.set("Added " + layer.name() + ": " + layer.summary() + ".");
    }

    /** Takes a layer off the sky. */
    public void remove(SkyLayerModel layer) {
        int i = layers.indexOf(layer);
        if (i < 0) {
            return;
        }
        layers.remove(i);
        if (selected.get() == layer) {
            selected.set(layers.isEmpty() ? null : layers.get(Math.min(i, layers.size() - 1)));
        }
    }

    /** Moves a layer one place up the list: it is then drawn over the one it passed. */
    public void raise(SkyLayerModel layer) {
        move(layer, -1);
    }

    /** Moves a layer one place down the list: it is then drawn under the one it passed. */
    public void lower(SkyLayerModel layer) {
        move(layer, 1);
    }

    private void move(SkyLayerModel layer, int by) {
        int i = layers.indexOf(layer);
        int j = i + by;
        if (i < 0 || j < 0 || j >= layers.size()) {
            return;
        }
        SkyLayerModel keep = selected.get();
        layers.remove(i);
        layers.add(j, layer);
        selected.set(keep);
    }

    /** Colours a layer's footprints by a column's values (with a legend), or in its one colour for null. */
    public void colourBy(SkyLayerModel layer, String column) {
        layer.colourByProperty().set(column);
        if (column == null) {
            layer.layer().setCategories(null);
            return;
        }
        track(runner.run("Colouring " + layer.name() + " by " + column,
                progress -> layer.table().categories(column),
                categories -> {
                    if (column.equals(layer.colourByProperty().get())) {
                        layer.layer().setCategories(categories);
                    }
                },
                problem -> status.set(ProblemText.sentence(problem))));
    }

    /**
     * A layer's rows in this order (keys of its columns, first key first; none: as they came), sorted
     * in the background with the window's progress and Cancel: a million rows sorted on the FX thread
     * kept it busy for seconds. {@code show} hears the rows in their new order.
     */
    public void sortRows(SkyLayerModel layer, List<ColumnSort> order, Consumer<RowOrder> show) {
        track(sorter.sort("rows of " + layer.name(), layer.table().rowCount(), order, layer.columns(), show, status::set));
    }

    /** Saves a picture of the sky as PNG or SVG in the background. */
    public void export(SkyScene scene, Path file, SkyExport.Format format) {
        track(runner.run("Saving the sky as " + format, progress -> SkyExport.write(scene, file, format),
                stats -> status.set(String.format(Locale.ROOT, "Saved the sky as %s: %s.", format, file)),
                problem -> status.set("Could not save " + file + ": " + ProblemText.sentence(problem))));
    }

    /** The layers bottom first, as the sky draws them. */
    public List<SkyLayer> drawingOrder() {
        List<SkyLayer> out = new ArrayList<>();
        for (int i = layers.size() - 1; i >= 0; i--) {
            out.add(layers.get(i).layer());
        }
        return out;
    }

    /** Stops what is being read and lets go of the window's link. */
    public void close() {
        jobs.forEach(Job::cancel);
        jobs.clear();
        link.centreProperty().set(null);
    }

    /** The layers, top first. */
    public ObservableList<SkyLayerModel> layers() {
        return layers;
    }

    /** The layer whose rows the table, the charts and the detail panel show. */
    public ObjectProperty<SkyLayerModel> selectedProperty() {
        return selected;
    }

    /** What the sky shows; the view binds its own to it. */
    public ObjectProperty<Viewport> viewportProperty() {
        return viewport;
    }

    public ObjectProperty<Projection> projectionProperty() {
        return projection;
    }

    /** How the RA/Dec grid is labelled; null for no grid. */
    public ObjectProperty<AngleFormat> gridFormatProperty() {
        return gridFormat;
    }

    public BooleanProperty galacticGridProperty() {
        return galacticGrid;
    }

    /** What happened last: a layer added, a problem, a picture saved. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public AddLayerModel addLayer() {
        return addLayer;
    }

    public TimeHistogramModel times() {
        return times;
    }

    public BandCountsModel bands() {
        return bands;
    }

    public ScatterModel scatter() {
        return scatter;
    }

    public RowDetailModel detail() {
        return detail;
    }
}
