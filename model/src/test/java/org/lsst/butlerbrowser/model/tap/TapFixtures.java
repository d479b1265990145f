package org.lsst.butlerbrowser.model.tap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.lsst.butlerbrowser.model.testing.Fixtures;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The recorded TAP responses of {@code ../shared/fixtures/tap} (read in place) and of this module's
 * {@code src/test/resources/tap}, with {@code MANIFEST.tsv}'s record of how each was requested, and
 * an independent DOM reading of them to compare our client's answers with.
 */
final class TapFixtures {

    record Entry(int status, String contentType, Map<String, String> parameters) {
    }

    private static Map<String, Entry> manifest;

    private TapFixtures() {
    }

    static Path shared(String name) {
        return Fixtures.shared().resolve("fixtures/tap").resolve(name);
    }

    static Path resource(String name) {
        try {
            return Path.of(TapFixtures.class.getResource("/tap/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How the shared fixture was recorded: HTTP status, Content-Type and request parameters. */
    static synchronized Entry manifest(String name) {
        if (manifest == null) {
            Map<String, Entry> m = new LinkedHashMap<>();
            try {
                List<String> lines = Files.readAllLines(shared("MANIFEST.tsv"));
                for (String line : lines.subList(1, lines.size())) {
                    String[] f = line.split("\t", -1);
                    Map<String, String> params = new LinkedHashMap<>();
                    if (f.length > 7 && !f[7].isBlank()) {
                        for (String p : f[7].split(" \\| ")) {
                            int eq = p.indexOf('=');
                            params.put(p.substring(0, eq), p.substring(eq + 1));
                        }
                    }
                    m.put(f[0], new Entry(Integer.parseInt(f[1]), f[2], params));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            manifest = m;
        }
        Entry e = manifest.get(name);
        if (e == null) {
            throw new IllegalArgumentException(name + " is not in MANIFEST.tsv");
        }
        return e;
    }

    /** A shared fixture read by our client, served with its recorded Content-Type by a local server. */
    static TapResult read(String fixture) {
        try (FakeTapServer server = new FakeTapServer().on("/tap/sync", FakeTapServer.fixture(fixture))) {
            return new TapService(server.base(), TapAuth.none(), TapTimeouts.DEFAULT).query(TapQuery.adql("SELECT 1"));
        }
    }

    static Document dom(Path p) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().parse(p.toFile());
        } catch (Exception e) {
            throw new IllegalStateException("cannot parse " + p, e);
        }
    }

    static List<Element> elements(Document d, String localName) {
        return elements(d.getDocumentElement(), localName);
    }

    static List<Element> elements(Element root, String localName) {
        NodeList nodes = root.getElementsByTagNameNS("*", localName);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    /** The text of every descendant element with this local name. */
    static List<String> texts(Element parent, String localName) {
        NodeList nodes = parent.getElementsByTagNameNS("*", localName);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent().strip());
        }
        return out;
    }

    /** The TABLEDATA cells as text, row by row, read with the JDK's DOM parser. */
    static List<List<String>> tabledata(Path p) {
        List<List<String>> rows = new ArrayList<>();
        for (Element tr : elements(dom(p), "TR")) {
            List<String> cells = new ArrayList<>();
            for (org.w3c.dom.Node n = tr.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element td && "TD".equals(td.getLocalName())) {
                    cells.add(td.getTextContent());
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The FIELD names of the first TABLE, in order. */
    static List<String> fieldNames(Path p) {
        return elements(dom(p), "FIELD").stream().map(e -> e.getAttribute("name")).toList();
    }

    /** The text of the QUERY_STATUS=ERROR INFO, whitespace collapsed. */
    static String errorInfo(Path p) {
        return elements(dom(p), "INFO").stream()
                .filter(e -> "QUERY_STATUS".equals(e.getAttribute("name")) && "ERROR".equals(e.getAttribute("value")))
                .map(e -> e.getTextContent().replaceAll("\\s+", " ").strip()).findFirst().orElseThrow();
    }
}
