package org.lsst.butlerbrowser.views.sky;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lsst.butlerbrowser.model.region.ConvexPolygon;
import org.lsst.butlerbrowser.model.region.Region;
import org.lsst.butlerbrowser.model.region.UnitVector3d;
import org.lsst.butlerbrowser.model.sky.Projection;
import org.lsst.butlerbrowser.model.sky.Viewport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sky view control itself on Monocle's headless platform: the wheel zooms, a Shift-drag box
 * selects exactly the rows whose footprint centre the box holds (judged on the sphere, from the
 * box corners' sky positions), and a row selected elsewhere is drawn highlighted.
 */
@ExtendWith(ApplicationExtension.class)
class SkyViewTest {

    private SkyView view;
    private SkyLayer layer;
    private List<Region> regions;
    private RowSelection selection;
    private SkyGotoField gotoField;

    @Start
    void start(Stage stage) {
        regions = SkyFixtures.ra0AndPoleRaws();
        selection = new RowSelection();
        layer = new SkyLayer("RA0WRAP and SPOLE raws", regions, null, selection);
        view = new SkyView();
        view.getLayers().add(layer);
        view.gridFormatProperty().set(null);
        view.legendProperty().set(false);
        gotoField = new SkyGotoField(view);
        javafx.scene.layout.VBox.setVgrow(view, javafx.scene.layout.Priority.ALWAYS);
        stage.setScene(new Scene(new javafx.scene.layout.VBox(gotoField, view), 900, 630));
        stage.show();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    /** Shows the RA0WRAP field in TAN, 20° wide, and waits for the frame. */
    private void showTheRa0Field() throws Exception {
        onFx(() -> {
            view.setProjection(Projection.TAN);
            view.goTo(0, -5, 20);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void afterZoomingInABoxSelectsExactlyTheRowsWhoseFootprintCentreItHolds(FxRobot robot) throws Exception {
        showTheRa0Field();
        double fovBefore = onFx(() -> view.getViewport().fovDeg());
        robot.moveTo(view).scroll(3, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        double fovAfter = onFx(() -> view.getViewport().fovDeg());
        if (!(fovAfter < fovBefore)) {
            robot.scroll(6, VerticalDirection.DOWN); // robots disagree on which way "up" turns the wheel: undo, then zoom in
            WaitForAsyncUtils.waitForFxEvents();
            fovAfter = onFx(() -> view.getViewport().fovDeg());
        }
        assertTrue(fovAfter < fovBefore * 0.9, "the wheel zoomed in: " + fovBefore + "° → " + fovAfter + "°");

        Point2D topLeft = onFx(() -> view.localToScreen(300, 200));
        Point2D bottomRight = onFx(() -> view.localToScreen(620, 430));
        assertTrue(onFx(() -> view.getHeight()) > 430);
        robot.press(KeyCode.SHIFT);
        robot.drag(topLeft, MouseButton.PRIMARY).dropTo(bottomRight);
        robot.release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();

        // In TAN straight screen edges are great circles: the box is a spherical polygon.
        Viewport v = onFx(view::getViewport);
        List<UnitVector3d> corners = new ArrayList<>(List.of(v.toSky(300, 200), v.toSky(300, 430), v.toSky(620, 430),
                v.toSky(620, 200)));
        if (UnitVector3d.orientation(corners.get(0), corners.get(1), corners.get(2)) < 0) {
            java.util.Collections.reverse(corners);
        }
        ConvexPolygon box = new ConvexPolygon(corners);
        int[] expected = IntStream.range(0, regions.size())
                .filter(i -> box.contains(regions.get(i).boundingCircle().center())).toArray();
        assertTrue(expected.length > 3 && expected.length < regions.size() / 2, expected.length + " footprints in the box");
        assertArrayEquals(expected, onFx(selection::toArray));
    }

    @Test
    void aRowSelectedElsewhereIsDrawnHighlighted(FxRobot robot) throws Exception {
        showTheRa0Field();
        robot.moveTo(view.localToScreen(-50, -50)); // no hover outline in the picture
        Viewport v = onFx(view::getViewport);
        // A footprint whose centre is in view and at least 3 px inside its own edges.
        int row = -1;
        double[] at = null;
        for (int i = 0; i < regions.size() && row < 0; i++) {
            double[] px = v.toScreen(regions.get(i).boundingCircle().center());
            if (px != null && px[0] > 20 && px[1] > 20 && px[0] < v.width() - 20 && px[1] < v.height() - 20
                    && insideBy(regions.get(i), v, px, 3)) {
                row = i;
                at = px;
            }
        }
        assertTrue(row >= 0);
        int x = (int) at[0];
        int y = (int) at[1];
        int before = onFx(() -> pixel(x, y));
        int chosen = row;
        onFx(() -> {
            selection.set(new int[] {chosen}, "the table");
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        int after = onFx(() -> pixel(x, y));
        // The highlight is painted over what was there at 35 % of its colour.
        int highlight = SkyStyle.DEFAULT.highlight();
        for (int shift = 0; shift <= 16; shift += 8) {
            double expected = 0.65 * ((before >> shift) & 0xff) + 0.35 * ((highlight >> shift) & 0xff);
            assertEquals(expected, (after >> shift) & 0xff, 3, "channel " + shift + ": " + Integer.toHexString(before)
                    + " → " + Integer.toHexString(after));
        }
        assertEquals(1, onFx(() -> view.renderStatsProperty().get().layers().size()));
    }

    @Test
    void theGoToFieldCentresTheViewOrSaysWhatItCannotRead(FxRobot robot) throws Exception {
        robot.clickOn(gotoField).write("10:00:28.6 +02:12:21 30'").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Viewport v = onFx(view::getViewport);
        assertEquals(150.119166, v.centreRaDeg(), 1e-5);
        assertEquals(2.205833, v.centreDecDeg(), 1e-5);
        assertEquals(0.5, v.fovDeg(), 1e-9);
        robot.doubleClickOn(gotoField).eraseText(40).write("12:00 nowhere").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(() -> gotoField.errorProperty().get()).contains("nowhere"));
        assertEquals(v.centreRaDeg(), onFx(view::getViewport).centreRaDeg(), 0, "the view stays where it was");
    }

    private int pixel(int x, int y) {
        WritableImage image = view.snapshot(null, null);
        return image.getPixelReader().getArgb(x, y);
    }

    /** Whether the pixels within {@code margin} of px all show sky inside the region. */
    private static boolean insideBy(Region r, Viewport v, double[] px, double margin) {
        for (double dx = -margin; dx <= margin; dx += margin) {
            for (double dy = -margin; dy <= margin; dy += margin) {
                UnitVector3d p = v.toSky(px[0] + dx, px[1] + dy);
                if (p == null || !r.contains(p)) {
                    return false;
                }
            }
        }
        return true;
    }
}
