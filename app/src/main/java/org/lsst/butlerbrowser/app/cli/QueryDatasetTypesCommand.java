package org.lsst.butlerbrowser.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.lsst.butlerbrowser.model.registry.NamePattern;
import org.lsst.butlerbrowser.model.registry.DatasetType;
import org.lsst.butlerbrowser.model.registry.Registry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query-dataset-types", description = "List dataset types, as butler query-dataset-types does.")
final class QueryDatasetTypesCommand extends RegistryCommand {

    @Parameters(index = "1..*", paramLabel = "GLOB", description = "Dataset type names or glob patterns.")
    List<String> globs = new ArrayList<>();

    @Option(names = "--verbose", description = "Also show dimensions and storage class.")
    boolean verbose;

    @Override
    void run(Registry registry, PrintWriter out) throws IOException {
        List<NamePattern> patterns = globs.stream().map(NamePattern::new).toList();
        List<DatasetType> types = registry.datasetTypes().stream()
                .filter(t -> patterns.isEmpty() || patterns.stream().anyMatch(p -> p.matches(t.name())))
                .toList();
        switch (common.format) {
            case TEXT -> {
                TextTable table = new TextTable(verbose ? List.of("name", "dimensions", "storage class") : List.of("name"));
                for (DatasetType t : types) {
                    table.add(verbose ? List.of(t.name(), pythonList(t.dimensions()), t.storageClass()) : List.of(t.name()));
                }
                table.print(out);
            }
            case CSV -> {
                CsvWriter csv = new CsvWriter(out);
                csv.row(List.of("name", "dimensions", "storage_class", "is_calibration"));
                for (DatasetType t : types) {
                    csv.row(List.of(t.name(), String.join(" ", t.dimensions()), t.storageClass(), t.isCalibration()));
                }
            }
            case JSON -> {
                try (JsonGenerator g = json(out)) {
                    g.writeStartObject();
                    g.writeArrayFieldStart("dataset_types");
                    for (DatasetType t : types) {
                        g.writeStartObject();
                        g.writeStringField("name", t.name());
                        g.writeArrayFieldStart("dimensions");
                        for (String d : t.dimensions()) {
                            g.writeString(d);
                        }
                        g.writeEndArray();
                        g.writeStringField("storage_class", t.storageClass());
                        g.writeBooleanField("is_calibration", t.isCalibration());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                out.println();
            }
        }
    }

    static String pythonList(List<String> names) {
        return names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", ", "[", "]"));
    }
}
