package org.lsst.butlerbrowser.app.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.lsst.butlerbrowser.model.registry.Registry;
import org.lsst.butlerbrowser.model.repo.RepoLocation;
import org.lsst.butlerbrowser.model.repo.RepoResolver;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** A subcommand that opens one registry (REPO), answers, and closes it. */
abstract class RegistryCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "REPO",
            description = "Repo directory, butler.yaml, SQLite file, repository-index label, or postgresql:// URL.")
    String repo;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    /** Where REPO led, once resolved. */
    RepoLocation location;

    @Override
    public final Integer call() throws Exception {
        location = new RepoResolver(Cli.environment(spec)).resolve(repo);
        try (Registry registry = Registry.open(location)) {
            PrintWriter out = spec.commandLine().getOut();
            run(registry, out);
            out.flush();
        }
        return 0;
    }

    abstract void run(Registry registry, PrintWriter out) throws IOException;

    static JsonGenerator json(PrintWriter out) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(new NonClosingWriter(out));
        g.useDefaultPrettyPrinter();
        return g;
    }

    /** Jackson closes its target when done; the command's writer must stay open. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(PrintWriter out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
