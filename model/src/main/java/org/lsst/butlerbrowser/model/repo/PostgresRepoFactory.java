package org.lsst.butlerbrowser.model.repo;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds a {@link PostgresRepo} the way daf_butler's {@code ConnectionStringFactory} builds its
 * connection URL: explicit {@code registry.*} keys fill what the URL leaves out, then a matching
 * db-auth entry (when dialect, host and database are all known) supplies user and password.
 */
final class PostgresRepoFactory {

    /** {@code registry.username/password/host/port/database} from a butler config; any may be null. */
    record ExplicitKeys(String username, Secret password, String host, Integer port, String database) {
        static final ExplicitKeys NONE = new ExplicitKeys(null, null, null, null, null);
    }

    private final Environment env;

    PostgresRepoFactory(Environment env) {
        this.env = env;
    }

    /**
     * @param namespace explicit schema; when null, {@code ?namespace=} of the URL, then
     *                  {@code configNamespace}, are used
     * @param origin    what the user named (label or config path) for the description, or null
     */
    PostgresRepo create(PostgresUrl url, ExplicitKeys keys, String namespace, String configNamespace,
                        String origin) {
        Map<String, String> options = new LinkedHashMap<>(url.query());
        String queryNamespace = options.remove("namespace");
        String queryUser = options.remove("user");
        String queryPassword = options.remove("password");

        String username = firstNonNull(url.username(), keys.username(), queryUser);
        Secret password = url.password() != null ? url.password()
                : keys.password() != null ? keys.password()
                : queryPassword != null ? Secret.of(queryPassword) : null;
        String host = firstNonNull(url.host(), keys.host());
        Integer port = url.port() != null ? url.port() : keys.port();
        String database = firstNonNull(url.database(), keys.database());

        // daf_butler applies a match even over a password already in the URL.
        DbAuth.Credentials credentials = host == null || database == null ? null
                : DbAuth.fromEnvironment(env).lookup(url.driverName(), username, host, port, database).orElse(null);
        if (credentials != null) {
            username = credentials.username();
            password = credentials.password();
        }
        if (database == null) {
            throw new RepoException("the PostgreSQL connection " + url + " names no database");
        }
        String schema = firstNonNull(namespace, queryNamespace, configNamespace);
        // Without a host libpq would use a local socket, which JDBC cannot; localhost is the nearest equivalent.
        String effectiveHost = host == null ? "localhost" : host;
        int effectivePort = port == null ? PostgresRepo.DEFAULT_PORT : port;
        return new PostgresRepo(effectiveHost, effectivePort, database, username, schema, password, options,
                describe(origin, username, effectiveHost, effectivePort, database, schema));
    }

    /**
     * A registry given field by field, as in a connection dialog. A password the user typed wins;
     * without one, a matching db-auth entry supplies it, as it would for the same URL.
     */
    PostgresRepo fromFields(String host, int port, String database, String username, String namespace,
                            Secret typedPassword) {
        String user = username;
        Secret password = typedPassword;
        if (password == null) {
            DbAuth.Credentials credentials = DbAuth.fromEnvironment(env)
                    .lookup("postgresql", username, host, port, database).orElse(null);
            if (credentials != null) {
                user = credentials.username();
                password = credentials.password();
            }
        }
        return new PostgresRepo(host, port, database, user, namespace, password, Map.of(),
                describe(null, user, host, port, database, namespace));
    }

    private static String describe(String origin, String username, String host, int port, String database,
                                   String schema) {
        StringBuilder sb = new StringBuilder();
        if (origin != null) {
            sb.append(origin).append(": ");
        }
        sb.append("PostgreSQL ");
        if (username != null) {
            sb.append(username).append('@');
        }
        sb.append(host.contains(":") ? "[" + host + "]" : host).append(':').append(port).append('/').append(database);
        if (schema != null) {
            sb.append(", schema ").append(schema);
        }
        return sb.toString();
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
