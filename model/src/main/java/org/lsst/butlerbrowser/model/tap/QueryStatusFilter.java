package org.lsst.butlerbrowser.model.tap;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Passes a VOTable's SAX events on to STIL's table reader and notes on the way what STIL does not
 * report: every {@code <INFO name="QUERY_STATUS">}, wherever it is (DaCHS puts OVERFLOW after the
 * TABLE, DALI allows an ERROR after rows already sent), and whether the document is a VOTable at
 * all. A document whose root is not VOTABLE is abandoned at its first element, and one whose cells
 * claim more values than can be held at the claim ({@link CellSizeGuard}).
 */
final class QueryStatusFilter extends XMLFilterImpl {

    /** Thrown to stop reading a document that is not a VOTable. */
    static final class NotVoTable extends SAXException {
        NotVoTable(String root) {
            super("the document is a <" + root + ">, not a VOTable");
        }
    }

    private final CellSizeGuard cells = new CellSizeGuard();
    private boolean seenRoot;
    /** The names of the open elements, innermost first: STIL reads only a TABLE's own FIELDs. */
    private final Deque<String> open = new ArrayDeque<>();
    /** The STREAM element being read (namespace URI, local name, qualified name), or null. */
    private String[] stream;
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
        String parent = open.isEmpty() ? "" : open.peek();
        switch (name) {
            case "TABLE" -> {
                sawTable = true;
                cells.startTable();
            }
            case "FIELD", "PARAM" -> cells.declare(name.equals("FIELD") && parent.equals("TABLE") ? "FIELD" : "PARAM",
                    atts.getValue("name"), atts.getValue("datatype"), atts.getValue("arraysize"));
            case "STREAM" -> {
                stream = new String[] {uri, localName, qName};
                if (parent.equals("BINARY") || parent.equals("BINARY2")) {
                    cells.startStream(parent.equals("BINARY2"));
                }
            }
            default -> {
            }
        }
        open.push(name);
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
        if (stream != null) {
            int checked = cells.characters(ch, start, length);
            super.characters(cells.passOn(), 0, checked);
        } else {
            super.characters(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        String name = localName == null || localName.isEmpty() ? qName : localName;
        if (name.equals("STREAM")) {
            char[] rest = cells.endStream();
            super.characters(rest, 0, rest.length);
            stream = null;
        }
        open.poll();
        if (name.equals("INFO") && infoText != null) {
            if (infoIsError && error == null) {
                String text = ServiceMessages.oneLine(infoText.toString());
                error = text.isEmpty() ? "(the service gave no message)" : text;
            }
            infoText = null;
        }
        super.endElement(uri, localName, qName);
    }

    /**
     * After a parse that failed inside a STREAM (a truncated body, a stall, a refused cell size):
     * ends the STREAM for STIL, whose reader thread would otherwise wait for the rest of it for ever,
     * holding its buffers.
     */
    void abandon() {
        String[] open = stream;
        stream = null;
        cells.abandonStream();
        if (open != null && getContentHandler() != null) {
            try {
                getContentHandler().endElement(open[0], open[1], open[2]);
            } catch (SAXException | RuntimeException e) {
                // The parse has already failed and says why; this only lets STIL's reader thread finish.
            }
        }
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
