package org.lsst.butlerbrowser.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lsst.butlerbrowser.model.registry.DatasetQuery;
import org.lsst.butlerbrowser.model.registry.DatasetRef;
import org.lsst.butlerbrowser.model.registry.DatasetType;
import org.lsst.butlerbrowser.model.registry.Registry;
import org.lsst.butlerbrowser.model.registry.ResultCursor;
import org.lsst.butlerbrowser.model.repo.SqliteRepo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query-datasets", description = "List datasets, as butler query-datasets does.")
final class QueryDatasetsCommand extends RegistryCommand {

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "DATASET_TYPE",
            description = "Dataset type names or glob patterns ('*' for all).")
    List<String> datasetTypes;

    @Option(names = "--collections", paramLabel = "COLLECTION", split = ",", required = true, arity = "1..*",
            description = "Collections to search, in order (names, or globs without --find-first).")
    List<String> collections;

    @Option(names = "--find-first", description = "For each data ID, only the dataset from the first collection holding one.")
    boolean findFirst;

    @Option(names = "--show-uri", description = "Also show where the datastore keeps each dataset's file.")
    boolean showUri;

    @Mixin
    WhereOptions where;

    @Mixin
    LimitOption limit;

    @Override
    void run(Registry registry, PrintWriter out) throws IOException {
        DatasetQuery query = new DatasetQuery(datasetTypes, collections, findFirst, where.clause(), limit.rows());
        try (ResultCursor<DatasetRef> rows = registry.queryDatasets(query)) {
            rows.hasNext(); // run the query before printing anything, so a failure leaves no partial output
            switch (common.format) {
                case TEXT -> text(registry, rows, out);
                case CSV -> csv(registry, rows, out);
                case JSON -> json(registry, rows, out);
            }
            limit.warnIfTruncated(rows, spec.commandLine().getErr());
        }
    }

    /** The butler's column order: required data ID keys, then implied ones. */
    private static List<String> keyColumns(DatasetType type) {
        List<String> keys = new ArrayList<>(type.required());
        keys.addAll(type.implied());
        return keys;
    }

    /** One table per dataset type, like the butler prints them. */
    private void text(Registry registry, ResultCursor<DatasetRef> rows, PrintWriter out) {
        Map<String, TextTable> tables = new LinkedHashMap<>();
        List<DatasetRef> refs = rows.take(Integer.MAX_VALUE);
        Map<java.util.UUID, List<String>> uris = showUri ? uris(registry, refs) : Map.of();
        for (DatasetRef ref : refs) {
            DatasetType type = registry.datasetType(ref.datasetType());
            TextTable table = tables.computeIfAbsent(type.name(), n -> {
                List<String> headers = new ArrayList<>(List.of("type", "run", "id"));
                headers.addAll(keyColumns(type));
                if (type.isCalibration()) {
                    headers.add("valid (TAI)");
                }
                if (showUri) {
                    headers.add("URI");
                }
                return new TextTable(headers);
            });
            List<Object> row = new ArrayList<>(List.of(ref.datasetType(), ref.run(), ref.id().toString()));
            keyColumns(type).forEach(k -> row.add(ref.dataId().get(k)));
            if (type.isCalibration()) {
                row.add(ref.validity() == null ? "" : ref.validity().toCliString());
            }
            if (showUri) {
                row.add(String.join(" ", uris.getOrDefault(ref.id(), List.of())));
            }
            table.add(row);
        }
        boolean first = true;
        for (TextTable t : tables.values()) {
            if (!first) {
                out.println();
            }
            t.print(out);
            first = false;
        }
    }

    /** file:// URIs under the repo root for datastore paths that are not URIs already. */
    private Map<java.util.UUID, List<String>> uris(Registry registry, List<DatasetRef> refs) {
        java.nio.file.Path root = location instanceof SqliteRepo s && s.butlerRoot() != null ? s.butlerRoot() : null;
        Map<java.util.UUID, List<String>> uris = new LinkedHashMap<>();
        registry.datastorePaths(refs.stream().map(DatasetRef::id).toList()).forEach((id, paths) ->
                uris.put(id, paths.stream().map(p -> p.contains("://") || root == null ? p
                        : root.resolve(p).toUri().toString()).toList()));
        return uris;
    }

    private void csv(Registry registry, ResultCursor<DatasetRef> rows, PrintWriter out) {
        CsvWriter csv = new CsvWriter(out);
        String current = null;
        while (rows.hasNext()) {
            DatasetRef ref = rows.next();
            DatasetType type = registry.datasetType(ref.datasetType());
            if (!type.name().equals(current)) {
                if (current != null) {
                    out.print("\r\n");
                }
                List<Object> header = new ArrayList<>(List.of("type", "run", "id"));
                header.addAll(keyColumns(type));
                header.addAll(List.of("valid_begin_tai", "valid_end_tai"));
                csv.row(header);
                current = type.name();
            }
            List<Object> row = new ArrayList<>(List.of(ref.datasetType(), ref.run(), ref.id().toString()));
            keyColumns(type).forEach(k -> row.add(ref.dataId().get(k)));
            row.add(ref.validity() == null ? null : ref.validity().beginTaiIso());
            row.add(ref.validity() == null ? null : ref.validity().endTaiIso());
            csv.row(row);
        }
    }

    private void json(Registry registry, ResultCursor<DatasetRef> rows, PrintWriter out) throws IOException {
        try (JsonGenerator g = json(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("datasets");
            while (rows.hasNext()) {
                DatasetRef ref = rows.next();
                DatasetType type = registry.datasetType(ref.datasetType());
                g.writeStartObject();
                g.writeStringField("uuid", ref.id().toString());
                g.writeStringField("dataset_type", ref.datasetType());
                g.writeStringField("run", ref.run());
                g.writeObjectFieldStart("data_id");
                for (String d : type.required()) {
                    JsonValues.field(g, d, ref.dataId().get(d));
                }
                g.writeEndObject();
                g.writeObjectFieldStart("data_id_full");
                for (String d : keyColumns(type)) {
                    JsonValues.field(g, d, ref.dataId().get(d));
                }
                g.writeEndObject();
                if (ref.validity() != null) {
                    JsonValues.field(g, "timespan", ref.validity());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.println();
    }
}
