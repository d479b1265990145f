package org.lsst.butlerbrowser.app.detail;

import java.util.Locale;
import org.lsst.butlerbrowser.model.region.BoundingCircle;
import org.lsst.butlerbrowser.model.region.ConvexPolygon;
import org.lsst.butlerbrowser.model.region.Region;

/**
 * What a person needs to recognise a region at a glance.
 *
 * @param vertexCount the polygon's vertices; 0 for regions that are not polygons
 * @param centreRaDeg centre of the bounding circle
 * @param areaDeg2    NaN when the region type has no computed area
 */
public record RegionSummary(String type, int vertexCount, double centreRaDeg, double centreDecDeg, double radiusDeg,
                            double areaDeg2) {

    public static RegionSummary of(Region region) {
        BoundingCircle circle = region.boundingCircle();
        int vertices = region instanceof ConvexPolygon p ? p.vertices().size() : 0;
        return new RegionSummary(region.typeName(), vertices, circle.raDeg(), circle.decDeg(), circle.openingAngleDeg(),
                region.areaSquareDegrees());
    }

    /** "44 vertices · RA 150.1617 Dec +2.1608 · 1.777 deg²", short enough for a table cell. */
    public String text() {
        String shape = vertexCount > 0 ? vertexCount + " vertices" : type;
        String area = Double.isNaN(areaDeg2) ? "" : " · " + String.format(Locale.ROOT, "%.4g deg²", areaDeg2);
        return shape + " · " + String.format(Locale.ROOT, "RA %.4f Dec %+.4f", centreRaDeg, centreDecDeg) + area;
    }
}
