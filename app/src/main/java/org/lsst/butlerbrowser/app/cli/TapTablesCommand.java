package org.lsst.butlerbrowser.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.lsst.butlerbrowser.model.tap.TableSet;
import org.lsst.butlerbrowser.model.tap.TapColumn;
import org.lsst.butlerbrowser.model.tap.TapSchema;
import org.lsst.butlerbrowser.model.tap.TapTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "tap-tables", mixinStandardHelpOptions = true, description = "List the schemas, tables and columns a TAP service serves.")
final class TapTablesCommand implements Callable<Integer> {

    private static final int DESCRIPTION_WIDTH = 70;

    @Mixin
    TapQueryCommand.Service service;

    @Mixin
    CommonOptions common;

    @Option(names = "--columns", description = "In text, list every column instead of one line per table.")
    boolean columns;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        TableSet tables = service.open(Cli.environment(spec)).tables();
        PrintWriter out = spec.commandLine().getOut();
        switch (common.format) {
            case TEXT -> text(tables, out);
            case CSV -> csv(tables, out);
            case JSON -> json(tables, out);
        }
        out.flush();
        return 0;
    }

    private void text(TableSet tables, PrintWriter out) {
        TextTable t = columns
                ? new TextTable(List.of("table", "column", "datatype", "arraysize", "xtype", "unit", "ucd"))
                : new TextTable(List.of("table", "type", "columns", "description"));
        for (TapTable table : tables.tables()) {
            if (columns) {
                for (TapColumn c : table.columns()) {
                    t.add(blanksForNulls(table.name(), c.name(), c.datatype(), c.arraysize(), c.xtype(), c.unit(), c.ucd()));
                }
            } else {
                t.add(List.of(table.name(), table.type() == null ? "" : table.type(), (long) table.columns().size(),
                        firstLine(table.description())));
            }
        }
        t.print(out);
    }

    private static List<Object> blanksForNulls(String... values) {
        List<Object> out = new ArrayList<>();
        for (String v : values) {
            out.add(v == null ? "" : v);
        }
        return out;
    }

    private static String firstLine(String description) {
        if (description == null) {
            return "";
        }
        String s = description.strip().replaceAll("\\s+", " ");
        return s.length() > DESCRIPTION_WIDTH ? s.substring(0, DESCRIPTION_WIDTH - 3) + "..." : s;
    }

    private static void csv(TableSet tables, PrintWriter out) {
        CsvWriter csv = new CsvWriter(out);
        csv.row(List.of("schema", "table", "column", "datatype", "arraysize", "xtype", "unit", "ucd", "utype",
                "principal", "indexed", "std", "description"));
        for (TapSchema s : tables.schemas()) {
            for (TapTable t : s.tables()) {
                for (TapColumn c : t.columns()) {
                    csv.row(Arrays.asList(s.name(), t.name(), c.name(), c.datatype(), c.arraysize(), c.xtype(),
                            c.unit(), c.ucd(), c.utype(), c.principal(), c.indexed(), c.std(), c.description()));
                }
            }
        }
    }

    private static void json(TableSet tables, PrintWriter out) throws IOException {
        try (JsonGenerator g = RegistryCommand.json(out)) {
            g.writeStartObject();
            g.writeStringField("source", tables.source());
            g.writeArrayFieldStart("schemas");
            for (TapSchema s : tables.schemas()) {
                g.writeStartObject();
                JsonValues.field(g, "name", s.name());
                JsonValues.field(g, "description", s.description());
                g.writeArrayFieldStart("tables");
                for (TapTable t : s.tables()) {
                    g.writeStartObject();
                    g.writeStringField("name", t.name());
                    JsonValues.field(g, "type", t.type());
                    JsonValues.field(g, "description", t.description());
                    g.writeArrayFieldStart("columns");
                    for (TapColumn c : t.columns()) {
                        g.writeStartObject();
                        JsonValues.tapColumnFields(g, c);
                        JsonValues.field(g, "utype", c.utype());
                        JsonValues.field(g, "description", c.description());
                        g.writeBooleanField("principal", c.principal());
                        g.writeBooleanField("indexed", c.indexed());
                        g.writeBooleanField("std", c.std());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.println();
    }
}
