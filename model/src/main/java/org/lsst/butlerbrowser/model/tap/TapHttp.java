package org.lsst.butlerbrowser.model.tap;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javax.net.ssl.SSLException;

/**
 * The HTTP conversation with one TAP service, on the JDK's {@link HttpClient}. Redirects are
 * followed here rather than by the client, so that the token goes only to the scheme, host and port
 * of the service's base URL: a result redirected to object storage elsewhere is fetched without it.
 * Every failure becomes a {@link TapException} with one sentence naming the host.
 */
final class TapHttp {

    private static final int MAX_REDIRECTS = 8;
    private static final String USER_AGENT = "butler-browser/0.1 (TAP client; Java "
            + Runtime.version().feature() + ")";

    private final URI base;
    private final TapAuth auth;
    private final TapTimeouts timeouts;
    private final HttpClient client;

    TapHttp(URI base, TapAuth auth, TapTimeouts timeouts) {
        this.base = base;
        this.auth = auth;
        this.timeouts = timeouts;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeouts.connect())
                .build();
    }

    TapTimeouts timeouts() {
        return timeouts;
    }

    TapResponse get(URI uri, Duration headerTimeout, boolean followRedirects, Cancellation cancellation) {
        return send("GET", uri, null, headerTimeout, followRedirects, cancellation);
    }

    TapResponse post(URI uri, Map<String, String> form, Duration headerTimeout, boolean followRedirects,
            Cancellation cancellation) {
        return send("POST", uri, formBody(form), headerTimeout, followRedirects, cancellation);
    }

    TapResponse delete(URI uri, Duration headerTimeout, Cancellation cancellation) {
        return send("DELETE", uri, null, headerTimeout, false, cancellation);
    }

    private TapResponse send(String method, URI uri, String form, Duration headerTimeout, boolean followRedirects,
            Cancellation cancellation) {
        for (int hop = 0; ; hop++) {
            TapResponse response = exchange(method, uri, form, headerTimeout, cancellation);
            int status = response.status();
            boolean redirect = status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
            if (!followRedirects || !redirect || response.location().isEmpty()) {
                return response;
            }
            response.close();
            if (hop == MAX_REDIRECTS) {
                throw new TapException(TapException.Kind.HTTP_STATUS, "the TAP service at " + describe(base)
                        + " redirected more than " + MAX_REDIRECTS + " times");
            }
            uri = response.location().get();
            if (status != 307 && status != 308) {
                method = "GET"; // what browsers and the UWS pattern (POST, 303, GET) expect
                form = null;
            }
        }
    }

    private TapResponse exchange(String method, URI uri, String form, Duration headerTimeout, Cancellation cancellation) {
        cancellation.throwIfCancelled();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(headerTimeout)
                .header("User-Agent", USER_AGENT)
                .header("Accept", "application/x-votable+xml, text/xml, application/xml, */*;q=0.5");
        if (sameOrigin(base, uri)) {
            auth.authorizationHeader().ifPresent(h -> request.header("Authorization", h));
        }
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .method(method, HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        ResponseStream body = new ResponseStream(timeouts.idle(), cancellation);
        CompletableFuture<HttpResponse<InputStream>> future = client.sendAsync(request.build(), info -> body);
        try (Cancellation.Registration ignored = cancellation.register(() -> {
            future.cancel(true);
            body.close();
        })) {
            HttpResponse<InputStream> response = future.get();
            return new TapResponse(response.uri(), response.statusCode(), response.headers(), body, auth::redact);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw Cancellation.cancelledException();
        } catch (ExecutionException | java.util.concurrent.CancellationException e) {
            body.close();
            if (cancellation.isCancelled()) {
                throw Cancellation.cancelledException();
            }
            throw failure(uri, e.getCause() == null ? e : e.getCause(), headerTimeout);
        }
    }

    /** The one-sentence reason a request never got an answer. */
    private TapException failure(URI uri, Throwable t, Duration headerTimeout) {
        String host = describe(uri);
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof HttpConnectTimeoutException) {
                return new TapException(TapException.Kind.TIMEOUT, "could not connect to " + host + " within "
                        + seconds(timeouts.connect()), c);
            }
            if (c instanceof HttpTimeoutException) {
                return new TapException(TapException.Kind.TIMEOUT, "the TAP service at " + host
                        + " did not answer within " + seconds(headerTimeout), c);
            }
            if (c instanceof UnknownHostException || c instanceof UnresolvedAddressException) {
                return new TapException(TapException.Kind.UNREACHABLE, "the host " + uri.getHost()
                        + " of the TAP service is unknown (check the URL)", c);
            }
            if (c instanceof ConnectException) {
                return new TapException(TapException.Kind.UNREACHABLE, "cannot connect to the TAP service at " + host
                        + " (connection refused or no route)", c);
            }
            if (c instanceof SSLException) {
                return new TapException(TapException.Kind.UNREACHABLE, "the secure connection to " + host
                        + " failed: " + c.getMessage(), c);
            }
        }
        String detail = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return new TapException(TapException.Kind.UNREACHABLE, "the connection to the TAP service at " + host
                + " failed (" + detail + ")", t instanceof IOException ? t : null);
    }

    /** Text from the service with this service's token masked. */
    String redact(String serviceText) {
        return auth.redact(serviceText);
    }

    /** Same scheme, host (ignoring case) and port: the only requests that may carry the token. */
    static boolean sameOrigin(URI a, URI b) {
        return a.getScheme() != null && a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI u) {
        if (u.getPort() != -1) {
            return u.getPort();
        }
        return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }

    /** scheme://host:port/path, for messages: never user info or query parameters. */
    static String describe(URI u) {
        String host = u.getHost() == null ? String.valueOf(u) : u.getHost();
        String port = u.getPort() == -1 ? "" : ":" + u.getPort();
        String path = u.getRawPath() == null ? "" : u.getRawPath();
        return (u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT) + "://") + host + port + path;
    }

    static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms / 1000.0 + " s";
    }

    static String formBody(Map<String, String> form) {
        StringJoiner j = new StringJoiner("&");
        form.forEach((k, v) -> j.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return j.toString();
    }
}
