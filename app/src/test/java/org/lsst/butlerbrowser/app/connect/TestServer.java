package org.lsst.butlerbrowser.app.connect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The throwaway PostgreSQL server the test command starts with the rc2 dump restored, as the
 * fields a person would type into the Connect dialog.
 */
record TestServer(String host, int port, String database, String namespace, String user, String password) {

    /** The server the build passed in; skips the test when there is none and none is required. */
    static TestServer fromBuild() {
        String url = System.getProperty("butler.test.pg.url", "");
        if (url.isBlank() && Boolean.getBoolean("butler.test.require.pg")) {
            throw new IllegalStateException("PostgreSQL tests are required but butler.test.pg.url is not set");
        }
        Assumptions.assumeFalse(url.isBlank(), "no test PostgreSQL server (run the README's test command)");
        URI uri = URI.create(url);
        String namespace = System.getProperty("butler.test.pg.namespace", "");
        try {
            String password = Files.readString(Path.of(System.getProperty("butler.test.pg.passwordFile"))).strip();
            return new TestServer(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), uri.getPath().substring(1),
                    namespace.isBlank() ? "rc2" : namespace, uri.getUserInfo(), password);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Never the password, should a failing assertion print the server. */
    @Override
    public String toString() {
        return user + "@" + host + ":" + port + "/" + database + " (schema " + namespace + ")";
    }
}
