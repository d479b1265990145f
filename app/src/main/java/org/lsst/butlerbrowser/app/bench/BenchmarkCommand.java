package org.lsst.butlerbrowser.app.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.lsst.butlerbrowser.model.registry.Registry;
import org.lsst.butlerbrowser.model.repo.RepoLocation;
import org.lsst.butlerbrowser.model.repo.RepoResolver;
import org.lsst.butlerbrowser.model.tap.TapService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code butler-browser benchmark}: builds (or reuses) a scale registry from the rc2 fixture,
 * times the operations a user waits for against the sqlite3 floor, prints the table and updates
 * docs/benchmarks.md. With {@code --gui} it times the window on that registry instead, from a click
 * to the first rows painted, and updates the report's window section. With {@code --tap} it times
 * reading TAP results (the local kit service's 300,000-row table, a million ObsCore rows) against
 * STILTS, and updates the report's TAP section.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true, description = {
        "Build a scale registry (20,000 visits, 400,000 detector regions, ~1M datasets) from the rc2 fixture,",
        "time opening, chain flattening, counts, first pages, find-first and region decoding against the",
        "sqlite3 shell on the same SQL, print the figures and update the benchmark report.",
        "With --gui, time the main window on it instead (needs a display; scripts/benchmark-gui.sh uses Xvfb).",
        "With --tap, time reading TAP results from the local service and from files against stilts tpipe instead.",
        "With --sky, time the sky view on synthetic footprints against stilts plot2sky instead."})
