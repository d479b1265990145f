package org.lsst.butlerbrowser.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lsst.butlerbrowser.app.sky.FootprintTable;
import org.lsst.butlerbrowser.app.sky.RegistryFootprints;
import org.lsst.butlerbrowser.model.region.Region;
import org.lsst.butlerbrowser.model.registry.DatasetQuery;
import org.lsst.butlerbrowser.model.registry.Registry;
import org.lsst.butlerbrowser.model.registry.WhereClause;
import org.lsst.butlerbrowser.model.repo.Environment;
import org.lsst.butlerbrowser.model.repo.RepoResolver;
import org.lsst.butlerbrowser.model.sky.Projection;
import org.lsst.butlerbrowser.model.sky.Viewport;
import org.lsst.butlerbrowser.views.sky.SkyExport;
import org.lsst.butlerbrowser.views.sky.SkyLayer;
import org.lsst.butlerbrowser.views.sky.SkyScene;
import org.lsst.butlerbrowser.views.sky.SkyStyle;

/**
 * The real data's footprints drawn from two sources land on the same pixels: the rc2 registry's own
 * regions (sphgeom polygons in the SQLite registry) and what the PostgreSQL copy publishes for the
 * same observations (its ObsCore s_region, STC-S text rounded to 6 decimals; its visit records).
 */
class RegistrySkyPixelsTest {

    private static final String RUN = "HSC/runs/RC2/w_2026_34/DM-50002";
    /** Opaque fills, no outlines, no smoothing: a pixel is covered or it is not. */
    private static final SkyStyle MASK = SkyStyle.DEFAULT.withFillAlpha(1).withLineWidth(0).withAntialias(false);

    private static Registry sqlite() {
        return Registry.open(new RepoResolver(Environment.system()).resolve(CliRunner.repoArgument(CliRunner.RC2_SQLITE)));
    }

    private static Registry postgres() {
        CliRunner.assumePostgres();
        return Registry.open(new RepoResolver(CliRunner.credentials()).resolve(CliRunner.repoArgument(CliRunner.RC2_POSTGRES)));
    }

    /** The footprints drawn filled, in a gnomonic view fitted to those of one of the fixture's two fields. */
    private static BufferedImage mask(List<Region> regions, Viewport view) {
        SkyScene scene = new SkyScene(view, List.of(new SkyLayer("mask", regions)), MASK, null, false, false, Integer.MAX_VALUE);
        return SkyExport.image(scene);
    }

    /** The fixture's fields: footprints east and west of RA 180, each fitted into a 1200 × 900 view. */
    private static List<Viewport> fields(List<Region> regions) {
        List<Viewport> views = new ArrayList<>();
        for (boolean east : new boolean[] {false, true}) {
            List<Region> field = regions.stream().filter(r -> (r.boundingCircle().raDeg() >= 180) == east).toList();
            if (!field.isEmpty()) {
                views.add(Viewport.fitting(Projection.TAN, new SkyLayer("field", field).footprints().index().bounds(), 1200, 900));
            }
        }
        return views;
    }

    /** Whether the pixel's 3 × 3 neighbourhood in the mask holds both covered and bare pixels. */
    private static boolean onAnEdge(BufferedImage mask, int x, int y) {
        int sky = MASK.sky();
        boolean covered = false;
        boolean bare = false;
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int xx = Math.max(0, Math.min(mask.getWidth() - 1, x + dx));
                int yy = Math.max(0, Math.min(mask.getHeight() - 1, y + dy));
                boolean c = mask.getRGB(xx, yy) != sky;
                covered |= c;
                bare |= !c;
            }
        }
        return covered && bare;
    }

    @Test
    void calexpRegionsOfTheRegistryAndTheirObsCoreSRegionsLandOnTheSamePixels() {
        FootprintTable registry;
        try (Registry r = sqlite()) {
            registry = RegistryFootprints.datasets(r, new DatasetQuery(List.of("calexp"), List.of(RUN), false, WhereClause.NONE, 0));
        }
        FootprintTable obscore;
        try (Registry r = postgres()) {
            obscore = RegistryFootprints.obscore(r);
        }
        Map<List<Object>, Region> published = new HashMap<>();
        int type = obscore.column("lsst_dataset_type");
        int run = obscore.column("lsst_run");
        for (int i = 0; i < obscore.rowCount(); i++) {
            if ("calexp".equals(obscore.value(i, type)) && RUN.equals(obscore.value(i, run))) {
                Object visit = ((Number) obscore.value(i, obscore.column("lsst_visit"))).longValue();
                Object detector = ((Number) obscore.value(i, obscore.column("lsst_detector"))).longValue();
                published.put(List.of(visit, detector), obscore.regions().get(i));
            }
        }
        List<Region> own = new ArrayList<>();
        List<Region> theirs = new ArrayList<>();
        for (int i = 0; i < registry.rowCount(); i++) {
            Object visit = registry.value(i, registry.column("visit"));
            Object detector = registry.value(i, registry.column("detector"));
            own.add(registry.regions().get(i));
            theirs.add(published.get(List.of(visit, detector)));
        }
        assertEquals(published.size(), registry.rowCount(), "ObsCore publishes every calexp of the run");
        assertTrue(theirs.stream().noneMatch(java.util.Objects::isNull));
        for (Viewport view : fields(own)) {
            BufferedImage a = mask(own, view);
            BufferedImage b = mask(theirs, view);
            int covered = 0;
            int differing = 0;
            for (int y = 0; y < view.height(); y++) {
                for (int x = 0; x < view.width(); x++) {
                    boolean inA = a.getRGB(x, y) != MASK.sky();
                    boolean inB = b.getRGB(x, y) != MASK.sky();
                    covered += inA ? 1 : 0;
                    if (inA != inB) {
                        differing++;
                        // s_region keeps 6 decimals (under 0.004″): the two may differ only where an edge crosses a pixel.
                        assertTrue(onAnEdge(a, x, y) && onAnEdge(b, x, y), "pixel (" + x + ", " + y + ") differs away from an edge");
                    }
                }
            }
            assertTrue(covered > 100_000, covered + " pixels covered");
            assertTrue(differing < covered / 1000, differing + " edge pixels differ of " + covered);
        }
    }

    @Test
    void visitRegionsOfTheSqliteAndPostgresRegistriesLandOnTheSamePixels() {
        FootprintTable fromSqlite;
        try (Registry r = sqlite()) {
            fromSqlite = RegistryFootprints.element(r, "visit", WhereClause.NONE);
        }
        FootprintTable fromPostgres;
        try (Registry r = postgres()) {
            fromPostgres = RegistryFootprints.element(r, "visit", WhereClause.NONE);
        }
        assertEquals(160, fromSqlite.rowCount());
        Map<Object, Region> byId = new HashMap<>();
        for (int i = 0; i < fromPostgres.rowCount(); i++) {
            byId.put(fromPostgres.value(i, fromPostgres.column("id")), fromPostgres.regions().get(i));
        }
        List<Region> same = new ArrayList<>();
        for (int i = 0; i < fromSqlite.rowCount(); i++) {
            same.add(byId.get(fromSqlite.value(i, fromSqlite.column("id"))));
        }
        for (Viewport view : fields(fromSqlite.regions())) {
            BufferedImage a = mask(fromSqlite.regions(), view);
            BufferedImage b = mask(same, view);
            assertArrayEquals(a.getRGB(0, 0, view.width(), view.height(), null, 0, view.width()),
                    b.getRGB(0, 0, view.width(), view.height(), null, 0, view.width()));
        }
    }
}
