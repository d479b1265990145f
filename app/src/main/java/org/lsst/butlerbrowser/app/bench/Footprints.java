package org.lsst.butlerbrowser.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.lsst.butlerbrowser.model.region.ConvexPolygon;
import org.lsst.butlerbrowser.model.region.UnitVector3d;

/**
 * Sky footprints for synthetic visits: a 1.5°-wide square around a centre drawn uniformly over the
 * sphere between declinations ±80° (clear of the poles, where east is undefined), cut into a grid
 * of detector squares. All polygons have four vertices counter-clockwise seen from outside, as
 * sphgeom requires; the seed makes every build identical.
 */
final class Footprints {

    /** Half the side of a visit's square, in radians (HSC's field is ~1.5° across). */
    private static final double HALF_SIDE = Math.toRadians(0.75);
    private static final double MAX_SIN_DEC = Math.sin(Math.toRadians(80));

    record Footprint(UnitVector3d centre, ConvexPolygon visit, List<ConvexPolygon> detectors) {
    }

    private final SplittableRandom random;
    private final int columns;
    private final int rows;
    private final int detectors;

    Footprints(long seed, int detectors) {
        this.random = new SplittableRandom(seed);
        this.detectors = detectors;
        this.columns = (int) Math.ceil(Math.sqrt(detectors));
        this.rows = (detectors + columns - 1) / columns;
    }

    Footprint next() {
        double ra = random.nextDouble(0, 2 * Math.PI);
        double dec = Math.asin(random.nextDouble(-MAX_SIN_DEC, MAX_SIN_DEC));
        Tangent t = new Tangent(ra, dec);
        ConvexPolygon visit = t.square(-HALF_SIDE, -HALF_SIDE, HALF_SIDE, HALF_SIDE);
        double w = 2 * HALF_SIDE / columns;
        double h = 2 * HALF_SIDE / rows;
        List<ConvexPolygon> cells = new ArrayList<>(detectors);
        for (int d = 0; d < detectors; d++) {
            double x0 = -HALF_SIDE + d % columns * w;
            double y0 = -HALF_SIDE + d / columns * h;
            cells.add(t.square(x0, y0, x0 + w, y0 + h));
        }
        return new Footprint(UnitVector3d.fromLonLatRadians(ra, dec), visit, cells);
    }

    /** The tangent plane at a centre: east and north unit vectors, which with the centre form a right-handed frame. */
    private record Tangent(double cx, double cy, double cz, double ex, double ey, double nx, double ny, double nz) {

        Tangent(double ra, double dec) {
            this(Math.cos(dec) * Math.cos(ra), Math.cos(dec) * Math.sin(ra), Math.sin(dec),
                    -Math.sin(ra), Math.cos(ra),
                    -Math.sin(dec) * Math.cos(ra), -Math.sin(dec) * Math.sin(ra), Math.cos(dec));
        }

        /** The square between tangent-plane offsets; seen from outside, east is right and north up: counter-clockwise. */
        ConvexPolygon square(double x0, double y0, double x1, double y1) {
            return new ConvexPolygon(List.of(point(x0, y0), point(x1, y0), point(x1, y1), point(x0, y1)));
        }

        private UnitVector3d point(double x, double y) {
            return UnitVector3d.normalize(cx + x * ex + y * nx, cy + x * ey + y * ny, cz + y * nz);
        }
    }
}
