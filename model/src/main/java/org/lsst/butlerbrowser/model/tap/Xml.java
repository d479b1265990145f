package org.lsst.butlerbrowser.model.tap;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * XML parsing for service documents (VOSI, UWS, VOTable): namespace-aware, never loading an external
 * DTD or entity and with the JDK's entity-expansion limits on, so that a hostile or broken service
 * cannot make us fetch anything or exhaust memory (old VOTables still declare a DOCTYPE). Elements
 * are matched by local name, because services disagree on namespace versions and prefixes.
 */
final class Xml {

    private static final String LOAD_EXTERNAL_DTD = "http://apache.org/xml/features/nonvalidating/load-external-dtd";
    private static final String EXTERNAL_GENERAL_ENTITIES = "http://xml.org/sax/features/external-general-entities";
    private static final String EXTERNAL_PARAMETER_ENTITIES = "http://xml.org/sax/features/external-parameter-entities";

    private Xml() {
    }

    static Document parse(InputStream in) throws IOException, SAXException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature(LOAD_EXTERNAL_DTD, false);
            f.setFeature(EXTERNAL_GENERAL_ENTITIES, false);
            f.setFeature(EXTERNAL_PARAMETER_ENTITIES, false);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(in);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    static XMLReader saxReader() throws SAXException {
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature(LOAD_EXTERNAL_DTD, false);
            f.setFeature(EXTERNAL_GENERAL_ENTITIES, false);
            f.setFeature(EXTERNAL_PARAMETER_ENTITIES, false);
            return f.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException e) {
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
