package org.lsst.butlerbrowser.app.sky;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.lsst.butlerbrowser.app.detail.FieldGrid;
import org.lsst.butlerbrowser.model.region.UnitVector3d;
import org.lsst.butlerbrowser.model.sky.AngleFormat;
import org.lsst.butlerbrowser.model.sky.Projection;
import org.lsst.butlerbrowser.views.sky.SkyExport;
import org.lsst.butlerbrowser.views.sky.SkyGotoField;
import org.lsst.butlerbrowser.views.sky.SkyView;

/**
 * The Sky screen: the layers and the "add a layer" form on the left; the sky with its tools over the
 * selected layer's rows in the middle; the charts of those rows over the selected row's fields on
 * the right. The sky, the rows, the charts and the detail share the layer's one selection.
 */
public final class SkyScreen extends BorderPane {

    private static final String NO_GRID = "No grid";

    private final SkyScreenModel model;
    private final SkyView sky = new SkyView();
    private final SkyGotoField gotoField = new SkyGotoField(sky);
    private final SplitPane columns;
    private final SplitPane middle;
    private final SplitPane right;

    public SkyScreen(SkyScreenModel model) {
        this.model = model;
        setId("sky-screen");
        sky.setId("sky-view");
        sky.projectionProperty().bindBidirectional(model.projectionProperty());
        sky.gridFormatProperty().bindBidirectional(model.gridFormatProperty());
        sky.galacticGridProperty().bindBidirectional(model.galacticGridProperty());
        model.viewportProperty().bindBidirectional(sky.viewportProperty());
        model.layers().addListener((ListChangeListener<SkyLayerModel>) c -> sky.getLayers().setAll(model.drawingOrder()));
        sky.getLayers().setAll(model.drawingOrder());

        VBox left = new VBox(new LayersPanel(model), new Separator(), new AddLayerPanel(model.addLayer()));
        ScrollPane leftScroll = new ScrollPane(left);
        leftScroll.setFitToWidth(true);
        leftScroll.setMinWidth(220);

        SkyRowsPanel rows = new SkyRowsPanel(model);
        BorderPane skyPane = new BorderPane(sky, tools(), null, pointerLine(), null);
        middle = new SplitPane(skyPane, rows.table());
        middle.setOrientation(Orientation.VERTICAL);
        middle.setId("sky-middle-split");
        right = new SplitPane(new SkyChartsPanel(model), detail());
        right.setOrientation(Orientation.VERTICAL);
        right.setId("sky-right-split");
        columns = new SplitPane(leftScroll, middle, right);
        columns.setId("sky-split");
        setCenter(columns);
    }

    private HBox tools() {
        ChoiceBox<Projection> projection = new ChoiceBox<>();
        projection.getItems().setAll(Projection.values());
        projection.setId("sky-projection");
        projection.valueProperty().bindBidirectional(model.projectionProperty());
        projection.setConverter(new StringConverter<>() {
            @Override
            public String toString(Projection p) {
                return p == null ? "" : p.title();
            }

            @Override
            public Projection fromString(String s) {
                return null;
            }
        });
        ChoiceBox<String> grid = new ChoiceBox<>();
        grid.setId("sky-grid");
        grid.getItems().setAll(gridName(AngleFormat.SEXAGESIMAL), gridName(AngleFormat.DEGREES), NO_GRID);
        grid.setValue(gridName(model.gridFormatProperty().get()));
        grid.setOnAction(e -> model.gridFormatProperty().set(grid.getValue() == null || NO_GRID.equals(grid.getValue())
                ? null : AngleFormat.valueOf(grid.getValue().toUpperCase(Locale.ROOT))));
        model.gridFormatProperty().addListener((obs, was, now) -> grid.setValue(gridName(now)));
        CheckBox galactic = new CheckBox("Galactic");
        galactic.setId("sky-galactic");
        galactic.selectedProperty().bindBidirectional(model.galacticGridProperty());
        gotoField.setId("sky-goto");
        gotoField.setPrefColumnCount(14);
        Button home = new Button("Home");
        home.setId("sky-home");
        home.setTooltip(new Tooltip("The whole sky around the layers (Home)"));
        home.setOnAction(e -> home());
        Button zoom = new Button("Zoom to selection");
        zoom.setId("sky-zoom-selection");
        zoom.setOnAction(e -> zoomToSelection());
        // The buttons keep their labels whole; the go-to field gives up width when the pane is narrow.
        for (Region fixed : List.of(projection, grid, galactic, home, zoom)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        gotoField.setMinWidth(90);
        HBox.setHgrow(gotoField, Priority.SOMETIMES);
        HBox tools = new HBox(6, projection, grid, galactic, gotoField, home, zoom);
        tools.setAlignment(Pos.CENTER_LEFT);
        tools.setPadding(new Insets(4, 6, 4, 6));
        return tools;
    }

    private static String gridName(AngleFormat format) {
        return format == null ? NO_GRID : format.name().charAt(0) + format.name().substring(1).toLowerCase(Locale.ROOT);
    }

    /** Where the pointer is on the sky, and what happened last. */
    private HBox pointerLine() {
        Label pointer = new Label();
        pointer.setId("sky-pointer");
        pointer.textProperty().bind(Bindings.createStringBinding(() -> {
            UnitVector3d p = sky.pointerProperty().get();
            return p == null ? "" : String.format(Locale.ROOT, "RA %.4f°  Dec %+.4f°", p.raDeg(), p.decDeg());
        }, sky.pointerProperty()));
        pointer.setMinWidth(Region.USE_PREF_SIZE);
        Label status = new Label();
        status.setId("sky-status");
        status.textProperty().bind(model.statusProperty());
        status.setStyle("-fx-text-fill: #505050;");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox line = new HBox(8, status, gap, pointer);
        line.setPadding(new Insets(2, 6, 2, 6));
        return line;
    }

    /** The selected row's fields, its footprint drawn. */
    private StackPane detail() {
        RowDetailModel detail = model.detail();
        Label title = new Label();
        title.setId("sky-row-title");
        title.setWrapText(true);
        title.setStyle("-fx-font-weight: bold;");
        title.textProperty().bind(detail.titleProperty());
        VBox body = new VBox(8, title, new FieldGrid("sky-row-fields", detail.fields()));
        body.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.visibleProperty().bind(Bindings.isNotEmpty(detail.fields()));
        Label none = new Label();
        none.textProperty().bind(detail.messageProperty());
        none.setStyle("-fx-text-fill: #808080;");
        none.visibleProperty().bind(Bindings.isEmpty(detail.fields()));
        return new StackPane(scroll, none);
    }

    public SkyScreenModel model() {
        return model;
    }

    public SkyView sky() {
        return sky;
    }

    /** Puts the caret into the "go to" field. */
    public void focusGoTo() {
        gotoField.requestFocus();
        gotoField.selectAll();
    }

    public void home() {
        sky.home();
    }

    public void zoomToSelection() {
        sky.zoomToSelection();
    }

    /** Saves what the sky shows now as PNG or SVG, in the background. */
    public void export(Path file, SkyExport.Format format) {
        model.export(sky.scene(), file, format);
    }

    /** The split panes whose dividers the window remembers, with their first positions. */
    public List<SplitPane> splits() {
        return List.of(columns, middle, right);
    }
}
