package org.lsst.butlerbrowser.views.region;

import org.lsst.butlerbrowser.model.region.UnitVector3d;

/**
 * The gnomonic (tangent-plane) projection about a point of the sky. It maps great circles to
 * straight lines, so a polygon's edges stay exact when drawn as straight segments.
 *
 * @param centre the tangent point
 */
public record GnomonicProjection(UnitVector3d centre) {

    /**
     * Standard coordinates (ξ towards east, η towards north) in radians of the tangent plane, or
     * null for a point 90° or more from the centre, which the projection cannot show.
     */
    public double[] project(UnitVector3d v) {
        double cosDistance = v.dot(centre);
        if (cosDistance <= 1e-9) {
            return null;
        }
        double ra = centre.lonRad();
        double dec = centre.latRad();
        double east = -Math.sin(ra) * v.x() + Math.cos(ra) * v.y();
        double north = -Math.sin(dec) * Math.cos(ra) * v.x() - Math.sin(dec) * Math.sin(ra) * v.y()
                + Math.cos(dec) * v.z();
        return new double[] {east / cosDistance, north / cosDistance};
    }
}
