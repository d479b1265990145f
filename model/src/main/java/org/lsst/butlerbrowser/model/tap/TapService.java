package org.lsst.butlerbrowser.model.tap;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import org.xml.sax.SAXException;

/**
 * A TAP 1.1 service at a base URL, such as {@code https://data.lsst.cloud/api/tap} or the test kit's
 * {@code http://127.0.0.1:18080/tap}: its VOSI resources ({@link #availability()},
 * {@link #capabilities()}, {@link #tables()}), synchronous queries ({@link #query}) and asynchronous
 * UWS jobs ({@link #submit}, {@link #queryAsync}). Thread-safe; every method blocks the calling
 * thread, never longer than the {@link TapTimeouts} allow, and can be cancelled.
 */
public final class TapService {

    /** How long tidying up an async job (abort, delete) may hold up the caller after a failure or a cancel. */
    private static final Duration CLEANUP_TIMEOUT = Duration.ofSeconds(5);

    private final URI baseUrl;
    private final TapHttp http;
    private volatile TapCapabilities capabilities;

    public TapService(URI baseUrl, TapAuth auth, TapTimeouts timeouts) {
        this.baseUrl = normalize(baseUrl);
        this.http = new TapHttp(this.baseUrl, auth, timeouts);
    }

    /** A service without authentication and with the default timeouts. */
    public static TapService of(String baseUrl) {
        return new TapService(parseUrl(baseUrl), TapAuth.none(), TapTimeouts.DEFAULT);
    }

