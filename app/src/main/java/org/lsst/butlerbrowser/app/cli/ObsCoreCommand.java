package org.lsst.butlerbrowser.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.lsst.butlerbrowser.model.obscore.ObsCoreRow;
import org.lsst.butlerbrowser.model.registry.Registry;
import org.lsst.butlerbrowser.model.registry.ResultCursor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "obscore", description = "List the rows of the registry's ObsCore table.")
final class ObsCoreCommand extends RegistryCommand {

    @Mixin
    LimitOption limit;

    @Override
    void run(Registry registry, PrintWriter out) throws IOException {
        try (ResultCursor<ObsCoreRow> rows = registry.queryObsCore(limit.rows())) {
            rows.hasNext(); // run the query before printing anything, so a failure leaves no partial output
            switch (common.format) {
                case TEXT -> {
                    TextTable table = null;
                    while (rows.hasNext()) {
                        ObsCoreRow r = rows.next();
                        if (table == null) {
                            table = new TextTable(new ArrayList<>(r.values().keySet()));
                        }
                        table.add(new ArrayList<>(r.values().values()));
                    }
                    if (table != null) {
                        table.print(out);
                    }
                }
                case CSV -> {
                    CsvWriter csv = new CsvWriter(out);
                    boolean header = true;
                    while (rows.hasNext()) {
                        ObsCoreRow r = rows.next();
                        if (header) {
                            csv.row(List.copyOf(r.values().keySet()));
                            header = false;
                        }
                        csv.row(new ArrayList<>(r.values().values()));
                    }
                }
                case JSON -> {
                    try (JsonGenerator g = json(out)) {
                        g.writeStartObject();
                        g.writeArrayFieldStart("rows");
                        while (rows.hasNext()) {
                            g.writeStartObject();
                            for (var e : rows.next().values().entrySet()) {
                                JsonValues.field(g, e.getKey(), e.getValue());
                            }
                            g.writeEndObject();
                        }
                        g.writeEndArray();
                        g.writeEndObject();
                    }
                    out.println();
                }
            }
            limit.warnIfTruncated(rows, spec.commandLine().getErr());
        }
    }
}
