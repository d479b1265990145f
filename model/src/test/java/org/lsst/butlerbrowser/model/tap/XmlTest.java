package org.lsst.butlerbrowser.model.tap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The per-thread parsers keep nothing of a document once it is read: a worker thread lives for the
 * window's life, and a stream it kept would keep its HTTP connection (and the client's threads), a
 * handler kept would keep the table it filled.
 */
class XmlTest {

    private static final byte[] DOC = ("<availability xmlns='http://www.ivoa.net/xml/VOSIAvailability/v1.0'>"
            + "<available>true</available></availability>").getBytes(StandardCharsets.UTF_8);

    @Test
    void aDomParseKeepsNeitherTheStreamNorTheDocument() throws Exception {
        InputStream in = new ByteArrayInputStream(DOC);
        WeakReference<InputStream> stream = new WeakReference<>(in);
        WeakReference<Object> document = new WeakReference<>(Xml.parse(in));
        in = null;
        assertNull(collected(stream), "the stream is still reachable");
        assertNull(collected(document), "the document is still reachable");
    }

    @Test
    void aSaxParseKeepsNeitherTheStreamNorTheHandler() throws Exception {
        int[] elements = {0};
        WeakReference<?>[] refs = saxParse(elements);
        assertEquals(2, elements[0]);
        assertNull(collected(refs[0]), "the stream is still reachable");
        assertNull(collected(refs[1]), "the handler is still reachable");
    }

    /** Parses DOC through a handler that counts elements; weak references to the stream and the handler. */
    private static WeakReference<?>[] saxParse(int[] elements) throws Exception {
        InputStream in = new ByteArrayInputStream(DOC);
        DefaultHandler handler = new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, org.xml.sax.Attributes atts) {
                elements[0]++;
            }
        };
        Xml.parseSax(reader -> {
            reader.setContentHandler(handler);
            reader.parse(new InputSource(in));
        });
        return new WeakReference<?>[] {new WeakReference<>(in), new WeakReference<>(handler)};
    }

    private static <T> T collected(WeakReference<T> ref) throws InterruptedException {
        for (int i = 0; i < 20 && ref.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        return ref.get();
    }
}
