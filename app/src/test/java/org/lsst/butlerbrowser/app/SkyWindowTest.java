package org.lsst.butlerbrowser.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lsst.butlerbrowser.app.connect.MemoryPreferences;
import org.lsst.butlerbrowser.app.dimensions.FixtureRegistries;
import org.lsst.butlerbrowser.app.sky.SkyLayerModel;
import org.lsst.butlerbrowser.app.sky.SkyScreen;
import org.lsst.butlerbrowser.model.region.ConvexPolygon;
import org.lsst.butlerbrowser.model.region.Region;
import org.lsst.butlerbrowser.model.region.UnitVector3d;
import org.lsst.butlerbrowser.model.repo.Environment;
import org.lsst.butlerbrowser.model.sky.Projection;
import org.lsst.butlerbrowser.model.sky.Viewport;
import org.lsst.butlerbrowser.views.ExpressionField;
import org.lsst.butlerbrowser.views.chart.CategoryCountChart;
import org.lsst.butlerbrowser.views.sky.SkyStyle;
import org.lsst.butlerbrowser.views.sky.SkyView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Sky tab of the real window on the demo registry (rc2), on Monocle: opened with its shortcut,
 * a layer of visits added through its form, and the sky, the linked rows table and the band chart
 * sharing one selection. Oracles: the footprints' own geometry for the box, daf_butler's visit
 * records for the band chart, and the highlight blend for the drawn selection.
 */
@ExtendWith(ApplicationExtension.class)
class SkyWindowTest {

    private ButlerBrowserApp app;

    @Start
    void start(Stage stage) {
        app = new ButlerBrowserApp(MemoryPreferences.root(), Environment.system());
        app.start(stage);
    }

    @Stop
    void stop() {
        app.stop();
    }

