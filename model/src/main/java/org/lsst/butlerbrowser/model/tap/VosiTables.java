package org.lsst.butlerbrowser.model.tap;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.lsst.butlerbrowser.model.text.UntrustedText;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Reads a VOSI tables document (VODataService {@code tableset}, or a single {@code table} as TAP 1.1's
 * {@code /tables/<name>} returns).
 */
final class VosiTables {

    static final String SOURCE = "VOSI tables";

    private VosiTables() {
    }

    static TableSet parse(InputStream in) throws IOException, SAXException {
        Element root = Xml.parse(in).getDocumentElement();
        String kind = root.getLocalName();
        if ("table".equals(kind)) {
            return new TableSet(List.of(new TapSchema(schemaOf(Xml.childText(root, "name")), null, List.of(table(root)))),
                    SOURCE);
        }
        if (!"tableset".equals(kind)) {
            throw new SAXException("the document is a <" + kind + ">, not a VOSI tableset");
        }
        List<TapSchema> schemas = new ArrayList<>();
        for (Element s : Xml.children(root, "schema")) {
            List<TapTable> tables = new ArrayList<>();
            for (Element t : Xml.children(s, "table")) {
                tables.add(table(t));
            }
            schemas.add(new TapSchema(Xml.childText(s, "name"), Xml.childText(s, "description"), tables));
        }
        return new TableSet(schemas, SOURCE);
    }

    /** A table; VODataService requires names of tables and columns, and without them neither can be queried. */
    private static TapTable table(Element t) throws SAXException {
        String name = Xml.childText(t, "name");
        if (name == null) {
            throw new SAXException("a <table> of the tableset has no <name>");
        }
        List<TapColumn> columns = new ArrayList<>();
        for (Element c : Xml.children(t, "column")) {
            if (Xml.childText(c, "name") == null) {
                throw new SAXException("a <column> of table " + UntrustedText.quote(name, 80) + " has no <name>");
            }
            Element type = Xml.child(c, "dataType");
            Set<String> flags = Xml.children(c, "flag").stream().map(Xml::text)
                    .filter(Objects::nonNull).map(String::toLowerCase).collect(Collectors.toSet());
            columns.add(new TapColumn(Xml.childText(c, "name"), Xml.childText(c, "description"),
                    Xml.childText(c, "unit"), Xml.childText(c, "ucd"), Xml.childText(c, "utype"),
                    type == null ? null : Xml.text(type), type == null ? null : Xml.attribute(type, "arraysize"),
                    type == null ? null : Xml.attribute(type, "extendedType"), flags.contains("principal"),
                    flags.contains("indexed"), "true".equalsIgnoreCase(c.getAttribute("std"))));
        }
        return new TapTable(name, Xml.attribute(t, "type"), Xml.childText(t, "description"), columns);
    }

    private static String schemaOf(String tableName) {
        int dot = tableName == null ? -1 : tableName.lastIndexOf('.');
        return dot < 0 ? null : tableName.substring(0, dot);
    }
}