public final class BenchmarkCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where the scale registry is built (default: build/scale-registry under the project root).")
    Path out;

    @Option(names = "--fixture", paramLabel = "DIR",
            description = "The rc2 SQLite fixture repo to copy (default: shared/fixtures/registry/rc2-sqlite).")
    Path fixture;

    @Option(names = "--rebuild", description = "Build the scale registry again even if a complete one exists.")
    boolean rebuild;

    @Option(names = "--runs", paramLabel = "N",
            description = "Timed runs per measurement (default: 11; 5 with --tap).")
    Integer runs;

    @Option(names = "--warmup", paramLabel = "N",
            description = "Untimed runs before them, for class loading, the JIT and the page cache (default: 10; 2 with --tap).")
    Integer warmups;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Markdown file whose generated section is updated (default: docs/benchmarks.md under the project root).")
    Path report;

    @Option(names = "--sqlite3", paramLabel = "PATH", defaultValue = "sqlite3",
            description = "The sqlite3 shell that measures the floor (default: ${DEFAULT-VALUE} on the PATH).")
    String sqlite3;

    @Option(names = "--gui", description = {"Time the main window instead of the registry API: selecting the chain"
            + " scale/all until the first 1,000 calexp rows are painted, and the element visit_detector_region until"
            + " its first 1,000 records are; starts JavaFX, so it needs a display."})
    boolean gui;

    @Option(names = "--tap", description = {"Time reading TAP results instead: kit.big_sources (300,000 rows) from the"
            + " local service as BINARY2 and TABLEDATA, local copies of both (downloaded once to build/tap-bench/), and a"
            + " million synthetic ObsCore rows (written once), each against stilts tpipe omode=count; and the heap they keep."})
    boolean tap;

    @Option(names = "--load", description = {"Load the largest answers into the window instead, each in a new JVM whose"
            + " heap is capped at 1 GB: a million synthetic ObsCore rows (written once) run as a query in the TAP window;"
            + " the scale registry's calexps (find-all through scale/all) and visit_detector_region records scrolled"
            + " to their last rows; and --cycles registries and TAP results opened and closed in one window, checked for"
            + " leaks (heap, threads, open files and sockets). Reports the heap and the JavaFX thread's worst stall with"
            + " where it was; exits 1 when a bound is broken. Needs a display (scripts/load-test.sh uses Xvfb)."})
    boolean load;

    @Option(names = "--cycles", paramLabel = "N", defaultValue = "100",
            description = "How many registries and how many TAP results --load opens and closes (default: ${DEFAULT-VALUE}).")
    int cycles;

    @Option(names = "--tap-url", paramLabel = "URL", defaultValue = "http://127.0.0.1:18080/tap",
            description = "The TAP service for --tap (default: ${DEFAULT-VALUE}, the kit's; scripts/tap-service.sh start).")
    String tapUrl;

    @Option(names = "--stilts", paramLabel = "PATH", defaultValue = "stilts",
            description = "The stilts command that measures the --tap floor (default: ${DEFAULT-VALUE} on the PATH).")
    String stilts;

    @Option(names = "--sky", description = {"Time the sky view instead: synthetic footprints (see --sky-sizes), frames of the"
            + " whole sky and of a 10° field, a click's hit test, and STILTS plot2sky drawing the same footprints"
            + " (apt-get installs stilts when missing); headless."})
    boolean sky;

    @Option(names = "--sky-sizes", paramLabel = "N", split = ",", defaultValue = "10000,100000,1000000",
            description = "Footprint counts for --sky (default: ${DEFAULT-VALUE}).")
    List<Integer> skySizes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        int runs = this.runs != null ? this.runs : tap ? 5 : 11;
        int warmups = this.warmups != null ? this.warmups : tap ? 2 : sky ? 5 : 10;
        if (runs < 1 || warmups < 0) {
            throw new IllegalArgumentException("--runs must be at least 1 and --warmup at least 0");
        }
        PrintWriter log = spec.commandLine().getOut();
        Path root = ProjectPaths.root();
        if (tap) {
            return tap(log, root, warmups, runs, report != null ? report : root.resolve("docs/benchmarks.md"));
        }
        if (sky) {
            return sky(log, root, warmups, runs, report != null ? report : root.resolve("docs/benchmarks.md"));
        }
        Path dir = out != null ? out : root.resolve("build/scale-registry");
        ScaleSpec scale = ScaleSpec.FULL;
        ScaleMarker build = new ScaleRegistryBuilder(fixture != null ? fixture : ProjectPaths.fixture(), dir, scale, log)
                .ensure(rebuild);
        Path database = dir.resolve(ScaleRegistryBuilder.DATABASE);
        Path file = report != null ? report : root.resolve("docs/benchmarks.md");
        if (gui) {
            return window(log, dir, database, build, file, warmups, runs);
        }
        if (load) {
            return load(log, root, dir, report != null ? report : root.resolve("docs/reliability.md"));
        }
        RepoLocation location = RepoResolver.forSystemEnvironment().resolve(dir.toString());
        SqliteShell shell = new SqliteShell(sqlite3, database);
        String loadBefore = Host.loadAverage();
        log.printf("timing (%d warm-up + %d timed runs each, ours then sqlite3; load average %s):%n", warmups, runs, loadBefore);
        List<Measurement> results = new RegistryBenchmarks(dir, shell, warmups, runs, log).run();
        String load = loadBefore + " before the timing, " + Host.loadAverage() + " after (1, 5, 15 min)";
        Machine machine;
        try (Registry registry = Registry.open(location)) {
            machine = Machine.describe(registry, shell);
        }
        BenchmarkReport result = new BenchmarkReport(new BenchmarkReport.Context(commandLine(), database,
                Files.size(database), scale, build, machine, load, warmups, runs, shell.baseline()), results);
        log.println();
        result.print(log);
        result.writeTo(file);
        log.println("updated " + file);
        return 0;
    }

    /** {@code --gui}: the window on the scale registry, from a click to the first rows painted. */
    private int window(PrintWriter log, Path dir, Path database, ScaleMarker build, Path file, int warmups, int runs)
            throws Exception {
        String loadBefore = Host.loadAverage();
        log.printf("timing the window (%d warm-up + %d timed runs each; load average %s):%n", warmups, runs, loadBefore);
        GuiBenchmark.Result window = GuiBenchmark.run(dir, GuiScenario.SCALE, warmups, runs, log);
        String load = loadBefore + " before the timing, " + Host.loadAverage() + " after (1, 5, 15 min)";
        GuiReport result = new GuiReport(new GuiReport.Context(commandLine(), Host.describe(), window.toolkit(), load,
                database, Files.size(database), build, warmups, runs), window.measurements());
        log.println();
        result.print(log);
        result.writeTo(file);
        log.println("updated " + file);
        return 0;
    }

    /** {@code --load}: the largest answers in the window, each in a JVM with 1 GB of heap; the heap and the FX thread's stalls. */
    private int load(PrintWriter log, Path root, Path dir, Path file) throws Exception {
        Path shared = ProjectPaths.shared();
        Path votable = new TapBenchFiles(root.resolve("build/tap-bench"), tapUrl, shared, log).obsCore();
        String loadBefore = Host.loadAverage();
        log.printf("loading into the window (load average %s):%n", loadBefore);
        LoadBenchmark benchmark = new LoadBenchmark(root.resolve("build/load-test"), log);
        List<LoadBenchmark.Outcome> outcomes = List.of(benchmark.tap(votable, SyntheticObsCore.ROWS, shared),
                benchmark.registry(dir), benchmark.cycles(cycles, shared));
        String load = loadBefore + " before the runs, " + Host.loadAverage() + " after (1, 5, 15 min)";
        String toolkit = outcomes.stream().filter(o -> o.figures() != null).map(o -> o.figures().toolkit()).findFirst()
                .orElse("unknown");
        LoadReport result = new LoadReport(new LoadReport.Context(commandLine(), Host.describe(), toolkit, load), outcomes);
        log.println();
        result.print(log);
        result.writeTo(file);
        log.println("updated " + file);
        return result.met() ? 0 : 1;
    }

    /** {@code --tap}: reading TAP results against STILTS, and the heap a million ObsCore rows keep. */
    private int tap(PrintWriter log, Path root, int warmups, int runs, Path file) throws Exception {
        TapService service = TapService.of(tapUrl);
        if (!service.availability().available()) {
            throw new IllegalStateException("the TAP service at " + tapUrl + " says it is not available");
        }
        TapBenchFiles files = new TapBenchFiles(root.resolve("build/tap-bench"), tapUrl, ProjectPaths.shared(), log);
        StiltsShell shell = new StiltsShell(stilts, files.tinyTable());
        String version = shell.version();
        String loadBefore = Host.loadAverage();
        log.printf("timing TAP reads (%d warm-up + %d timed runs each, ours then %s; load average %s):%n", warmups, runs,
                version, loadBefore);
        TapBenchmarks benchmarks = new TapBenchmarks(service, files, shell, warmups, runs, log);
        List<TapMeasurement> results = benchmarks.run();
        String fits = TapBenchmarks.fitsIn(files.obsCore(), (int) TapBenchmarks.OBSCORE_HEAP_MB);
        String load = loadBefore + " before the timing, " + Host.loadAverage() + " after (1, 5, 15 min)";
        TapReport result = new TapReport(new TapReport.Context(commandLine(), Host.describe(), tapUrl, version,
                benchmarks.baseline(), load, warmups, runs, fits), results);
        log.println();
        result.print(log);
        result.writeTo(file);
        log.println("updated " + file);
        return 0;
    }

    /** {@code --sky}: the sky view's frames, hit test and STILTS on synthetic footprints. */
    private int sky(PrintWriter log, Path root, int warmups, int runs, Path file) throws Exception {
        Path work = out != null ? out : root.resolve("build/sky-benchmark");
        Files.createDirectories(work);
        StiltsShell shell = new StiltsShell(stilts, null);
        String version = shell.version();
        String loadBefore = Host.loadAverage();
        log.printf("timing the sky view (%d warm-up + %d timed runs each; load average %s):%n", warmups, runs, loadBefore);
        List<SkyMeasurement> results = new ArrayList<>();
        SkyBenchmarks bench = new SkyBenchmarks(warmups, runs, log, work, shell);
        for (int n : skySizes) {
            if (n < 1) {
                throw new IllegalArgumentException("--sky-sizes takes positive footprint counts");
            }
            results.addAll(bench.run(n));
        }
        String load = loadBefore + " before the timing, " + Host.loadAverage() + " after (1, 5, 15 min)";
        SkyReport result = new SkyReport(new SkyReport.Context(commandLine(), Host.describe(), version, load, warmups, runs),
                results);
        log.println();
        result.print(log);
        result.writeTo(file);
        log.println("updated " + file);
        return 0;
    }

    /** How this run was invoked, for the report. */
    private String commandLine() {
        return "java -jar app/target/butler-browser.jar " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
    }
}
