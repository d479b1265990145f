package org.lsst.butlerbrowser.model.sky;

import org.lsst.butlerbrowser.model.region.UnitVector3d;

/**
 * The local frame of a view centred on a point of the sky: the centre c, the unit vector e pointing
 * east there and n pointing north, so that (e, n, c) is right-handed. A vector's local coordinates
 * are (c·v, e·v, n·v); in them the centre is (1, 0, 0), as longitude/latitude (0, 0), and every
 * projection is written for that case. At a pole "east" is the direction of the centre's RA + 90°.
 */
public final class SkyFrame {

    private final double raDeg;
    private final double decDeg;
    private final double cx, cy, cz;
    private final double ex, ey, ez;
    private final double nx, ny, nz;

    public SkyFrame(double raDeg, double decDeg) {
        if (!Double.isFinite(raDeg) || !(Math.abs(decDeg) <= 90.0)) {
            throw new IllegalArgumentException("not a sky position: RA " + raDeg + "°, Dec " + decDeg + "°");
        }
        this.raDeg = raDeg >= 0 && raDeg < 360 ? raDeg : ((raDeg % 360.0) + 360.0) % 360.0;
        this.decDeg = decDeg;
        double a = Math.toRadians(raDeg);
        double d = Math.toRadians(decDeg);
        double ca = Math.cos(a);
        double sa = Math.sin(a);
        double cd = Math.cos(d);
        double sd = Math.sin(d);
        cx = cd * ca;
        cy = cd * sa;
        cz = sd;
        ex = -sa;
        ey = ca;
        ez = 0.0;
        nx = -sd * ca;
        ny = -sd * sa;
        nz = cd;
    }

    /** Right ascension of the centre in degrees, [0, 360). */
    public double raDeg() {
        return raDeg;
    }

    public double decDeg() {
        return decDeg;
    }

    public UnitVector3d centre() {
        return UnitVector3d.normalize(cx, cy, cz);
    }

    /** Local coordinates (c·v, e·v, n·v) of (x, y, z) into out[0..2]. */
    public void toLocal(double x, double y, double z, double[] out) {
        out[0] = cx * x + cy * y + cz * z;
        out[1] = ex * x + ey * y + ez * z;
        out[2] = nx * x + ny * y + nz * z;
    }

    /** The sky vector with local coordinates (a, b, c), normalized. */
    public UnitVector3d fromLocal(double a, double b, double c) {
        return UnitVector3d.normalize(a * cx + b * ex + c * nx, a * cy + b * ey + c * ny, a * cz + b * ez + c * nz);
    }

    /** The sky vector with local coordinates (a, b, c), not normalized, into out[0..2]. */
    public void fromLocal(double a, double b, double c, double[] out) {
        out[0] = a * cx + b * ex + c * nx;
        out[1] = a * cy + b * ey + c * ny;
        out[2] = a * cz + b * ez + c * nz;
    }
}
