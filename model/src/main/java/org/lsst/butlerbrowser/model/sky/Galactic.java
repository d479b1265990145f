package org.lsst.butlerbrowser.model.sky;

import org.lsst.butlerbrowser.model.region.UnitVector3d;

/**
 * Galactic coordinates (l, b): the rotation between ICRS and the galactic frame, with the matrix
 * of the Hipparcos catalogue (ESA 1997, vol. 1, §1.5.3), which puts the galactic north pole at
 * ICRS (192.85948°, +27.12825°) and the centre (l = 0, b = 0) at (266.40499°, −28.93617°).
 */
public final class Galactic {

    /** Rows: the galactic x, y, z axes in ICRS components; v_gal = A · v_icrs. */
    private static final double[][] A = {
        {-0.0548755604162154, -0.8734370902348850, -0.4838350155487132},
        {+0.4941094278755837, -0.4448296299600112, +0.7469822444972189},
        {-0.8676661490190047, -0.1980763734312015, +0.4559837761750669},
    };

    private Galactic() {
    }

    /** The galactic components of an ICRS vector. */
    public static UnitVector3d fromIcrs(UnitVector3d v) {
        return UnitVector3d.normalize(
                A[0][0] * v.x() + A[0][1] * v.y() + A[0][2] * v.z(),
                A[1][0] * v.x() + A[1][1] * v.y() + A[1][2] * v.z(),
                A[2][0] * v.x() + A[2][1] * v.y() + A[2][2] * v.z());
    }

    /** The ICRS vector of galactic components (x, y, z), into out[0..2] (the transpose, as A is orthogonal). */
    public static void toIcrs(double x, double y, double z, double[] out) {
        out[0] = A[0][0] * x + A[1][0] * y + A[2][0] * z;
        out[1] = A[0][1] * x + A[1][1] * y + A[2][1] * z;
        out[2] = A[0][2] * x + A[1][2] * y + A[2][2] * z;
    }

    /** The ICRS vector at galactic longitude and latitude in degrees. */
    public static UnitVector3d toIcrs(double lDeg, double bDeg) {
        UnitVector3d g = UnitVector3d.fromLonLatDegrees(lDeg, bDeg);
        double[] out = new double[3];
        toIcrs(g.x(), g.y(), g.z(), out);
        return UnitVector3d.normalize(out[0], out[1], out[2]);
    }
}
