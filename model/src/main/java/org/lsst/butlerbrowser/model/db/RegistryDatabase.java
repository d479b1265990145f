package org.lsst.butlerbrowser.model.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.lsst.butlerbrowser.model.repo.PostgresRepo;
import org.lsst.butlerbrowser.model.repo.RepoLocation;
import org.lsst.butlerbrowser.model.repo.SqliteRepo;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteLimits;
import org.sqlite.SQLiteOpenMode;

/**
 * A read-only pool of connections to one registry database. SQLite files are opened with
 * SQLITE_OPEN_READONLY and {@code query_only}; PostgreSQL sessions are read-only, confined to the
 * registry's schema and bounded by a statement timeout. Nothing here can write to a registry.
 */
public final class RegistryDatabase implements AutoCloseable {

    /** HikariCP's longest pause between attempts to reconnect to a server that has gone away. */
    private static final java.time.Duration POOL_RETRY_PAUSE = java.time.Duration.ofSeconds(5);

    /** How long the check of a pooled PostgreSQL connection may take. */
    private static final int VALIDATION_SECONDS = 5;

    static {
        // HikariCP keeps, in a thread-local list of each thread that borrowed a connection, the pool
        // entries it lent: strongly, unless told otherwise, and an entry holds its pool. The window's
        // worker threads live on, so every closed registry's pool stayed reachable through them (ten
        // registries opened and closed: ten pools left). Weak references let closed pools go.
        if (System.getProperty("com.zaxxer.hikari.useWeakReferences") == null) {
            System.setProperty("com.zaxxer.hikari.useWeakReferences", "true");
        }
    }

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final HikariDataSource pool;
    private final Dialect dialect;
    private final String schema;
    private final String description;
    /** The SQLite file as opened, checked before each query; null for PostgreSQL. */
    private final OpenedFile file;
    /**
     * Every SQLite connection the pool has made. HikariCP's close only aborts a connection still lent
     * out (a cursor paused between pages when its tab closed), and sqlite-jdbc's abort does nothing:
     * the file stayed open, with SQLite's cache, for the rest of the session. Empty for PostgreSQL,
     * whose driver's abort closes the socket.
     */
    private final Set<SQLiteConnection> sqliteConnections;

    private RegistryDatabase(HikariDataSource pool, Dialect dialect, String schema, String description,
                             OpenedFile file, Set<SQLiteConnection> sqliteConnections) {
        this.pool = pool;
        this.dialect = dialect;
        this.schema = schema;
        this.description = description;
        this.file = file;
        this.sqliteConnections = sqliteConnections;
    }

