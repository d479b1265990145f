package org.lsst.butlerbrowser.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.lsst.butlerbrowser.model.registry.Collection;
import org.lsst.butlerbrowser.model.registry.NamePattern;
import org.lsst.butlerbrowser.model.registry.CollectionGraph;
import org.lsst.butlerbrowser.model.registry.CollectionType;
import org.lsst.butlerbrowser.model.registry.Registry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query-collections", description = "List collections, as butler query-collections does.")
final class QueryCollectionsCommand extends RegistryCommand {

    enum Chains { TABLE, TREE, INVERSE_TREE, FLATTEN, NO_CHILDREN }

    @Parameters(index = "1..*", paramLabel = "GLOB", description = "Collection names or glob patterns.")
    List<String> globs = new ArrayList<>();

    @Option(names = "--chains", paramLabel = "MODE", defaultValue = "TREE", converter = ChainsConverter.class,
            description = "TABLE, TREE, INVERSE-TREE, FLATTEN or NO-CHILDREN (default: TREE).")
    Chains chains;

    @Option(names = "--collection-type", paramLabel = "TYPE", split = ",",
            description = "Only collections of these types (RUN, TAGGED, CHAINED, CALIBRATION).")
    List<CollectionType> types = new ArrayList<>();

    @Option(names = "--show-dataset-types", description = "Also list the dataset types each collection may hold.")
    boolean showDatasetTypes;

    @Option(names = "--exclude-dataset-types", paramLabel = "GLOB", split = ",",
            defaultValue = "*_config,*_log,*_metadata,packages",
            description = "Dataset types left out of --show-dataset-types, as in the butler (default: ${DEFAULT-VALUE}).")
    List<String> excludedTypes = new ArrayList<>();

    @Override
    void run(Registry registry, PrintWriter out) throws IOException {
        CollectionGraph graph = registry.collections();
        Set<CollectionType> wanted = types.isEmpty() ? EnumSet.allOf(CollectionType.class) : EnumSet.copyOf(types);
        List<Collection> matching = graph.matching(globs, c -> wanted.contains(c.type()));
        if (chains == Chains.FLATTEN) {
            matching = graph.flattenAll(matching.stream().map(Collection::name).toList(), false);
        }
        switch (common.format) {
            case JSON -> json(matching, out);
            case CSV -> csv(matching, out);
            case TEXT -> text(registry, matching, out);
        }
    }

    private void text(Registry registry, List<Collection> matching, PrintWriter out) {
        CollectionGraph graph = registry.collections();
        List<String> headers = new ArrayList<>(List.of("Name", "Type"));
        if (chains == Chains.TABLE) {
            headers.add("Children");
        }
        if (showDatasetTypes) {
            headers.add("Dataset Types");
        }
        TextTable table = new TextTable(headers);
        for (Collection c : matching) {
            switch (chains) {
                case TABLE -> tableRows(registry, c, table);
                case TREE -> tree(registry, c, 0, new LinkedHashSet<>(), table, false);
                case INVERSE_TREE -> tree(registry, c, 0, new LinkedHashSet<>(), table, true);
                case FLATTEN, NO_CHILDREN -> addRow(registry, table, new TextTable.Cell(c.name()), c, null);
            }
        }
        table.print(out);
        if (chains == Chains.TREE || chains == Chains.INVERSE_TREE) {
            for (String cycle : graph.cycles()) {
                spec.commandLine().getErr().println("warning: collection chain " + cycle + " contains itself");
            }
        }
    }

    private void tableRows(Registry registry, Collection c, TextTable table) {
        List<String> children = c.children();
        if (children.isEmpty()) {
            addRow(registry, table, new TextTable.Cell(c.name()), c, "");
            return;
        }
        for (int i = 0; i < children.size(); i++) {
            String child = children.get(i);
            Collection childCollection = registry.collections().get(child);
            List<Object> row = new ArrayList<>();
            row.add(new TextTable.Cell(i == 0 ? c.name() : ""));
            row.add(new TextTable.Cell(i == 0 ? c.type().name() : ""));
            row.add(new TextTable.Cell(child));
            if (showDatasetTypes) {
                addTypeRows(registry, childCollection, row, table);
            } else {
                table.add(row);
            }
        }
    }

    private void tree(Registry registry, Collection c, int depth, Set<String> path, TextTable table, boolean inverse) {
        addRow(registry, table, new TextTable.Cell("  ".repeat(depth) + c.name()), c, null);
        if (!path.add(c.name())) {
            return; // a cycle: shown once, not followed
        }
        List<String> next = inverse ? registry.collections().parents(c.name()) : c.children();
        for (String n : next) {
            tree(registry, registry.collections().get(n), depth + 1, path, table, inverse);
        }
        path.remove(c.name());
    }

    private void addRow(Registry registry, TextTable table, TextTable.Cell name, Collection c, String children) {
        List<Object> row = new ArrayList<>(List.of(name, new TextTable.Cell(c.type().name())));
        if (children != null) {
            row.add(new TextTable.Cell(children));
        }
        if (showDatasetTypes) {
            addTypeRows(registry, c, row, table);
        } else {
            table.add(row);
        }
    }

    /** The dataset types column holds one type per line, continuing on rows of their own. */
    private void addTypeRows(Registry registry, Collection c, List<Object> first, TextTable table) {
        List<NamePattern> excluded = excludedTypes.stream().map(NamePattern::new).toList();
        List<String> typeNames = registry.summaryDatasetTypes(c.name()).stream()
                .filter(t -> excluded.stream().noneMatch(g -> g.matches(t))).toList();
        if (typeNames.isEmpty()) {
            first.add(new TextTable.Cell(""));
            table.add(first);
            return;
        }
        for (int i = 0; i < typeNames.size(); i++) {
            List<Object> row = new ArrayList<>();
            if (i == 0) {
                row.addAll(first);
            } else {
                first.forEach(x -> row.add(new TextTable.Cell("")));
            }
            row.add(new TextTable.Cell(typeNames.get(i)));
            table.add(row);
        }
    }

    private void json(List<Collection> matching, PrintWriter out) throws IOException {
        try (JsonGenerator g = json(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("collections");
            for (Collection c : matching) {
                g.writeStartObject();
                g.writeStringField("name", c.name());
                g.writeStringField("type", c.type().name());
                g.writeStringField("doc", c.doc());
                if (c.isChain()) {
                    g.writeArrayFieldStart("children");
                    for (String child : c.children()) {
                        g.writeString(child);
                    }
                    g.writeEndArray();
                } else {
                    g.writeNullField("children");
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.println();
    }

    private void csv(List<Collection> matching, PrintWriter out) {
        CsvWriter csv = new CsvWriter(out);
        csv.row(List.of("name", "type", "doc", "children"));
        for (Collection c : matching) {
            csv.row(java.util.Arrays.asList(c.name(), c.type().name(), c.doc(), String.join(";", c.children())));
        }
    }

    static final class ChainsConverter implements picocli.CommandLine.ITypeConverter<Chains> {
        @Override
        public Chains convert(String value) {
            try {
                return Chains.valueOf(value.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value
                        + "' is not a --chains mode; use TABLE, TREE, INVERSE-TREE, FLATTEN or NO-CHILDREN");
            }
        }
    }
}
