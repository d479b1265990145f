package org.lsst.butlerbrowser.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lsst.butlerbrowser.app.sky.FootprintTable;
import org.lsst.butlerbrowser.app.sky.RegistryFootprints;
import org.lsst.butlerbrowser.model.registry.DatasetQuery;
import org.lsst.butlerbrowser.model.registry.Registry;
import org.lsst.butlerbrowser.model.repo.Environment;
import org.lsst.butlerbrowser.model.repo.RepoResolver;
import org.lsst.butlerbrowser.model.sky.AngleFormat;
import org.lsst.butlerbrowser.model.sky.Projection;
import org.lsst.butlerbrowser.model.sky.SkyTarget;
import org.lsst.butlerbrowser.model.sky.Viewport;
import org.lsst.butlerbrowser.model.tap.Cancellation;
import org.lsst.butlerbrowser.model.tap.TapQuery;
import org.lsst.butlerbrowser.model.tap.TapProgress;
import org.lsst.butlerbrowser.model.tap.TapResult;
import org.lsst.butlerbrowser.views.sky.RenderStats;
import org.lsst.butlerbrowser.views.sky.RowSelection;
import org.lsst.butlerbrowser.views.sky.SkyExport;
import org.lsst.butlerbrowser.views.sky.SkyLayer;
import org.lsst.butlerbrowser.views.sky.SkyScene;
import org.lsst.butlerbrowser.views.sky.SkyStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code render-sky}: footprints drawn on the sky into a PNG or SVG, without JavaFX (the sky view's
 * own renderer, painting with Java2D). The footprints come from a registry (an element's regions,
 * the regions of datasets' data IDs, or its ObsCore table), a saved VOTable, or a TAP query.
 */
@Command(name = "render-sky", mixinStandardHelpOptions = true,
        description = {"Draw footprints on the sky into a PNG or SVG file (headless).",
            "SOURCE is a registry (REPO, with --element, --datasets or --obscore) or a VOTable/FITS file;",
            "or query a TAP service with --tap URL --adql QUERY."})
final class RenderSkyCommand implements Callable<Integer> {

    enum Grid {
        SEXAGESIMAL, DEGREES, NONE
    }

    @Parameters(index = "0", arity = "0..1", paramLabel = "SOURCE",
            description = "A registry (repo directory, butler.yaml, SQLite file, label or postgresql:// URL) or a VOTable/FITS file.")
    String source;

    @Option(names = "--element", paramLabel = "ELEMENT",
            description = "Draw the regions of this spatial dimension element's records (visit, visit_detector_region, tract, patch, ...).")
    String element;

    @Option(names = "--datasets", paramLabel = "DATASET_TYPE",
            description = "Draw the region of each dataset's data ID (its most specific spatial element); needs --collections.")
    String datasetType;

    @Option(names = "--collections", paramLabel = "COLLECTION", split = ",", arity = "1..*",
            description = "Collections searched for --datasets.")
    List<String> collections = new ArrayList<>();

    @Option(names = "--find-first", description = "With --datasets: only the first dataset of each data ID in collection order.")
    boolean findFirst;

    @Option(names = "--obscore", description = "Draw the s_region of the registry's ObsCore table.")
    boolean obscore;

    @Mixin
    WhereOptions where;

    @Option(names = "--tap", paramLabel = "URL", description = "Query this TAP service (with --adql) instead of reading SOURCE.")
    String tap;

    @Option(names = "--adql", paramLabel = "QUERY", description = "The ADQL query whose result --tap draws.")
    String adql;

    @Option(names = "--maxrec", paramLabel = "N", description = "With --tap: at most N rows (default: the service's limit).")
    Long maxrec;

    @Mixin
    TapAuthOptions tapAuth;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The picture to write (.png or .svg).")
    Path out;

    @Option(names = "--format", paramLabel = "png|svg", description = "The picture's format (default: from --out's extension, else png).")
    SkyExport.Format format;

    @Option(names = "--projection", paramLabel = "aitoff|mollweide|tan|sin", defaultValue = "aitoff",
            description = "Hammer-Aitoff or Mollweide (whole sky), gnomonic TAN or orthographic SIN (default: ${DEFAULT-VALUE}).")
    Projection projection;

    @Option(names = {"--center", "--centre"}, paramLabel = "RA,DEC",
            description = "The centre, degrees or sexagesimal (default: the footprints' centre; Dec 0 for the whole-sky projections).")
    String center;

    @Option(names = "--fov", paramLabel = "DEG", description = "The field of view across the picture, degrees (or 30', 45\"); default: all the footprints.")
    String fov;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1600x900", description = "Picture size in pixels (default: ${DEFAULT-VALUE}).")
    String size;

    @Option(names = "--color-by", paramLabel = "COLUMN", description = "Colour footprints by this column's values, with a legend.")
    String colorBy;

    @Option(names = "--grid", paramLabel = "sexagesimal|degrees|none", defaultValue = "sexagesimal",
            description = "The RA/Dec grid's labels, or no grid (default: ${DEFAULT-VALUE}).")
    Grid grid;

    @Option(names = "--galactic", description = "Draw the galactic grid as well.")
    boolean galactic;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        int[] wh = size();
        Environment environment = Cli.environment(spec);
        FootprintTable table = footprints(environment);
        SkyLayer layer = table.layer(table.title(), new RowSelection());
        if (colorBy != null) {
            layer.setCategories(table.categories(colorBy));
        }
        Viewport view = view(layer, wh[0], wh[1]);
        SkyScene scene = new SkyScene(view, List.of(layer), SkyStyle.DEFAULT,
                grid == Grid.NONE ? null : AngleFormat.valueOf(grid.name()), galactic, true, SkyScene.DEFAULT_DENSITY_THRESHOLD);
        Path file = environment.workingDirectory().resolve(out);
        SkyExport.Format f = format != null ? format : SkyExport.Format.of(file);
        RenderStats stats = SkyExport.write(scene, file, f);
        PrintWriter stdout = spec.commandLine().getOut();
        RenderStats.Layer drawn = stats.layers().get(0);
        stdout.printf(Locale.ROOT, "wrote %s: %,d footprints of %,d %s, %,d in view%s%s; %s at RA %.4f°, Dec %+.4f°, %s%n",
                out, table.footprintCount(), table.rowCount(), table.title(), drawn.inView(),
                drawn.mode() == RenderStats.Mode.DENSITY ? " drawn as a density map" : "",
                colorBy == null ? "" : ", coloured by " + colorBy, view.projection().title(), view.centreRaDeg(),
                view.centreDecDeg(), view.fovDeg() >= 360 ? "the whole sky" : String.format(Locale.ROOT, "%.4g° across", view.fovDeg()));
        return 0;
    }

    private int[] size() {
        String[] parts = size.toLowerCase(Locale.ROOT).split("x");
        try {
            int w = Integer.parseInt(parts[0].strip());
            int h = Integer.parseInt(parts[1].strip());
            if (parts.length == 2 && w >= 16 && h >= 16 && w <= 20_000 && h <= 20_000) {
                return new int[] {w, h};
            }
        } catch (RuntimeException e) {
            // the message below says what is wanted
        }
        throw new IllegalArgumentException("--size takes WIDTHxHEIGHT in pixels, each 16 to 20000, not '" + size + "'");
    }

    /** The footprints the options name, read from wherever they live. */
    private FootprintTable footprints(Environment environment) {
        boolean registryOptions = element != null || datasetType != null || obscore;
        if (tap != null || adql != null) {
            if (tap == null || adql == null) {
                throw new IllegalArgumentException("--tap and --adql go together: the service and the query to draw");
            }
            if (source != null || registryOptions) {
                throw new IllegalArgumentException("give either --tap with --adql, or a SOURCE, not both");
            }
            if (maxrec != null && maxrec < 0) {
                throw new IllegalArgumentException("--maxrec must be 0 or more");
            }
            TapResult result = tapAuth.open(tap, environment).query(TapQuery.adql(adql).withMaxrec(maxrec == null ? -1 : maxrec));
            result.warning().ifPresent(w -> spec.commandLine().getErr().println("warning: " + w));
            return FootprintTable.of(result, "TAP result rows");
        }
        if (source == null) {
            throw new IllegalArgumentException("give a SOURCE (a registry or a VOTable file), or --tap URL --adql QUERY");
        }
        Path file = environment.workingDirectory().resolve(source);
        if (looksLikeTable(file)) {
            if (registryOptions || where.where != null) {
                throw new IllegalArgumentException(source + " is a table file: --element, --datasets, --obscore and --where are for a registry");
            }
            return FootprintTable.of(TapResult.read(file, TapProgress.NONE, Cancellation.none()), "rows of " + file.getFileName());
        }
        int chosen = (element != null ? 1 : 0) + (datasetType != null ? 1 : 0) + (obscore ? 1 : 0);
        if (chosen != 1) {
            throw new IllegalArgumentException("for a registry, give one of --element ELEMENT, --datasets TYPE --collections C..."
                    + " or --obscore");
        }
        try (Registry registry = Registry.open(new RepoResolver(environment).resolve(source))) {
            if (element != null) {
                return RegistryFootprints.element(registry, element, where.clause());
            }
            if (datasetType != null) {
                if (collections.isEmpty()) {
                    throw new IllegalArgumentException("--datasets needs --collections");
                }
                return RegistryFootprints.datasets(registry,
                        new DatasetQuery(List.of(datasetType), collections, findFirst, where.clause(), 0));
            }
            if (where.where != null) {
                throw new IllegalArgumentException("--where filters --element and --datasets, not --obscore");
            }
            return RegistryFootprints.obscore(registry);
        }
    }

    /**
     * Whether SOURCE is a saved table rather than a registry: a file that starts as XML (VOTable) or
     * FITS does, or is named .csv/.tsv. A registry is a folder, a butler.yaml, an SQLite file, a label or a URL.
     */
    static boolean looksLikeTable(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".tsv")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            String start = new String(in.readNBytes(512), StandardCharsets.ISO_8859_1).replace("\uFEFF", "").stripLeading();
            return start.startsWith("<") || start.startsWith("SIMPLE  =");
        } catch (IOException e) {
            return false;
        }
    }

    /** Where to look: the options' centre and field, or else all the footprints. */
    private Viewport view(SkyLayer layer, int w, int h) {
        SkyTarget target = center == null ? null : SkyTarget.parse(center);
        double fovDeg = fov != null ? SkyTarget.fov(fov) : target != null && target.hasFov() ? target.fovDeg() : Double.NaN;
        if (target != null && !Double.isNaN(fovDeg)) {
            return Viewport.ofFov(projection, target.raDeg(), target.decDeg(), fovDeg, w, h);
        }
        var bounds = layer.footprints().index().bounds();
        if (target == null && Double.isNaN(fovDeg) && !projection.allSky()) {
            return Viewport.fitting(projection, bounds, w, h);
        }
        double ra = target != null ? target.raDeg() : bounds.isEmpty() || bounds.isFull() ? 0 : bounds.raDeg();
        double dec = target != null ? target.decDeg() : bounds.isEmpty() || bounds.isFull() || projection.allSky() ? 0 : bounds.decDeg();
        if (Double.isNaN(fovDeg)) {
            return Viewport.wholeSky(projection, ra, dec, w, h);
        }
        return Viewport.ofFov(projection, ra, dec, fovDeg, w, h);
    }
}
