package org.lsst.butlerbrowser.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lsst.butlerbrowser.model.registry.DimensionRecord;
import org.lsst.butlerbrowser.model.registry.Registry;
import org.lsst.butlerbrowser.model.registry.ResultCursor;
import org.lsst.butlerbrowser.model.region.Region;
import org.lsst.butlerbrowser.model.time.Timespan;
import org.lsst.butlerbrowser.model.universe.DimensionElement;
import org.lsst.butlerbrowser.model.universe.FieldSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "query-dimension-records",
        description = "List the records of a dimension element, as butler query-dimension-records does.")
final class QueryDimensionRecordsCommand extends RegistryCommand {

    @Parameters(index = "1", paramLabel = "ELEMENT", description = "A dimension element of the registry's universe.")
    String element;

    @Mixin
    WhereOptions where;

    @Mixin
    LimitOption limit;

    @Override
    void run(Registry registry, PrintWriter out) throws IOException {
        DimensionElement e = registry.universe().element(element);
        List<String> fields = e.viewOf() != null ? List.of(e.primaryKey().name()) : e.recordFields();
        try (ResultCursor<DimensionRecord> rows = registry.queryDimensionRecords(element, where.clause(), limit.rows())) {
            rows.hasNext(); // run the query before printing anything, so a failure leaves no partial output
            switch (common.format) {
                case TEXT -> {
                    List<String> headers = fields.stream()
                            .map(f -> f.equals(DimensionElement.TIMESPAN) ? "timespan (TAI)" : f).toList();
                    TextTable table = new TextTable(headers);
                    while (rows.hasNext()) {
                        DimensionRecord r = rows.next();
                        List<Object> row = new ArrayList<>();
                        for (String f : fields) {
                            row.add(isHash(e, f) && r.get(f) != null ? Values.hash((String) r.get(f)) : r.get(f));
                        }
                        table.add(row);
                    }
                    table.print(out);
                }
                case CSV -> {
                    CsvWriter csv = new CsvWriter(out);
                    List<Object> header = new ArrayList<>();
                    for (String f : fields) {
                        if (f.equals(DimensionElement.TIMESPAN)) {
                            header.addAll(List.of("timespan_begin_tai", "timespan_end_tai"));
                        } else {
                            header.add(f);
                        }
                    }
                    csv.row(header);
                    while (rows.hasNext()) {
                        DimensionRecord r = rows.next();
                        List<Object> row = new ArrayList<>();
                        for (String f : fields) {
                            Object v = r.get(f);
                            if (v instanceof Timespan t) {
                                row.addAll(List.of(t.beginTaiIso() == null ? "" : t.beginTaiIso(),
                                        t.endTaiIso() == null ? "" : t.endTaiIso()));
                            } else if (f.equals(DimensionElement.TIMESPAN)) {
                                row.addAll(java.util.Arrays.asList(null, null));
                            } else if (v instanceof Region region) {
                                row.add(org.lsst.butlerbrowser.model.region.StcsFormatter.format(region));
                            } else {
                                row.add(v);
                            }
                        }
                        csv.row(row);
                    }
                }
                case JSON -> {
                    try (JsonGenerator g = json(out)) {
                        g.writeStartObject();
                        g.writeStringField("element", element);
                        g.writeArrayFieldStart("records");
                        while (rows.hasNext()) {
                            DimensionRecord r = rows.next();
                            g.writeStartObject();
                            for (Map.Entry<String, Object> f : r.fields().entrySet()) {
                                if (isHash(e, f.getKey()) && f.getValue() != null) {
                                    g.writeObjectFieldStart(f.getKey());
                                    g.writeStringField("hex", Values.hash((String) f.getValue()).substring(2));
                                    g.writeStringField("base64", (String) f.getValue());
                                    g.writeEndObject();
                                } else {
                                    JsonValues.field(g, f.getKey(), f.getValue());
                                }
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

    private static boolean isHash(DimensionElement e, String field) {
        return e.field(field).map(FieldSpec::type).filter("hash"::equals).isPresent();
    }
}