    /** Waits for the demo registry, opens the Sky tab with Ctrl+K and returns its screen. */
    private SkyScreen openSky(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !app.model().isLoading() && !app.model().roots().isEmpty());
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        SkyTab tab = WindowDriver.onFx(() -> app.window().selected(SkyTab.class).orElse(null));
        assertNotNull(tab, "Ctrl+K opens the Sky tab");
        WindowDriver.await(() -> !tab.screen().model().addLayer().elements().isEmpty()); // the registry is offered
        return tab.screen();
    }

    /** Types a filter for visits into the form and presses Enter (which adds the layer). */
    private static void filterVisits(FxRobot robot, SkyScreen screen, String where) throws Exception {
        WindowDriver.onFx(() -> {
            screen.model().addLayer().elementProperty().set("visit");
            return null;
        });
        ExpressionField field = robot.lookup("#sky-add-where").queryAs(ExpressionField.class);
        robot.clickOn(field.field());
        WindowDriver.onFx(() -> {
            field.field().clear();
            return null;
        });
        robot.write(where, 0);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Adds every visit of the demo registry as a layer through the form; the layer. */
    private static SkyLayerModel addVisits(FxRobot robot, SkyScreen screen) throws Exception {
        filterVisits(robot, screen, "");
        WindowDriver.await(() -> !screen.model().layers().isEmpty());
        return WindowDriver.onFx(() -> screen.model().layers().get(0));
    }

    @Test
    void aSourceFilterNamingAnUnknownFieldIsUnderlinedAndDrawsNothing(FxRobot robot) throws Exception {
        SkyScreen screen = openSky(robot);
        String where = "visit.colour = 'red'";
        filterVisits(robot, screen, where);
        ExpressionField field = robot.lookup("#sky-add-where").queryAs(ExpressionField.class);
        WindowDriver.await(() -> field.errorProperty().get() != null);
        String message = WindowDriver.onFx(() -> field.errorProperty().get());
        assertTrue(message.contains("'colour'"), "names the unknown field: " + message);
        assertEquals("visit.colour", where.substring(WindowDriver.onFx(() -> field.errorStartProperty().get()),
                WindowDriver.onFx(() -> field.errorEndProperty().get())));
        assertTrue(WindowDriver.onFx(() -> screen.model().layers().isEmpty()));
        assertEquals(0, WindowDriver.onFx(() -> screen.sky().renderStatsProperty().get().layers().size()), "no layer drawn");
    }

    @Test
    void boxSelectOnTheSkySelectsRowsAndARowOrABarSelectedElsewhereIsHighlighted(FxRobot robot) throws Exception {
        SkyScreen screen = openSky(robot);
        SkyLayerModel visits = addVisits(robot, screen);
        List<Region> regions = visits.table().regions();
        SkyView sky = screen.sky();

        // the COSMOS field in TAN, then zoomed in with the wheel
        WindowDriver.onFx(() -> {
            screen.model().projectionProperty().set(Projection.TAN);
            sky.goTo(150.1, 2.2, 6);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        double fovBefore = WindowDriver.onFx(() -> sky.getViewport().fovDeg());
        robot.moveTo(sky).scroll(2, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        if (!(WindowDriver.onFx(() -> sky.getViewport().fovDeg()) < fovBefore)) {
            robot.scroll(4, VerticalDirection.DOWN); // robots disagree on which way "up" turns the wheel
            WaitForAsyncUtils.waitForFxEvents();
        }
        Viewport view = WindowDriver.onFx(sky::getViewport);
        assertTrue(view.fovDeg() < fovBefore * 0.9, "the wheel zoomed in: " + fovBefore + "° → " + view.fovDeg() + "°");

        // a footprint to pick in the table later, and its pixel before anything is selected
        robot.moveTo(robot.lookup("#sky-rows-table").queryAs(TableView.class)); // no hover outline on the sky
        int row = footprintClearlyInView(regions, view);
        double[] at = view.toScreen(regions.get(row).boundingCircle().center());
        int before = WindowDriver.onFx(() -> pixel(sky, (int) at[0], (int) at[1]));

        // Shift-drag a box: the rows whose footprint centre it holds are selected in the table
        double w = view.width();
        double h = view.height();
        double[] box = {w * 0.3, h * 0.3, w * 0.7, h * 0.7};
        Point2D from = WindowDriver.onFx(() -> sky.localToScreen(box[0], box[1]));
        Point2D to = WindowDriver.onFx(() -> sky.localToScreen(box[2], box[3]));
        robot.press(KeyCode.SHIFT);
        robot.drag(from, MouseButton.PRIMARY).dropTo(to);
        robot.release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        List<UnitVector3d> corners = new ArrayList<>(List.of(view.toSky(box[0], box[1]), view.toSky(box[0], box[3]),
                view.toSky(box[2], box[3]), view.toSky(box[2], box[1])));
        if (UnitVector3d.orientation(corners.get(0), corners.get(1), corners.get(2)) < 0) {
            Collections.reverse(corners);
        }
        ConvexPolygon inBox = new ConvexPolygon(corners);
        int[] expected = IntStream.range(0, regions.size())
                .filter(i -> regions.get(i) != null && inBox.contains(regions.get(i).boundingCircle().center())).toArray();
        assertTrue(expected.length > 0 && expected.length < regions.size(), expected.length + " visits in the box");
        @SuppressWarnings("unchecked")
        TableView<Integer> table = robot.lookup("#sky-rows-table").queryAs(TableView.class);
        assertArrayEquals(expected, WindowDriver.onFx(() -> table.getSelectionModel().getSelectedItems().stream()
                .mapToInt(Integer::intValue).sorted().toArray()), "the rows selected in the linked table");

        // a click on the row in the table: its footprint is drawn highlighted
        WindowDriver.onFx(() -> {
            table.scrollTo(row);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = WindowDriver.onFx(() -> robot.from(table).lookup(".table-row-cell")
                .match(n -> n instanceof TableRow<?> r && r.getItem() != null && (Integer) r.getItem() == row)
                .query());
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertArrayEquals(new int[] {row}, WindowDriver.onFx(() -> visits.selection().toArray()));
        int after = WindowDriver.onFx(() -> pixel(sky, (int) at[0], (int) at[1]));
        int highlight = SkyStyle.DEFAULT.highlight();
        for (int shift = 0; shift <= 16; shift += 8) {
            double blended = 0.65 * ((before >> shift) & 0xff) + 0.35 * ((highlight >> shift) & 0xff);
            assertEquals(blended, (after >> shift) & 0xff, 3, "channel " + shift + ": " + Integer.toHexString(before)
                    + " → " + Integer.toHexString(after));
        }
        robot.clickOn("#sky-zoom-selection");
        WaitForAsyncUtils.waitForFxEvents();
        Viewport zoomed = WindowDriver.onFx(sky::getViewport);
        assertNotNull(zoomed.toScreen(regions.get(row).boundingCircle().center()), "zoomed onto the selected visit");

        // a click on the i bar of the band chart selects daf_butler's i-band visits
        CategoryCountChart bands = robot.lookup("#sky-band-chart").queryAs(CategoryCountChart.class);
        Point2D bar = WindowDriver.onFx(() -> {
            ChartCanvas canvas = (ChartCanvas) bands.getChildrenUnmodifiable().get(0);
            Rectangle2D area = canvas.getRenderingInfo().getPlotInfo().getDataArea();
            CategoryPlot plot = (CategoryPlot) bands.chart().getPlot();
            CategoryAxis axis = plot.getDomainAxis();
            int i = plot.getDataset().getColumnIndex("i");
            double x = axis.getCategoryMiddle(i, plot.getDataset().getColumnCount(), area, plot.getDomainAxisEdge());
            return canvas.localToScreen(x, area.getMaxY() - 3);
        });
        robot.clickOn(bar);
        WaitForAsyncUtils.waitForFxEvents();
        TreeSet<Long> iBand = new TreeSet<>();
        FixtureRegistries.rc2BandOfVisit().forEach((visit, band) -> {
            if (band.equals("i")) {
                iBand.add(visit);
            }
        });
        assertEquals(iBand, WindowDriver.onFx(() -> {
            int id = visits.table().column("id");
            TreeSet<Long> ids = new TreeSet<>();
            table.getSelectionModel().getSelectedItems().forEach(r -> ids.add(((Number) visits.table().value(r, id)).longValue()));
            return ids;
        }), "the rows selected in the linked table");
    }

    @Test
    void aHeaderClickSortsTheLayersRowsAndItsSelectionStaysOnTheSameVisits(FxRobot robot) throws Exception {
        SkyScreen screen = openSky(robot);
        SkyLayerModel visits = addVisits(robot, screen);
        int id = visits.table().column("id");
        int[] picked = {1, 4, 9};
        WindowDriver.onFx(() -> {
            visits.selection().set(picked, this);
            return null;
        });
        @SuppressWarnings("unchecked")
        TableView<Integer> table = robot.lookup("#sky-rows-table").queryAs(TableView.class);
        Node header = robot.from(table).lookup(".column-header").match(n -> n.lookup(".label") instanceof Label l
                && l.getText().equals("id")).query();

        // the visits come in id order: up first, then down, which they cannot have come in
        robot.clickOn(header);
        WindowDriver.await(() -> ordered(WindowDriver.onFx(() -> ids(table, visits, id)), 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, WindowDriver.onFx(() -> table.getSortOrder().size()), "the header still shows the order");
        robot.clickOn(header);
        WindowDriver.await(() -> ordered(WindowDriver.onFx(() -> ids(table, visits, id)), -1));
        assertArrayEquals(picked, WindowDriver.onFx(() -> visits.selection().toArray()), "the layer's selection");
        assertEquals(ids(picked, visits, id), WindowDriver.onFx(() -> new TreeSet<>(table.getSelectionModel().getSelectedItems()
                .stream().map(r -> ((Number) visits.table().value(r, id)).longValue()).toList())), "the table shows it");
    }

    private static List<Long> ids(TableView<Integer> table, SkyLayerModel layer, int id) {
        return table.getItems().stream().map(r -> ((Number) layer.table().value(r, id)).longValue()).toList();
    }

    private static TreeSet<Long> ids(int[] rows, SkyLayerModel layer, int id) {
        TreeSet<Long> out = new TreeSet<>();
        for (int r : rows) {
            out.add(((Number) layer.table().value(r, id)).longValue());
        }
        return out;
    }

    /** Whether the values never go against the direction (1 up, -1 down) and are not all one value. */
    private static boolean ordered(List<Long> values, int direction) {
        for (int i = 1; i < values.size(); i++) {
            if (Long.compare(values.get(i), values.get(i - 1)) * direction < 0) {
                return false;
            }
        }
        return values.size() > 1 && !values.get(0).equals(values.get(values.size() - 1));
    }

    /** A visit whose footprint centre is in view (visits are 1.5° across: their centre is far inside them). */
    private static int footprintClearlyInView(List<Region> regions, Viewport v) {
        for (int i = 0; i < regions.size(); i++) {
            double[] px = regions.get(i) == null ? null : v.toScreen(regions.get(i).boundingCircle().center());
            if (px != null && px[0] > 20 && px[1] > 20 && px[0] < v.width() - 20 && px[1] < v.height() - 20
                    && regions.get(i).contains(v.toSky((int) px[0], (int) px[1]))) {
                return i;
            }
        }
        throw new AssertionError("no footprint clearly in view");
    }

    private static int pixel(SkyView sky, int x, int y) {
        WritableImage image = sky.snapshot(null, null);
        return image.getPixelReader().getArgb(x, y);
    }
}
