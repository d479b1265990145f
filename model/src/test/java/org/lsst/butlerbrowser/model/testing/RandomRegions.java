package org.lsst.butlerbrowser.model.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.lsst.butlerbrowser.model.region.Box;
import org.lsst.butlerbrowser.model.region.Circle;
import org.lsst.butlerbrowser.model.region.ConvexPolygon;
import org.lsst.butlerbrowser.model.region.Ellipse;
import org.lsst.butlerbrowser.model.region.IntersectionRegion;
import org.lsst.butlerbrowser.model.region.Region;
import org.lsst.butlerbrowser.model.region.UnionRegion;
import org.lsst.butlerbrowser.model.region.UnitVector3d;

/**
 * Valid regions anywhere on the sky, for the oracles (round trips, a region containing its own
 * vertices) and as seeds that the hostile generators mutate.
 */
public final class RandomRegions {

    private RandomRegions() {
    }

    /** Convex counter-clockwise polygons of 3 to 12 vertices, from arcseconds to tens of degrees across. */
    public static Gen<ConvexPolygon> polygons() {
        return RandomRegions::polygon;
    }

    /** Any region sphgeom encodes, compounds nested up to three levels. */
    public static Gen<Region> regions() {
        return r -> region(r, 0);
    }

    /** A few hundred valid regions from a fixed seed, as seeds for mutation. */
    public static List<Region> samples(int count) {
        Random r = new Random(7);
        List<Region> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(region(r, 0));
        }
        return out;
    }

    public static UnitVector3d point(Random r) {
        // Uniform on the sphere; a few exactly at the poles and on the 0/360 seam.
        return switch (r.nextInt(12)) {
            case 0 -> UnitVector3d.Z;
            case 1 -> UnitVector3d.Z.antipode();
            case 2 -> UnitVector3d.fromLonLatDegrees(0.0, r.nextDouble() * 180 - 90);
            default -> UnitVector3d.fromLonLatRadians(r.nextDouble() * 2 * Math.PI, Math.asin(2 * r.nextDouble() - 1));
        };
    }

    static Region region(Random r, int depth) {
        int kind = r.nextInt(depth >= 3 ? 4 : 6);
        return switch (kind) {
            case 0 -> polygon(r);
            case 1 -> Circle.of(point(r), r.nextInt(10) == 0 ? Math.PI : r.nextDouble() * 0.3);
            case 2 -> box(r);
            case 3 -> ellipse(r);
            default -> {
                List<Region> operands = new ArrayList<>();
                for (int i = r.nextInt(4); i > 0; i--) {
                    operands.add(region(r, depth + 1));
                }
                yield kind == 4 ? new UnionRegion(operands) : new IntersectionRegion(operands);
            }
        };
    }

    static ConvexPolygon polygon(Random r) {
        UnitVector3d c = point(r);
        double radius = Math.pow(10, -4 + 4 * r.nextDouble()); // 1e-4 to 1 rad
        int n = 3 + r.nextInt(10);
        double[] angles = new double[n];
        while (true) {
            for (int i = 0; i < n; i++) {
                angles[i] = r.nextDouble() * 2 * Math.PI;
            }
            Arrays.sort(angles);
            if (spreadAround(angles)) {
                break;
            }
        }
        UnitVector3d[] basis = tangentBasis(c);
        List<UnitVector3d> vs = new ArrayList<>(n);
        for (double phi : angles) {
            double s = Math.sin(radius);
            vs.add(UnitVector3d.normalize(
                    Math.cos(radius) * c.x() + s * (Math.cos(phi) * basis[0].x() + Math.sin(phi) * basis[1].x()),
                    Math.cos(radius) * c.y() + s * (Math.cos(phi) * basis[0].y() + Math.sin(phi) * basis[1].y()),
                    Math.cos(radius) * c.z() + s * (Math.cos(phi) * basis[0].z() + Math.sin(phi) * basis[1].z())));
        }
        if (UnitVector3d.orientation(vs.get(0), vs.get(1), vs.get(2)) < 0) {
            Collections.reverse(vs);
        }
        return new ConvexPolygon(vs);
    }

    /** Every gap between consecutive angles is well below π and well above zero: a strictly convex polygon. */
    private static boolean spreadAround(double[] sorted) {
        for (int i = 0; i < sorted.length; i++) {
            double next = i + 1 < sorted.length ? sorted[i + 1] : sorted[0] + 2 * Math.PI;
            double gap = next - sorted[i];
            if (gap > Math.PI - 0.05 || gap < 0.02) {
                return false;
            }
        }
        return true;
    }

    private static Box box(Random r) {
        double lonA = r.nextDouble() * 360;
        double width = r.nextDouble() * 180;
        double lat1 = r.nextDouble() * 180 - 90;
        double lat2 = r.nextDouble() * 180 - 90;
        return Box.fromDegrees(lonA, lonA + width, Math.min(lat1, lat2), Math.max(lat1, lat2));
    }

    private static Ellipse ellipse(Random r) {
        UnitVector3d c = point(r);
        UnitVector3d[] basis = tangentBasis(c);
        double alpha = 0.01 + r.nextDouble() * 1.2;
        double beta = alpha * (0.2 + 0.8 * r.nextDouble());
        double a = alpha - 0.5 * Math.PI;
        double b = beta - 0.5 * Math.PI;
        return new Ellipse(basis[0], basis[1], c, a, b, Math.acos(Math.cos(alpha) / Math.cos(beta)),
                Math.abs(Math.tan(a)), Math.abs(Math.tan(b)));
    }

    /** Two unit vectors completing c to a right-handed orthonormal basis. */
    private static UnitVector3d[] tangentBasis(UnitVector3d c) {
        UnitVector3d axis = Math.abs(c.x()) < 0.6 ? UnitVector3d.X : UnitVector3d.Z;
        UnitVector3d u = axis.crossNormalized(c);
        return new UnitVector3d[] {u, c.crossNormalized(u)};
    }
}
