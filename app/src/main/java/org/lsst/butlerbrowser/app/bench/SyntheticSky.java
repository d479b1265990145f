package org.lsst.butlerbrowser.app.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.lsst.butlerbrowser.model.region.ConvexPolygon;
import org.lsst.butlerbrowser.model.region.Region;
import org.lsst.butlerbrowser.model.region.StcsFormatter;
import org.lsst.butlerbrowser.model.region.UnitVector3d;

/**
 * The sky benchmark's footprints: squares 0.2° to 3.5° across (detector to focal plane), turned by
 * any angle, centred uniformly over the whole sphere, poles included. The seed makes every run draw
 * the same ones.
 */
final class SyntheticSky {

    static final double MIN_SIDE_DEG = 0.2;
    static final double MAX_SIDE_DEG = 3.5;

    private SyntheticSky() {
    }

    static List<Region> footprints(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Region> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double z = random.nextDouble(-1, 1);
            double phi = random.nextDouble(0, 2 * Math.PI);
            double s = Math.sqrt(1 - z * z);
            UnitVector3d centre = new UnitVector3d(s * Math.cos(phi), s * Math.sin(phi), z);
            double side = Math.toRadians(random.nextDouble(MIN_SIDE_DEG, MAX_SIDE_DEG));
            // a square of this side in the tangent plane has its corners atan(√2 tan(side/2)) from the centre
            double corner = Math.atan(Math.sqrt(2) * Math.tan(side / 2));
            out.add(ConvexPolygon.regular(centre, corner, 4, random.nextDouble(0, Math.PI / 2)));
        }
        return out;
    }

    /** The footprints as a CSV of ObsCore-style STC-S s_region text, for STILTS (and render-sky) to read. */
    static void writeCsv(List<Region> footprints, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("id,s_region\n");
            for (int i = 0; i < footprints.size(); i++) {
                out.write(i + ",\"" + StcsFormatter.format(footprints.get(i)) + "\"\n");
            }
        }
    }
}
