package org.lsst.butlerbrowser.model.tap;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * A VOSI availability answer.
 *
 * @param available whether the service says it is up
 * @param notes     the service's notes (why it is down, planned outages), possibly none
 */
public record Availability(boolean available, List<String> notes) {

    public Availability {
        notes = List.copyOf(notes);
    }

    static Availability parse(InputStream in) throws IOException, SAXException {
        Element root = Xml.parse(in).getDocumentElement();
        if (!"availability".equals(root.getLocalName())) {
            throw new SAXException("the document is a <" + root.getLocalName() + ">, not VOSI availability");
        }
        String available = Xml.childText(root, "available");
        List<String> notes = Xml.childTexts(root, "note");
        return new Availability("true".equalsIgnoreCase(available), notes);
    }
}
