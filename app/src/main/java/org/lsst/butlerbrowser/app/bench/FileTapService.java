package org.lsst.butlerbrowser.app.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A TAP service on 127.0.0.1 that answers every query with one VOTable file: how the load
 * benchmark puts a million ObsCore rows into the TAP window through the window's own query path
 * (HTTP, streamed parsing, the hand-over to the table). Its VOSI availability, capabilities and
 * tables are the documents recorded from the kit's DaCHS service (shared/fixtures/tap).
 */
final class FileTapService implements AutoCloseable {

    private final HttpServer server;

    FileTapService(Path shared, Path answer) throws IOException {
        Path recorded = shared.resolve("fixtures/tap");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        // no executor: the server's one dispatcher thread answers, so that the leak check of
        // OpenCloseCycles sees no threads come and go with the requests
        for (String vosi : new String[] {"availability", "capabilities", "tables"}) {
            server.createContext("/tap/" + vosi, e -> send(e, recorded.resolve(vosi + ".xml"), "text/xml"));
        }
        server.createContext("/tap/sync", e -> send(e, answer, "application/x-votable+xml"));
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/tap";
    }

    private static void send(HttpExchange exchange, Path file, String type) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, Files.size(file));
            try (OutputStream out = exchange.getResponseBody()) {
                Files.copy(file, out);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
