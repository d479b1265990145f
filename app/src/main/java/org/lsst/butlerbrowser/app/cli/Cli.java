package org.lsst.butlerbrowser.app.cli;

import java.io.PrintWriter;
import org.lsst.butlerbrowser.app.bench.BenchmarkCommand;
import org.lsst.butlerbrowser.model.repo.Environment;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The headless command line: {@code butler-browser SUBCOMMAND ...}. Errors are one line on
 * stderr and exit status 2; {@code --debug} adds the stack trace.
 */
@Command(name = "butler-browser", mixinStandardHelpOptions = true, version = "Butler Browser 0.1",
        description = "Read Butler registries (SQLite or PostgreSQL) without daf_butler.",
        subcommands = {InfoCommand.class, QueryCollectionsCommand.class, QueryDatasetTypesCommand.class,
                QueryDatasetsCommand.class, QueryDimensionRecordsCommand.class, QueryDataIdsCommand.class,
                ObsCoreCommand.class, TapQueryCommand.class, TapTablesCommand.class, RenderSkyCommand.class,
                BenchmarkCommand.class})
public final class Cli {

    public static final int ERROR_EXIT = 2;

    @Option(names = "--debug", description = "On error, print the stack trace too.", scope = CommandLine.ScopeType.INHERIT)
    boolean debug;

    private final Environment environment;

    private Cli(Environment environment) {
        this.environment = environment;
    }

    /** Runs a command line; returns its exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Environment environment) {
        CommandLine cl = new CommandLine(new Cli(environment));
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("butler-browser: error: " + message(e));
            if (containsDebug(args)) {
                e.printStackTrace(err);
            }
            err.flush();
            return ERROR_EXIT;
        });
        cl.setParameterExceptionHandler((e, a) -> {
            err.println("butler-browser: " + e.getMessage());
            err.println("Try 'butler-browser " + e.getCommandLine().getCommandName() + " --help'.");
            err.flush();
            return ERROR_EXIT;
        });
        int status = cl.execute(args);
        out.flush();
        return status;
    }

    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), Environment.system());
    }

    private static boolean containsDebug(String[] args) {
        for (String a : args) {
            if (a.equals("--debug")) {
                return true;
            }
        }
        return false;
    }

    /** The exception's own sentence; for an expression error also where it points. */
    private static String message(Exception e) {
        if (e instanceof org.lsst.butlerbrowser.model.query.ExpressionException x) {
            return "in --where: " + x.oneLine();
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    static Environment environment(CommandSpec spec) {
        return ((Cli) spec.root().userObject()).environment;
    }
}