    /** Checks a user-typed base URL: absolute http(s), no credentials, no query. */
    public static URI parseUrl(String text) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid URL (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("a TAP service URL must start with http:// or https:// and name a host: '"
                    + text + "'");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("put credentials in a token, not in the TAP service URL");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("a TAP service URL has no query or fragment: '" + text + "'");
        }
        return uri;
    }

    private static URI normalize(URI uri) {
        String s = uri.toString();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return URI.create(s);
    }

    public URI baseUrl() {
        return baseUrl;
    }

    URI endpoint(String name) {
        return URI.create(baseUrl + "/" + name);
    }

    /** VOSI availability. */
    public Availability availability() {
        return vosi("availability", "the availability request", Availability::parse);
    }

    /** VOSI capabilities, fetched once and then remembered. */
    public TapCapabilities capabilities() {
        TapCapabilities c = capabilities;
        if (c == null) {
            c = vosi("capabilities", "the capabilities request", TapCapabilities::parse);
            capabilities = c;
        }
        return c;
    }

    /**
     * Schemas, tables and columns: from VOSI {@code /tables}, or, when the service has no such
     * resource, answers it with an error, too slowly or unreadably, from ADQL queries on TAP_SCHEMA.
     */
    public TableSet tables() {
        return tables(Cancellation.none());
    }

    public TableSet tables(Cancellation cancellation) {
        try {
            return vosi("tables", "the tables request", VosiTables::parse, cancellation);
        } catch (TapException e) {
            if (e.kind() == TapException.Kind.HTTP_STATUS || e.kind() == TapException.Kind.TIMEOUT
                    || e.kind() == TapException.Kind.MALFORMED) {
                return tablesFromTapSchema(cancellation);
            }
            throw e;
        }
    }

    /** Schemas, tables and columns as TAP_SCHEMA lists them (what {@link #tables()} falls back to). */
    public TableSet tablesFromTapSchema(Cancellation cancellation) {
        return TapSchemaReader.read(this, cancellation);
    }

    /** Runs a query synchronously. */
    public TapResult query(TapQuery query) {
        return query(query, TapProgress.NONE, Cancellation.none());
    }

    /** Runs a query synchronously, reporting bytes and rows while the result streams in. */
    public TapResult query(TapQuery query, TapProgress progress, Cancellation cancellation) {
        TapResponse response = http.post(endpoint("sync"), query.parameters(responseFormat(query.format())),
                http.timeouts().query(), true, cancellation).requireSuccess("the query");
        return TapResultReader.read(response, query.maxrec(), progress, cancellation);
    }

    /** Creates an async job for the query and starts it. */
    public UwsJob submit(TapQuery query, Cancellation cancellation) {
        UwsJob job = create(query, cancellation);
        job.run(cancellation);
        return job;
    }

    /**
     * Creates a PENDING job, for callers that follow each step (start it with {@link UwsJob#run}).
     * PHASE=RUN is sent separately because DaCHS ignores it in the creating POST, and the job's URL
     * is taken from the 303's Location because DaCHS puts jobs outside {@code <base>/async}.
     */
    public UwsJob create(TapQuery query, Cancellation cancellation) {
        try (TapResponse r = http.post(endpoint("async"), query.parameters(responseFormat(query.format())),
                http.timeouts().response(), false, cancellation).requireSuccess("the request to create a job")) {
            return new UwsJob(http, r.location().orElseGet(() -> jobUrlFromBody(r)), query.maxrec());
        }
    }

    /** A job created earlier (e.g. in another session), by its URL. */
    public UwsJob job(URI jobUrl, long maxrec) {
        return new UwsJob(http, jobUrl, maxrec);
    }

    /**
     * Runs a query as an async job: create, start, wait, read the result, delete the job. On
     * cancellation the job is aborted and deleted before the {@link TapException} is thrown.
     */
    public TapResult queryAsync(TapQuery query, TapProgress progress, Cancellation cancellation) {
        UwsJob job = create(query, cancellation);
        try {
            job.run(cancellation);
            UwsJobStatus status = job.waitUntilFinal(progress, cancellation);
            return switch (status.phase()) {
                case COMPLETED -> job.result(status, progress, cancellation);
                case ERROR -> throw new TapException(TapException.Kind.SERVICE_ERROR, "the TAP service at "
                        + TapHttp.describe(baseUrl) + " reported an error: " + job.errorMessage(status, cancellation));
                default -> throw new TapException(TapException.Kind.SERVICE_ERROR, "the job at "
                        + TapHttp.describe(job.url()) + " ended in phase " + status.phase() + " without a result");
            };
        } catch (TapException e) {
            if (e.kind() == TapException.Kind.CANCELLED) {
                quietly(() -> job.abort(Cancellation.none(), CLEANUP_TIMEOUT));
            }
            throw e;
        } finally {
            quietly(() -> job.delete(Cancellation.none(), CLEANUP_TIMEOUT));
        }
    }

    private static void quietly(Runnable cleanUp) {
        try {
            cleanUp.run();
        } catch (TapException e) {
            // best effort: the service destroys old jobs itself
        }
    }

    /** The RESPONSEFORMAT to send: the service's own spelling when its capabilities are known. */
    private String responseFormat(ResultFormat format) {
        if (format == ResultFormat.VOTABLE) {
            return null;
        }
        try {
            return capabilities().responseFormatFor(format);
        } catch (TapException e) {
            return format.mime();
        }
    }

    private URI jobUrlFromBody(TapResponse r) {
        try {
            String id = UwsJobStatus.parse(r.body(), endpoint("async")).jobId();
            if (id != null) {
                return endpoint("async/" + id);
            }
        } catch (IOException | SAXException e) {
            // reported below
        }
        throw new TapException(TapException.Kind.MALFORMED, "the TAP service at " + TapHttp.describe(baseUrl)
                + " created a job but did not say where it is (no Location header)");
    }

    @FunctionalInterface
    private interface Parser<T> {
        T parse(InputStream in) throws IOException, SAXException;
    }

    private <T> T vosi(String resource, String what, Parser<T> parser) {
        return vosi(resource, what, parser, Cancellation.none());
    }

    private <T> T vosi(String resource, String what, Parser<T> parser, Cancellation cancellation) {
        try (TapResponse r = http.get(endpoint(resource), http.timeouts().response(), true, cancellation)
                .requireSuccess(what)) {
            try {
                BufferedInputStream in = new BufferedInputStream(r.body());
                in.mark(512);
                byte[] head = in.readNBytes(512);
                in.reset();
                if (ServiceMessages.isHtml(head, r.mediaType())) {
                    throw new TapException(TapException.Kind.AUTHENTICATION, "the TAP service at "
                            + TapHttp.describe(r.uri()) + " answered " + what + " with an HTML page instead of XML"
                            + " (a login page? the service may need a token)");
                }
                return parser.parse(in);
            } catch (IOException | SAXException e) {
                throw r.readFailure(e, cancellation, what);
            }
        }
    }

    @Override
    public String toString() {
        return "TAP service " + TapHttp.describe(baseUrl);
    }
}
