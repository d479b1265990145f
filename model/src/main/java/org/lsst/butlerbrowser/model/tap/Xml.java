package org.lsst.butlerbrowser.model.tap;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * XML parsing for service documents (VOSI, UWS, VOTable): namespace-aware, never loading an external
 * DTD or entity, with tight limits on entity expansion and element depth, so that a hostile or broken
 * service cannot make us fetch anything, exhaust memory or overflow the stack (old VOTables still
 * declare a DOCTYPE, so one cannot simply be refused). Elements
 * are matched by local name, because services disagree on namespace versions and prefixes.
 */
final class Xml {

    private static final String LOAD_EXTERNAL_DTD = "http://apache.org/xml/features/nonvalidating/load-external-dtd";
    private static final String EXTERNAL_GENERAL_ENTITIES = "http://xml.org/sax/features/external-general-entities";
    private static final String EXTERNAL_PARAMETER_ENTITIES = "http://xml.org/sax/features/external-parameter-entities";
    private static final String MAX_ELEMENT_DEPTH = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";
    /**
     * Far deeper than any VOTable, VOSI or UWS document; STIL's GROUP handling and the DOM's text
     * collection recurse once per level, so a document nested thousands deep would overflow the stack.
     */
    static final int MAX_DEPTH = 256;
    /**
     * Limits on internal entities, far below the JDK's secure-processing defaults (64,000 expansions,
     * 50 million characters), which still let a few kB of billion-laughs cost tens of megabytes before
     * the parser gives up. Service documents declare no entities of their own.
     */
    private static final Map<String, Integer> ENTITY_LIMITS = Map.of(
            "http://www.oracle.com/xml/jaxp/properties/entityExpansionLimit", 1_000,
            "http://www.oracle.com/xml/jaxp/properties/totalEntitySizeLimit", 100_000,
            "http://www.oracle.com/xml/jaxp/properties/maxGeneralEntitySizeLimit", 10_000,
            "http://www.oracle.com/xml/jaxp/properties/maxParameterEntitySizeLimit", 10_000,
            MAX_ELEMENT_DEPTH, MAX_DEPTH);

    private Xml() {
    }

    /**
     * One configured DOM builder and SAX parser per thread, reset before each use: building them
     * (the factory lookup and Xerces' configuration) costs ten times more than parsing a small
     * VOSI or UWS document, which a job poll does every few seconds.
     */
    private static final ThreadLocal<DocumentBuilder> DOM = ThreadLocal.withInitial(Xml::newDocumentBuilder);
    private static final ThreadLocal<SAXParser> SAX = ThreadLocal.withInitial(Xml::newSaxParser);
    private static final DefaultHandler NO_HANDLER = new DefaultHandler();

    static Document parse(InputStream in) throws IOException, SAXException {
        DocumentBuilder b = DOM.get();
        b.reset();
        b.setErrorHandler(null);
        return b.parse(in); // the builder lets go of the document and the stream itself (XmlTest)
    }

    /** What a caller does with a SAX reader. */
    interface SaxParse {
        void parse(XMLReader reader) throws IOException, SAXException;
    }

    /**
     * Runs {@code parse} with this thread's SAX reader, the limits set. The reader is reset afterwards
     * so that it keeps nothing of the document: a kept input stream would keep its HTTP connection,
     * and with it the client's threads, alive for as long as the worker thread lives.
     */
    static void parseSax(SaxParse parse) throws IOException, SAXException {
        SAXParser parser = SAX.get();
        parser.reset();
        for (Map.Entry<String, Integer> limit : ENTITY_LIMITS.entrySet()) {
            parser.setProperty(limit.getKey(), Integer.toString(limit.getValue()));
        }
        XMLReader reader = parser.getXMLReader();
        try {
            parse.parse(reader);
        } finally {
            // a filter on the reader (QueryStatusFilter) sets itself as every handler, and holds the table
            reader.setContentHandler(NO_HANDLER);
            reader.setDTDHandler(NO_HANDLER);
            reader.setErrorHandler(NO_HANDLER);
            reader.setEntityResolver(NO_HANDLER);
            parser.reset();
        }
    }

    private static DocumentBuilder newDocumentBuilder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature(LOAD_EXTERNAL_DTD, false);
            f.setFeature(EXTERNAL_GENERAL_ENTITIES, false);
            f.setFeature(EXTERNAL_PARAMETER_ENTITIES, false);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            ENTITY_LIMITS.forEach((name, limit) -> f.setAttribute(name, Integer.toString(limit)));
            return f.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SAXParser newSaxParser() {
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature(LOAD_EXTERNAL_DTD, false);
            f.setFeature(EXTERNAL_GENERAL_ENTITIES, false);
            f.setFeature(EXTERNAL_PARAMETER_ENTITIES, false);
            return f.newSAXParser();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Child elements with this local name. */
    static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    /** Descendant elements with this local name, in document order. */
    static List<Element> descendants(Element root, String localName) {
        List<Element> out = new ArrayList<>();
        var nodes = root.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    /** The non-empty trimmed texts of the child elements with this local name. */
    static List<String> childTexts(Element parent, String localName) {
        return children(parent, localName).stream().map(Xml::text).filter(Objects::nonNull).toList();
    }

    /** The trimmed text of the child element, or null when there is none or it is empty. */
    static String childText(Element parent, String localName) {
        Element e = child(parent, localName);
        return e == null ? null : text(e);
    }

    static String text(Element e) {
        String t = e.getTextContent();
        return t == null || t.isBlank() ? null : t.strip();
    }

    /** An attribute's value, or null when absent or empty. */
    static String attribute(Element e, String name) {
        String v = e.getAttribute(name);
        return v.isEmpty() ? null : v;
    }
}
