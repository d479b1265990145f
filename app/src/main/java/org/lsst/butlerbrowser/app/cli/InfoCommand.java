package org.lsst.butlerbrowser.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.lsst.butlerbrowser.model.registry.ManagerVersion;
import org.lsst.butlerbrowser.model.registry.Registry;
import picocli.CommandLine.Command;

@Command(name = "info", description = "Backend, universe, managers and table row counts of a registry.")
final class InfoCommand extends RegistryCommand {

    @Override
    void run(Registry registry, PrintWriter out) throws IOException {
        Map<String, Long> counts = registry.tableRowCounts();
        List<ManagerVersion> managers = registry.attributes().managers();
        String schema = registry.schema() == null ? "" : registry.schema();
        switch (common.format) {
            case TEXT -> {
                out.println("backend:   " + registry.backend().label());
                out.println("database:  " + registry.description());
                out.println("namespace: " + (schema.isEmpty() ? "(none)" : schema));
                out.println("universe:  " + registry.universe().namespace() + " version " + registry.universe().version());
                out.println();
                TextTable m = new TextTable(List.of("manager", "class", "version"));
                managers.forEach(x -> m.add(List.of(x.kind(), x.className(), x.version())));
                m.print(out);
                out.println();
                TextTable t = new TextTable(List.of("table", "rows"));
                counts.forEach((k, v) -> t.add(List.of(k, v)));
                t.print(out);
            }
            case CSV -> {
                CsvWriter csv = new CsvWriter(out);
                csv.row(List.of("table", "rows"));
                counts.forEach((k, v) -> csv.row(List.of(k, v)));
            }
            case JSON -> {
                try (JsonGenerator g = json(out)) {
                    g.writeStartObject();
                    g.writeStringField("backend", registry.backend().label());
                    g.writeStringField("database", registry.description());
                    g.writeStringField("namespace", registry.schema());
                    g.writeObjectFieldStart("universe");
                    g.writeStringField("namespace", registry.universe().namespace());
                    g.writeNumberField("version", registry.universe().version());
                    g.writeEndObject();
                    g.writeArrayFieldStart("managers");
                    for (ManagerVersion x : managers) {
                        g.writeStartObject();
                        g.writeStringField("kind", x.kind());
                        g.writeStringField("class", x.className());
                        g.writeStringField("version", x.version());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeObjectFieldStart("tables");
                    for (var e : counts.entrySet()) {
                        g.writeNumberField(e.getKey(), e.getValue());
                    }
                    g.writeEndObject();
                    g.writeEndObject();
                }
                out.println();
            }
        }
    }
}
