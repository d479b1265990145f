package org.lsst.butlerbrowser.views.region;

import java.util.ArrayList;
import java.util.List;
import org.lsst.butlerbrowser.model.region.BoundingCircle;
import org.lsst.butlerbrowser.model.region.Region;
import org.lsst.butlerbrowser.model.region.UnitVector3d;
import org.lsst.butlerbrowser.model.sky.Projection;
import org.lsst.butlerbrowser.model.sky.SkyFrame;

/**
 * A region's outline rings fitted into a box of pixels, as the sky looks: north up, east to the
 * left, projected gnomonically about the centre of the region's bounding circle. Empty when the
 * region is empty or reaches 90° from its centre, which a tangent plane cannot show.
 *
 * @param rings closed rings of [x, y] pixel positions (y grows downwards)
 */
public record RegionOutline(List<List<double[]>> rings) {

    public static final RegionOutline NONE = new RegionOutline(List.of());

    public RegionOutline {
        rings = List.copyOf(rings);
    }

    public boolean isEmpty() {
        return rings.isEmpty();
    }

    /** The outline scaled to fill {@code width × height} less {@code margin} on every side, aspect kept. */
    public static RegionOutline fit(Region region, double width, double height, double margin) {
        BoundingCircle circle = region.boundingCircle();
        if (circle.isEmpty() || circle.isFull()) {
            return NONE;
        }
        SkyFrame frame = new SkyFrame(circle.raDeg(), circle.decDeg());
        double[] local = new double[3];
        double[] tangent = new double[2];
        List<List<double[]>> plane = new ArrayList<>();
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (List<UnitVector3d> ring : region.outlines()) {
            List<double[]> points = new ArrayList<>(ring.size());
            for (UnitVector3d v : ring) {
                frame.toLocal(v.x(), v.y(), v.z(), local);
                if (local[0] <= 1e-9 || !Projection.TAN.forward(local[0], local[1], local[2], tangent)) {
                    return NONE;
                }
                // east is left on the sky, and screen y grows downwards
                double x = -tangent[0];
                double y = -tangent[1];
                points.add(new double[] {x, y});
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
            }
            if (!points.isEmpty()) {
                plane.add(points);
            }
        }
        if (plane.isEmpty()) {
            return NONE;
        }
        double spanX = Math.max(maxX - minX, 1e-12);
        double spanY = Math.max(maxY - minY, 1e-12);
        double scale = Math.min((width - 2 * margin) / spanX, (height - 2 * margin) / spanY);
        double offsetX = (width - scale * (minX + maxX)) / 2;
        double offsetY = (height - scale * (minY + maxY)) / 2;
        List<List<double[]>> rings = new ArrayList<>(plane.size());
        for (List<double[]> points : plane) {
            rings.add(points.stream().map(p -> new double[] {offsetX + scale * p[0], offsetY + scale * p[1]}).toList());
        }
        return new RegionOutline(rings);
    }
}
