package org.lsst.butlerbrowser.views.region;

import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.lsst.butlerbrowser.model.region.Region;

/**
 * A small drawing of a region's outline (north up, east left), for table cells and the detail
 * panel. Nothing is drawn for no region or one too large for a tangent plane.
 */
public final class RegionThumbnail extends Canvas {

    private static final Color FILL = Color.web("#2f6db5", 0.18);
    private static final Color STROKE = Color.web("#2f6db5");

    private Region region;

    public RegionThumbnail(double width, double height) {
        super(width, height);
        getStyleClass().add("region-thumbnail");
    }

    public Region getRegion() {
        return region;
    }

    public void setRegion(Region value) {
        region = value;
        draw();
    }

    private void draw() {
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        if (region == null) {
            return;
        }
        RegionOutline outline = RegionOutline.fit(region, getWidth(), getHeight(), 1.5);
        g.setFill(FILL);
        g.setStroke(STROKE);
        g.setLineWidth(1);
        for (List<double[]> ring : outline.rings()) {
            double[] xs = ring.stream().mapToDouble(p -> p[0]).toArray();
            double[] ys = ring.stream().mapToDouble(p -> p[1]).toArray();
            g.fillPolygon(xs, ys, xs.length);
            g.strokePolygon(xs, ys, xs.length);
        }
    }
}