    /** Opens an SQLite registry file read-only; the file and its directory may be read-only too. */
    public static RegistryDatabase openSqlite(Path file) {
        String where = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new DatabaseException("the SQLite registry file " + where + " does not exist");
        }
        if (!hasSqliteHeader(file)) {
            throw new DatabaseException(where + " is not an SQLite database");
        }
        OpenedFile opened = OpenedFile.of(file.toAbsolutePath()); // before any connection opens it
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        config.setOpenMode(SQLiteOpenMode.OPEN_URI); // adds to the mode: the URL is an SQLite URI
        config.setBusyTimeout(10_000);
        config.setSharedCache(false);
        Set<SQLiteConnection> made = ConcurrentHashMap.newKeySet();
        SQLiteDataSource source = new SQLiteDataSource(config) {
            @Override
            public SQLiteConnection getConnection(String user, String password) throws SQLException {
                SQLiteConnection c = super.getConnection(user, password);
                // SQLITE_OPEN_READONLY protects the registry, but not other files: ATTACH and
                // VACUUM INTO open (and create) a second database with write access, so a raw
                // connection could still write a copy of the registry elsewhere (VACUUM INTO even
                // leaves an empty file behind when query_only refuses it). No attached databases
                // at all; SQL cannot raise this limit again.
                c.setLimit(SQLiteLimits.SQLITE_LIMIT_ATTACHED, 0);
                made.add(c);
                return c;
            }
        };
        source.setUrl(SqliteRepo.jdbcUrl(file));
        HikariConfig hikari = new HikariConfig();
        hikari.setDataSource(source);
        hikari.setPoolName("sqlite-" + file.getFileName());
        hikari.setMaximumPoolSize(4);
        hikari.setMinimumIdle(1);
        hikari.setReadOnly(true);
        hikari.setAutoCommit(true);
        hikari.setConnectionInitSql("PRAGMA query_only = ON");
        hikari.setInitializationFailTimeout(1);
        return new RegistryDatabase(start(hikari, where), new SqliteDialect(), null, where, opened, made);
    }

    /** Opens the registry database a repo location names. */
    public static RegistryDatabase open(RepoLocation location, Timeouts timeouts) {
        if (location instanceof SqliteRepo sqlite) {
            return openSqlite(sqlite.databaseFile());
        }
        return openPostgres((PostgresRepo) location, timeouts);
    }

    /**
     * Connects to a PostgreSQL registry. The password goes to the driver as a property, never in the
     * URL, so it cannot surface in a message built from the URL.
     */
    public static RegistryDatabase openPostgres(PostgresRepo target, Timeouts timeouts) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(target.jdbcUrl());
        hikari.setDataSourceProperties(target.jdbcProperties());
        hikari.setPoolName("postgres-" + target.database());
        hikari.setMaximumPoolSize(4);
        hikari.setMinimumIdle(1);
        hikari.setReadOnly(true);
        hikari.setAutoCommit(true);
        // How long a query waits for a pooled connection. While the server is unreachable the pool
        // keeps trying in the background with pauses that grow to 5 s, so the first query after the
        // server is back may have to wait out one pause: it must wait longer than that to succeed.
        hikari.setConnectionTimeout(Math.max(POOL_RETRY_PAUSE.toMillis() + 1_000, timeouts.connect().toMillis()));
        hikari.setInitializationFailTimeout(1);
        hikari.addDataSourceProperty("connectTimeout", Math.max(1, timeouts.connect().toSeconds()));
        // connectTimeout bounds only the TCP connect; a server (or proxy) that accepts the connection
        // but never answers the startup would hang the open forever. loginTimeout bounds the whole
        // login (connect, SSL, authentication). pgjdbc does not fall back to DriverManager's login
        // timeout, which is all Hikari sets, so it has to be given here.
        hikari.addDataSourceProperty("loginTimeout", Math.max(1, timeouts.connect().toSeconds()));
        hikari.addDataSourceProperty("ApplicationName", "butler-browser");
        // Read-only at the session level as well as per connection: a write through any path fails.
        hikari.addDataSourceProperty("options", "-c default_transaction_read_only=on -c statement_timeout="
                + timeouts.statement().toMillis());
        String schema = target.namespace();
        if (schema != null) {
            hikari.setConnectionInitSql("SET search_path TO " + new PostgresDialect().quote(schema) + ", public");
        }
        String where = target.description();
        RegistryDatabase db = new RegistryDatabase(start(hikari, where), new PostgresDialect(), schema, where, null, Set.of());
        if (schema != null) {
            db.requireSchema(target);
        }
        return db;
    }

    private void requireSchema(PostgresRepo target) {
        String schemaName = target.namespace();
        try (Connection c = connection();
             var st = c.prepareStatement("SELECT 1 FROM pg_namespace WHERE nspname = ?")) {
            st.setString(1, schemaName);
            try (var rs = st.executeQuery()) {
                if (!rs.next()) {
                    close();
                    String host = target.host().contains(":") ? "[" + target.host() + "]" : target.host();
                    throw new DatabaseException("the PostgreSQL database " + target.database() + " on " + host + ":"
                            + target.port() + " has no schema '" + schemaName + "' (the registry namespace)");
                }
            }
        } catch (SQLException e) {
            close();
            throw DatabaseException.from(e, description);
        }
    }

    private static HikariDataSource start(HikariConfig config, String where) {
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException sql) {
                throw DatabaseException.from(sql, where);
            }
            throw new DatabaseException("cannot open " + where + ": " + (cause == null ? e.getMessage() : cause.getMessage()));
        }
    }

    private static boolean hasSqliteHeader(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
        } catch (IOException e) {
            throw new DatabaseException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /**
     * A pooled read-only connection; close it to give it back. An SQLite file must still be the file
     * that was opened. A PostgreSQL connection is checked with the server first: one the server
     * closed while it sat in the pool (a restart, a dropped network) is thrown away and another
     * taken, so that the first query after an outage does not fail on a dead connection. (HikariCP
     * itself checks only connections idle for more than half a second.)
     */
    public Connection connection() throws SQLException {
        if (file != null) {
            file.requireUnchanged();
            return pool.getConnection();
        }
        for (int attempt = 0; ; attempt++) {
            Connection c = pool.getConnection();
            if (attempt > pool.getMaximumPoolSize() || c.isValid(VALIDATION_SECONDS)) {
                return c;
            }
            pool.evictConnection(c);
        }
    }

    public Dialect dialect() {
        return dialect;
    }

    public Backend backend() {
        return dialect.backend();
    }

    /** The PostgreSQL schema holding the registry, or null (SQLite, or the default schema). */
    public String schema() {
        return schema;
    }

    /** Where the database is, for messages: a file path or host:port/database. */
    public String description() {
        return description;
    }

    /**
     * Closes the pool and every connection, also those still lent out: a statement running on one
     * is interrupted and its reader gets an error.
     */
    @Override
    public void close() {
        pool.close();
        for (SQLiteConnection c : sqliteConnections) {
            try {
                if (!c.isClosed()) {
                    c.getDatabase().interrupt(); // first: close waits for a running statement
                    c.close();
                }
            } catch (SQLException e) {
                // closing anyway: nothing more can be done with it
            }
        }
    }
}
