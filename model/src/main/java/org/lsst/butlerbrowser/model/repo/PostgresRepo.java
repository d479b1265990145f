package org.lsst.butlerbrowser.model.repo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * A registry in a PostgreSQL database.
 *
 * <p>The password never goes into {@link #jdbcUrl()}: URLs end up in logs, error messages and
 * process listings. It travels separately in {@link #jdbcProperties()}.
 *
 * @param host              server host name or address (IPv6 without brackets)
 * @param port              server port
 * @param database          database name
 * @param username          user to connect as, or null to let the driver decide
 * @param namespace         PostgreSQL schema holding the registry tables, or null for the default
 * @param password          password, or null (e.g. when ~/.pgpass or trust authentication is used)
 * @param connectionOptions further driver properties such as {@code sslmode}; never a password
 * @param description       see {@link RepoLocation#description()}
 */
public record PostgresRepo(String host, int port, String database, String username, String namespace,
                           Secret password, Map<String, String> connectionOptions, String description)
        implements RepoLocation {

    public static final int DEFAULT_PORT = 5432;

    public PostgresRepo {
        requireText(host, "host");
        requireText(database, "database");
        Objects.requireNonNull(description, "description");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        connectionOptions = connectionOptions == null
                ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(connectionOptions));
        if (connectionOptions.keySet().stream().anyMatch(k -> k.equalsIgnoreCase("password"))) {
            throw new IllegalArgumentException("the password belongs in the password field, not in the options");
        }
    }

    @Override
    public String jdbcUrl() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        // pgjdbc URL-decodes the database name, so encode it the matching way.
        return "jdbc:postgresql://" + h + ":" + port + "/" + URLEncoder.encode(database, StandardCharsets.UTF_8);
    }

    /**
     * Properties for {@code DriverManager.getConnection(jdbcUrl(), props)}: the options, the user and
     * the password. The result contains the password: its {@code toString()} masks it, but do not
     * log its entries.
     */
    public Properties jdbcProperties() {
        Properties props = new MaskedProperties();
        connectionOptions.forEach(props::setProperty);
        if (username != null) {
            props.setProperty("user", username);
        }
        if (password != null && !password.isCleared()) {
            props.setProperty("password", password.revealAsString());
        }
        return props;
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    /** Keeps the password out of accidental logging of the properties object. */
    private static final class MaskedProperties extends Properties {
        private static final long serialVersionUID = 1L;

        @Override
        public synchronized String toString() {
            Map<Object, Object> shown = new LinkedHashMap<>(this);
            shown.computeIfPresent("password", (k, v) -> "******");
            return shown.toString();
        }
    }
}
