package org.lsst.butlerbrowser.model.tap;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lsst.butlerbrowser.model.text.UntrustedText;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * What a UWS job document ({@code <uws:job>}) says at one moment.
 *
 * @param jobId        the service's id for the job
 * @param phase        its phase
 * @param creationTime when it was created, or null
 * @param startTime    when it started running, or null
 * @param endTime      when it finished, or null
 * @param destruction  when the service will delete it, or null
 * @param parameters   the job's parameters, names lower-cased as UWS 1.1 services return them
 * @param results      result ids and their URLs, in document order
 * @param errorMessage the error summary's message, or null
 */
public record UwsJobStatus(String jobId, UwsPhase phase, Instant creationTime, Instant startTime, Instant endTime,
        Instant destruction, Map<String, String> parameters, List<Result> results, String errorMessage) {

    /** One {@code <uws:result>}: an id ("result" for TAP) and where to fetch it. */
    public record Result(String id, URI href) {
    }

    public UwsJobStatus {
        parameters = Map.copyOf(parameters);
        results = List.copyOf(results);
    }

    /** Reads a job document; relative result links are resolved against the job's URL. */
    static UwsJobStatus parse(InputStream in, URI jobUrl) throws IOException, SAXException {
        Element job = Xml.parse(in).getDocumentElement();
        if (!"job".equals(job.getLocalName())) {
            throw new SAXException("the document is a <" + job.getLocalName() + ">, not a UWS <job>");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        Element params = Xml.child(job, "parameters");
        if (params != null) {
            for (Element p : Xml.children(params, "parameter")) {
                String text = Xml.text(p);
                parameters.put(p.getAttribute("id").toLowerCase(Locale.ROOT), text == null ? "" : text);
            }
        }
        List<Result> results = new ArrayList<>();
        Element resultList = Xml.child(job, "results");
        if (resultList != null) {
            for (Element r : Xml.children(resultList, "result")) {
                String href = r.getAttributeNS("http://www.w3.org/1999/xlink", "href");
                if (!href.isEmpty()) {
                    results.add(new Result(r.getAttribute("id"), resultUrl(jobUrl, href.strip())));
                }
            }
        }
        Element summary = Xml.child(job, "errorSummary");
        String error = summary == null ? null : Xml.childText(summary, "message");
        return new UwsJobStatus(Xml.childText(job, "jobId"), UwsPhase.parse(Xml.childText(job, "phase")),
                time(job, "creationTime"), time(job, "startTime"), time(job, "endTime"), time(job, "destruction"),
                parameters, results, error);
    }

    /** A result link resolved against the job's URL; it must lead to an http(s) URL, the only kind fetched. */
    private static URI resultUrl(URI jobUrl, String href) throws SAXException {
        URI url;
        try {
            url = jobUrl.resolve(new URI(href));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new SAXException("the job's result link '" + UntrustedText.quote(href, 80) + "' is not a URL");
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new SAXException("the job's result link '" + UntrustedText.quote(href, 80) + "' is not an http(s) URL");
        }
        return url;
    }

    /** The TAP result (id "result"), else the first result; null when there is none. */
    public Result primaryResult() {
        return results.stream().filter(r -> r.id().equals("result")).findFirst()
                .orElse(results.isEmpty() ? null : results.get(0));
    }

    private static Instant time(Element job, String name) {
        String text = Xml.childText(job, name);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e2) {
                try {
                    return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException e3) {
                    return null; // a time we cannot read is shown as unknown, not an error
                }
            }
        }
    }
}
