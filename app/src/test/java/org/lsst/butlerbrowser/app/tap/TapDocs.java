package org.lsst.butlerbrowser.app.tap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The recorded TAP documents read with the JDK's own DOM parser and the recording's MANIFEST.tsv:
 * the oracle the window's view models are checked against (they read with STIL and their own
 * VOSI parser).
 */
public final class TapDocs {

    private TapDocs() {
    }

    public static Document dom(String fixture) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().parse(RecordedTapService.fixture(fixture).toFile());
        } catch (Exception e) {
            throw new IllegalStateException("cannot parse " + fixture, e);
        }
    }

    public static List<Element> elements(Node root, String localName) {
        NodeList nodes = root instanceof Document d ? d.getElementsByTagNameNS("*", localName)
                : ((Element) root).getElementsByTagNameNS("*", localName);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    /** The direct children of {@code parent} with this local name. */
    public static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    public static String childText(Element parent, String localName) {
        List<Element> c = children(parent, localName);
        return c.isEmpty() ? null : c.get(0).getTextContent().strip();
    }

    /** The TABLEDATA cells as text, row by row. */
    public static List<List<String>> tabledata(String fixture) {
        List<List<String>> rows = new ArrayList<>();
        for (Element tr : elements(dom(fixture), "TR")) {
            rows.add(children(tr, "TD").stream().map(Element::getTextContent).toList());
        }
        return rows;
    }

    /** The FIELDs of the first table. */
    public static List<Element> fields(String fixture) {
        return elements(dom(fixture), "FIELD");
    }

    /** The QUERY_STATUS=ERROR message, whitespace collapsed. */
    public static String errorInfo(String fixture) {
        return elements(dom(fixture), "INFO").stream()
                .filter(e -> "QUERY_STATUS".equals(e.getAttribute("name")) && "ERROR".equals(e.getAttribute("value")))
                .map(e -> e.getTextContent().replaceAll("\\s+", " ").strip()).findFirst().orElseThrow();
    }

    /** One request parameter as the recording sent it (MANIFEST.tsv's last column, "K=V | K=V"). */
    public static String recordedParameter(String fixture, String name) {
        for (String p : manifest(fixture)[7].split(" \\| ")) {
            if (p.startsWith(name + "=")) {
                return p.substring(name.length() + 1);
            }
        }
        throw new IllegalArgumentException(fixture + " was recorded without " + name);
    }

    static int recordedStatus(String fixture) {
        return Integer.parseInt(manifest(fixture)[1]);
    }

    static String recordedContentType(String fixture) {
        return manifest(fixture)[2];
    }

    private static String[] manifest(String fixture) {
        try {
            for (String line : Files.readAllLines(RecordedTapService.fixture("MANIFEST.tsv"))) {
                String[] f = line.split("\t", -1);
                if (f[0].equals(fixture)) {
                    return f;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException("no " + fixture + " in MANIFEST.tsv");
    }
}
