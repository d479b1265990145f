package org.lsst.butlerbrowser.model.sky;

import java.util.ArrayList;
import java.util.List;
import org.lsst.butlerbrowser.model.region.ConvexPolygon;
import org.lsst.butlerbrowser.model.region.UnitVector3d;

/** Square footprints for tests: four vertices at the given half-diagonal, turned by an angle. */
final class SyntheticFootprints {

    private SyntheticFootprints() {
    }

    /** A square of side about {@code sizeDeg} centred on c, counter-clockwise. */
    static ConvexPolygon square(UnitVector3d c, double sizeDeg, double rotationDeg) {
        SkyFrame frame = new SkyFrame(c.raDeg(), c.decDeg());
        double h = Math.tan(Math.toRadians(sizeDeg / 2));
        List<UnitVector3d> vs = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            double a = Math.toRadians(rotationDeg + 45 + 90 * k);
            double u = Math.sqrt(2) * h * Math.cos(a);
            double w = Math.sqrt(2) * h * Math.sin(a);
            vs.add(frame.fromLocal(1, u, w)); // (e, n, c) is right-handed, so increasing angle is counter-clockwise
        }
        return new ConvexPolygon(vs);
    }
}
