package org.lsst.butlerbrowser.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.lsst.butlerbrowser.model.repo.Environment;
import org.lsst.butlerbrowser.model.table.ColumnInfo;
import org.lsst.butlerbrowser.model.table.ResultTable;
import org.lsst.butlerbrowser.model.tap.Cancellation;
import org.lsst.butlerbrowser.model.tap.TapProgress;
import org.lsst.butlerbrowser.model.tap.TapQuery;
import org.lsst.butlerbrowser.model.tap.TapResult;
import org.lsst.butlerbrowser.model.tap.TapService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.ac.starlink.votable.DataFormat;
import uk.ac.starlink.votable.VOTableWriter;

@Command(name = "tap-query", mixinStandardHelpOptions = true, description = "Run an ADQL query on a TAP service and print the result.")
final class TapQueryCommand implements Callable<Integer> {

    /** How a command reaches a TAP service: its URL and, when it needs one, a token. */
    static final class Service {

        @Parameters(index = "0", paramLabel = "URL", description = "The TAP service's base URL, e.g. https://data.lsst.cloud/api/tap")
        String url;

        @Mixin
        TapAuthOptions auth;

        TapService open(Environment environment) {
            return auth.open(url, environment);
        }
    }

    enum Format {
        TEXT, JSON, CSV, VOTABLE
    }

    @Mixin
    Service service;

    @Parameters(index = "1", paramLabel = "ADQL", description = "The query, e.g. \"SELECT TOP 10 * FROM ivoa.ObsCore\".")
    String adql;

    @Option(names = "--async", description = "Run the query as an asynchronous job (for long queries).")
    boolean async;

    @Option(names = "--maxrec", paramLabel = "N", description = "At most N rows (default: the service's limit).")
    Long maxrec;

    @Option(names = "--format", paramLabel = "text|json|csv|votable", defaultValue = "text",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the result to this file instead of the standard output.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (maxrec != null && maxrec < 0) {
            throw new IllegalArgumentException("--maxrec must be 0 or more");
        }
        TapService tap = service.open(Cli.environment(spec));
        TapQuery query = TapQuery.adql(adql).withMaxrec(maxrec == null ? -1 : maxrec);
        TapResult result = run(tap, query);
        if (out == null) {
            write(result, spec.commandLine().getOut());
        } else {
            try (PrintWriter file = new PrintWriter(new BufferedWriter(new OutputStreamWriter(
                    Files.newOutputStream(Cli.environment(spec).workingDirectory().resolve(out)), StandardCharsets.UTF_8)))) {
                write(result, file);
            }
        }
        result.warning().ifPresent(w -> spec.commandLine().getErr().println("warning: " + w));
        return 0;
    }

    /** Runs the query; Ctrl-C cancels it, which also aborts and deletes an async job. */
    private TapResult run(TapService tap, TapQuery query) {
        Cancellation cancellation = new Cancellation();
        CountDownLatch finished = new CountDownLatch(1);
        Thread onInterrupt = new Thread(() -> {
            cancellation.cancel();
            try {
                finished.await(10, TimeUnit.SECONDS); // let the job be aborted and deleted
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "tap-query-cancel");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        try {
            return async ? tap.queryAsync(query, TapProgress.NONE, cancellation)
                    : tap.query(query, TapProgress.NONE, cancellation);
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException e) {
                // already shutting down: the hook is running
            }
        }
    }

    private void write(TapResult result, PrintWriter to) throws IOException {
        ResultTable table = result.table();
        List<String> names = table.columns().stream().map(ColumnInfo::name).toList();
        switch (format) {
            case TEXT -> {
                TextTable text = new TextTable(names);
                forEachRow(table, row -> text.add(textCells(row)));
                text.print(to);
            }
            case CSV -> {
                CsvWriter csv = new CsvWriter(to);
                csv.row(names);
                forEachRow(table, row -> csv.row(textCells(row)));
            }
            case JSON -> json(result, to);
            case VOTABLE -> {
                BufferedWriter writer = new BufferedWriter(to);
                new VOTableWriter(DataFormat.TABLEDATA, true).writeInlineStarTable(table.asStarTable(), writer);
                writer.flush();
            }
        }
        to.flush();
    }

    private interface RowAction {
        void accept(Object[] row) throws IOException;
    }

    private static void forEachRow(ResultTable table, RowAction action) throws IOException {
        try (var rows = table.open()) {
            while (rows.hasNext()) {
                action.accept(rows.next());
            }
        }
    }

    /** Cells as text and CSV show them: arrays (DALI geometry) as their numbers separated by blanks. */
    private static List<Object> textCells(Object[] row) {
        List<Object> cells = new ArrayList<>(row.length);
        for (Object v : row) {
            cells.add(v != null && v.getClass().isArray() ? arrayText(v) : v);
        }
        return cells;
    }

    private static String arrayText(Object array) {
        StringJoiner j = new StringJoiner(" ");
        for (int i = 0; i < Array.getLength(array); i++) {
            Object e = Array.get(array, i);
            j.add(e instanceof Double d ? Values.python(d) : String.valueOf(e));
        }
        return j.toString();
    }

    private static void json(TapResult result, PrintWriter to) throws IOException {
        ResultTable table = result.table();
        try (JsonGenerator g = RegistryCommand.json(to)) {
            g.writeStartObject();
            g.writeArrayFieldStart("columns");
            for (var c : result.columns()) {
                g.writeStartObject();
                JsonValues.tapColumnFields(g, c);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("rows");
            forEachRow(table, row -> {
                g.writeStartObject();
                for (int c = 0; c < row.length; c++) {
                    g.writeFieldName(table.columns().get(c).name());
                    jsonCell(g, row[c]);
                }
                g.writeEndObject();
            });
            g.writeEndArray();
            JsonValues.field(g, "warning", result.warning().orElse(null));
            g.writeEndObject();
        }
        to.println();
    }

    /** Numbers of every width as numbers, NaN as null (JSON has no NaN), arrays as arrays. */
    private static void jsonCell(JsonGenerator g, Object v) throws IOException {
        if (v instanceof Float f) {
            if (f.isNaN() || f.isInfinite()) {
                g.writeNull();
            } else {
                g.writeNumber(f);
            }
        } else if (v instanceof Double d && (d.isNaN() || d.isInfinite())) {
            g.writeNull();
        } else if (v instanceof Short || v instanceof Byte) {
            g.writeNumber(((Number) v).intValue());
        } else if (v != null && v.getClass().isArray()) {
            g.writeStartArray();
            for (int i = 0; i < Array.getLength(v); i++) {
                jsonCell(g, Array.get(v, i));
            }
            g.writeEndArray();
        } else {
            JsonValues.value(g, v);
        }
    }
}
