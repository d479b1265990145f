package org.lsst.butlerbrowser.views.sky;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lsst.butlerbrowser.model.region.Region;
import org.lsst.butlerbrowser.model.tap.Cancellation;
import org.lsst.butlerbrowser.model.tap.ObsCoreResult;
import org.lsst.butlerbrowser.model.tap.TapProgress;
import org.lsst.butlerbrowser.model.tap.TapResult;

/** The shared fixtures as this module's tests need them: the recorded DaCHS answers' footprints. */
final class SkyFixtures {

    private SkyFixtures() {
    }

    /** shared/: -Dbutler.shared when it holds fixtures, else the nearest shared/fixtures above the working dir. */
    static Path shared() {
        String property = System.getProperty("butler.shared");
        if (property != null && !property.isBlank() && Files.isDirectory(Path.of(property, "fixtures"))) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("shared/fixtures"))) {
                return dir.resolve("shared");
            }
        }
        throw new IllegalStateException("cannot find shared/fixtures; set -Dbutler.shared");
    }

    /** The s_region footprints of a recorded ObsCore answer, in row order. */
    static List<Region> footprints(String tapFixture) {
        ObsCoreResult obscore = TapResult.read(shared().resolve("fixtures/tap").resolve(tapFixture), TapProgress.NONE,
                Cancellation.none()).obsCore();
        List<Region> out = new ArrayList<>();
        for (int r = 0; r < obscore.rowCount(); r++) {
            out.add(obscore.footprint(r));
        }
        return out;
    }

    /** RA0WRAP and SPOLE raws: many straddle RA = 0, some span more than 180° of RA near the pole. */
    static List<Region> ra0AndPoleRaws() {
        return footprints("images-stcs-and-dali-tabledata.vot");
    }

    /** The 9 footprints that contain the south celestial pole. */
    static List<Region> poleFootprints() {
        return footprints("obscore-pole-tabledata.vot");
    }
}
