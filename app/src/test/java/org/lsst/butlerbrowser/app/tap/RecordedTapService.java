package org.lsst.butlerbrowser.app.tap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.lsst.butlerbrowser.app.SharedFixtures;

/**
 * A TAP service of the test's own on 127.0.0.1 that answers with the responses recorded from the
 * kit's DaCHS service (shared/fixtures/tap, with their recorded status and Content-Type): VOSI
 * availability, capabilities and tables, and one recorded result for every query. It notes each
 * request, with its Authorization header.
 */
public final class RecordedTapService implements AutoCloseable {

    /** One request as received. */
    public record Request(String method, String path, Map<String, String> form, String authorization) {
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile String queryAnswer = "obscore-sync-binary2.vot";

    public RecordedTapService() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "recorded-tap");
            t.setDaemon(true);
            return t;
        }));
        serve("/tap/availability", "availability.xml");
        serve("/tap/capabilities", "capabilities.xml");
        serve("/tap/tables", "tables.xml");
        server.createContext("/tap/sync", exchange -> answer(exchange, queryAnswer));
        server.start();
    }

    /** The recorded file every query is answered with from now on. */
    public void answerQueriesWith(String fixture) {
        queryAnswer = fixture;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/tap";
    }

    public List<Request> requests() {
        return requests;
    }

    private void serve(String path, String fixture) {
        server.createContext(path, exchange -> answer(exchange, fixture));
    }

    private void answer(HttpExchange exchange, String fixture) throws IOException {
        try (exchange) {
            requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), form(exchange),
                    exchange.getRequestHeaders().getFirst("Authorization")));
            byte[] body = Files.readAllBytes(fixture(fixture));
            exchange.getResponseHeaders().set("Content-Type", TapDocs.recordedContentType(fixture));
            exchange.sendResponseHeaders(TapDocs.recordedStatus(fixture), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static Map<String, String> form(HttpExchange exchange) throws IOException {
        Map<String, String> form = new LinkedHashMap<>();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    public static Path fixture(String name) {
        return SharedFixtures.shared().resolve("fixtures/tap").resolve(name);
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
