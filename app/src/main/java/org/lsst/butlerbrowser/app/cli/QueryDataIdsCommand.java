package org.lsst.butlerbrowser.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.lsst.butlerbrowser.model.registry.DataId;
import org.lsst.butlerbrowser.model.registry.Registry;
import org.lsst.butlerbrowser.model.registry.ResultCursor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query-data-ids", description = "List data IDs of some dimensions, as butler query-data-ids does.")
final class QueryDataIdsCommand extends RegistryCommand {

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "DIMENSION", description = "Dimensions of the data IDs.")
    List<String> dimensions;

    @Option(names = "--datasets", paramLabel = "DATASET_TYPE",
            description = "Only data IDs that datasets of this type have (needs --collections).")
    String datasetType;

    @Option(names = "--collections", paramLabel = "COLLECTION", split = ",", arity = "1..*",
            description = "Collections searched for --datasets.")
    List<String> collections = new ArrayList<>();

    @Mixin
    WhereOptions where;

    @Mixin
    LimitOption limit;

    @Override
    void run(Registry registry, PrintWriter out) throws IOException {
        if (datasetType != null && collections.isEmpty()) {
            throw new IllegalArgumentException("--datasets needs --collections");
        }
        try (ResultCursor<DataId> rows = registry.queryDataIds(dimensions, datasetType, collections, where.clause(),
                limit.rows())) {
            List<DataId> ids = rows.take(Integer.MAX_VALUE);
            List<String> columns = ids.isEmpty() ? dimensions : List.copyOf(ids.get(0).values().keySet());
            switch (common.format) {
                case TEXT -> {
                    TextTable table = new TextTable(columns);
                    ids.forEach(id -> table.add(new ArrayList<>(id.values().values())));
                    table.print(out);
                }
                case CSV -> {
                    CsvWriter csv = new CsvWriter(out);
                    csv.row(columns);
                    ids.forEach(id -> csv.row(new ArrayList<>(id.values().values())));
                }
                case JSON -> {
                    try (JsonGenerator g = json(out)) {
                        g.writeStartObject();
                        g.writeArrayFieldStart("data_ids");
                        for (DataId id : ids) {
                            g.writeStartObject();
                            for (var e : id.values().entrySet()) {
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
