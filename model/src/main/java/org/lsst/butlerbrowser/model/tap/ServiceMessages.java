package org.lsst.butlerbrowser.model.tap;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Finds the service's own words in an error body, whatever it sent: a DALI error VOTable
 * ({@code INFO name="QUERY_STATUS" value="ERROR"}), a UWS job's error summary, plain text, or the
 * title of an HTML page (a proxy's error page, a login form).
 */
final class ServiceMessages {

    private static final int MAX_LENGTH = 500;
    private static final Pattern HTML_START = Pattern.compile("^(<!doctype\\s+html|<html|<head|<body)",
            Pattern.CASE_INSENSITIVE);

    private ServiceMessages() {
    }

    /** The message in the body, or null when it holds none worth showing. */
    static String extract(byte[] body, String contentType) {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            return null;
        }
        if (isHtml(body, contentType)) {
            return title(text);
        }
        if (text.startsWith("<")) {
            String xml = xmlMessage(body);
            if (xml != null) {
                return xml;
            }
        }
        return text.startsWith("<") ? null : oneLine(text);
    }

    /**
     * The page's first title. Found by scanning rather than by a regular expression, which took
     * quadratic time on a page of unclosed {@code <title} tags.
     */
    private static String title(String page) {
        int open = indexOfIgnoreCase(page, "<title", 0);
        int start = open < 0 ? -1 : page.indexOf('>', open);
        int close = start < 0 ? -1 : indexOfIgnoreCase(page, "</title", start);
        return close < 0 ? null : oneLine(page.substring(start + 1, close));
    }

    private static int indexOfIgnoreCase(String text, String ascii, int from) {
        for (int i = from; i + ascii.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, ascii, 0, ascii.length())) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a body is an HTML page: by its content type, or by how it starts. */
    static boolean isHtml(byte[] head, String contentType) {
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/html")) {
            return true;
        }
        String start = new String(head, 0, Math.min(head.length, 512), StandardCharsets.UTF_8).stripLeading();
        if (start.startsWith("\uFEFF")) {
            start = start.substring(1);
        }
        return HTML_START.matcher(start).find();
    }

    private static String xmlMessage(byte[] body) {
        try {
            Document doc = Xml.parse(new ByteArrayInputStream(body));
            Element root = doc.getDocumentElement();
            for (Element info : Xml.descendants(root, "INFO")) {
                if ("QUERY_STATUS".equalsIgnoreCase(info.getAttribute("name"))
                        && "ERROR".equalsIgnoreCase(info.getAttribute("value"))) {
                    String t = Xml.text(info);
                    return t == null ? "(the service gave no message)" : oneLine(t);
                }
            }
            for (Element summary : Xml.descendants(root, "errorSummary")) {
                String t = Xml.childText(summary, "message");
                if (t != null) {
                    return oneLine(t);
                }
            }
            String t = Xml.text(root);
            return t == null ? null : oneLine(t);
        } catch (Exception e) {
            return null; // not XML after all; the caller falls back to plain text
        }
    }

    /** Whitespace collapsed, HTML entities of a title decoded, and cut to a readable length. */
    static String oneLine(String s) {
        // A tag cannot contain '<': "<[^>]*>" rescanned to the end from every '<' of an unclosed run.
        String t = s.replaceAll("<[^<>]*>", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replaceAll("\\s+", " ").strip();
        return t.length() > MAX_LENGTH ? t.substring(0, MAX_LENGTH - 3) + "..." : t;
    }
}
