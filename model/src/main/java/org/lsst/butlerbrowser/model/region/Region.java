package org.lsst.butlerbrowser.model.region;

import java.util.List;

/**
 * A region of the sky as lsst.sphgeom encodes it in registry {@code region} columns.
 *
 * <p>The type names are sphgeom's class names, so they can be shown to Butler users and compared
 * with daf_butler's output as they are.
 */
public sealed interface Region
        permits ConvexPolygon, Circle, Box, Ellipse, UnionRegion, IntersectionRegion {

    /** Square degrees in a steradian. */
    double SQ_DEG_PER_SR = (180.0 / Math.PI) * (180.0 / Math.PI);

    /** sphgeom's class name: "ConvexPolygon", "Circle", "Box", "Ellipse", "UnionRegion" or "IntersectionRegion". */
    String typeName();

    /** Whether the point lies in the region (boundary included). */
    boolean contains(UnitVector3d v);

    /** A circle containing the whole region (sphgeom's algorithm for polygons, circles and ellipses). */
    BoundingCircle boundingCircle();

    /** Area in square degrees; NaN when it is not computed (compounds of more than one operand). */
    double areaSquareDegrees();

    /** Boundary rings to draw, each an open list of points (the last point joins the first). */
    List<List<UnitVector3d>> outlines();

    /** The sphgeom binary encoding (see {@link RegionCodec}). */
    default byte[] encode() {
        return RegionCodec.encode(this);
    }
}
