package org.lsst.butlerbrowser.model.tap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A TAP service of the test's own on 127.0.0.1, answering each path with a handler the test gives
 * (recorded fixture bytes, faults). It records every request it receives.
 */
final class FakeTapServer implements AutoCloseable {

    /** One request as received. */
    record Request(String method, String path, String query, Map<String, String> form, String authorization) {
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    FakeTapServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-tap");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    /** Answers requests whose path starts with the prefix (the longest prefix wins, as in HttpServer). */
    FakeTapServer on(String pathPrefix, HttpHandler handler) {
        server.createContext(pathPrefix, exchange -> {
            record(exchange);
            try {
                handler.handle(exchange);
            } finally {
                exchange.close();
            }
        });
        return this;
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/tap");
    }

    int port() {
        return server.getAddress().getPort();
    }

    List<Request> requests() {
        return requests;
    }

    private void record(HttpExchange exchange) throws IOException {
        Map<String, String> form = new LinkedHashMap<>();
        if ("POST".equals(exchange.getRequestMethod())) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            for (String pair : body.split("&")) {
                if (!pair.isEmpty()) {
                    int eq = pair.indexOf('=');
                    form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery(), form, exchange.getRequestHeaders().getFirst("Authorization")));
    }

    /** The last form the server received (the request to run). */
    Map<String, String> lastForm() {
        for (int i = requests.size() - 1; i >= 0; i--) {
            if (!requests.get(i).form().isEmpty()) {
                return requests.get(i).form();
            }
        }
        return Map.of();
    }

    static HttpHandler bytes(int status, String contentType, byte[] body) {
        return exchange -> {
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        };
    }

    /** A recorded shared fixture with its recorded status and Content-Type. */
    static HttpHandler fixture(String name) {
        TapFixtures.Entry e = TapFixtures.manifest(name);
        return bytes(e.status(), e.contentType(), TapFixtures.bytes(TapFixtures.shared(name)));
    }

    /** The handler's answer with one more response header. */
    static HttpHandler withHeader(String name, String value, HttpHandler handler) {
        return exchange -> {
            exchange.getResponseHeaders().set(name, value);
            handler.handle(exchange);
        };
    }

    static HttpHandler redirect(int status, String location) {
        return exchange -> {
            exchange.getResponseHeaders().set("Location", location);
            exchange.sendResponseHeaders(status, -1);
        };
    }

    /** Sends the first bytes of the body, flushes, then neither sends more nor closes for a long time. */
    static HttpHandler stallAfter(String contentType, byte[] body, int sent, Duration stall) {
        return exchange -> {
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write(body, 0, sent);
            out.flush();
            try {
                Thread.sleep(stall.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
