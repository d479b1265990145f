package org.lsst.butlerbrowser.model.tap;

import java.util.Locale;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Passes a VOTable's SAX events on to STIL's table reader and notes on the way what STIL does not
 * report: every {@code <INFO name="QUERY_STATUS">}, wherever it is (DaCHS puts OVERFLOW after the
 * TABLE, DALI allows an ERROR after rows already sent), and whether the document is a VOTable at
 * all. A document whose root is not VOTABLE is abandoned at its first element.
 */
final class QueryStatusFilter extends XMLFilterImpl {

    /** Thrown to stop reading a document that is not a VOTable. */
    static final class NotVoTable extends SAXException {
        NotVoTable(String root) {
            super("the document is a <" + root + ">, not a VOTable");
        }
    }

    private boolean seenRoot;
    private boolean overflow;
    private String error;
    private StringBuilder infoText;
    private boolean infoIsError;
    private boolean sawTable;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        String name = localName == null || localName.isEmpty() ? qName : localName;
        if (!seenRoot) {
            seenRoot = true;
            if (!name.equalsIgnoreCase("VOTABLE")) {
                throw new NotVoTable(name);
            }
        }
        if (name.equals("TABLE")) {
            sawTable = true;
        }
        if (name.equals("INFO") && "QUERY_STATUS".equalsIgnoreCase(atts.getValue("name"))) {
            String value = atts.getValue("value") == null ? "" : atts.getValue("value").strip().toUpperCase(Locale.ROOT);
            overflow |= value.equals("OVERFLOW");
            infoIsError = value.equals("ERROR");
            infoText = new StringBuilder();
        }
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (infoText != null) {
            infoText.append(ch, start, length);
        }
        super.characters(ch, start, length);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        String name = localName == null || localName.isEmpty() ? qName : localName;
        if (name.equals("INFO") && infoText != null) {
            if (infoIsError && error == null) {
                String text = ServiceMessages.oneLine(infoText.toString());
                error = text.isEmpty() ? "(the service gave no message)" : text;
            }
            infoText = null;
        }
        super.endElement(uri, localName, qName);
    }

    boolean overflow() {
        return overflow;
    }

    /** The message of a QUERY_STATUS=ERROR INFO, or null. */
    String error() {
        return error;
    }

    boolean sawTable() {
        return sawTable;
    }
}
